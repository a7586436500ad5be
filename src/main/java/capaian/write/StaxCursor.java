package capaian.write;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import java.io.IOException;
import java.io.InputStream;

/** A {@link SheetCursor} over the JDK's StAX reader: every event decoded, and written again through {@link XmlOut}. */
final class StaxCursor implements SheetCursor {
    private static final XMLInputFactory FACTORY = capaian.read.SecureXml.newXMLInputFactory();

    private final XMLStreamReader in;

    StaxCursor(InputStream in) throws XMLStreamException {
        this.in = FACTORY.createXMLStreamReader(in);
    }

    @Override
    public boolean hasNext() throws XMLStreamException {
        return in.hasNext();
    }

    @Override
    public int next() throws XMLStreamException {
        return in.next();
    }

    @Override
    public boolean isMain() {
        return XmlOut.MAIN_NS.equals(in.getNamespaceURI());
    }

    @Override
    public boolean isLocal(String local) {
        return local.equals(in.getLocalName());
    }

    @Override
    public String localName() {
        return in.getLocalName();
    }

    @Override
    public String prefix() {
        return in.getPrefix() == null ? "" : in.getPrefix();
    }

    @Override
    public String attribute(String ns, String local) {
        return in.getAttributeValue(ns, local);
    }

    @Override
    public String elementText() throws XMLStreamException {
        return in.getElementText();
    }

    @Override
    public void copyStart(XmlOut out, String attr, String value) throws IOException {
        if (attr == null) {
            out.start(in);
            return;
        }
        out.raw('<').name(in.getPrefix(), in.getLocalName()).namespaces(in);
        boolean replaced = false;
        for (int i = 0; i < in.getAttributeCount(); i++) {
            String prefix = in.getAttributePrefix(i);
            if ((prefix == null || prefix.isEmpty()) && in.getAttributeLocalName(i).equals(attr)) {
                replaced = true;
                if (value != null) out.attr(attr, value);
                continue;
            }
            out.attribute(in, i);
        }
        if (!replaced && value != null) out.attr(attr, value);
    }

    @Override
    public void copyEnd(XmlOut out) throws IOException {
        out.raw("</").name(in.getPrefix(), in.getLocalName()).raw('>');
    }

    @Override
    public void copyContent(XmlOut out) throws IOException {
        switch (in.getEventType()) {
            case XMLStreamConstants.COMMENT -> out.raw("<!--").raw(in.getText()).raw("-->");
            case XMLStreamConstants.PROCESSING_INSTRUCTION -> out.raw("<?").raw(in.getPITarget()).raw(' ')
                    .raw(in.getPIData() == null ? "" : in.getPIData()).raw("?>");
            default -> out.text(in.getTextCharacters(), in.getTextStart(), in.getTextLength());
        }
    }

    @Override
    public void close() throws XMLStreamException {
        in.close();
    }
}
