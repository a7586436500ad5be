package capaian.write;

import capaian.xml.XmlBytes;

import javax.xml.stream.XMLStreamException;
import java.io.IOException;
import java.io.InputStream;

/**
 * A {@link SheetCursor} over {@link XmlBytes}: what the write-back keeps is copied as the bytes it read, where a StAX
 * reader decoded every character and the writer encoded and escaped it again (a sixth of a 300-row process's CPU).
 */
final class ByteCursor implements SheetCursor {
    private final XmlBytes x;

    private ByteCursor(XmlBytes x) {
        this.x = x;
    }

    /** The byte cursor for a UTF-8 part, a StAX one for any other encoding. */
    static SheetCursor open(InputStream in) throws IOException, XMLStreamException {
        XmlBytes x = XmlBytes.open(in);
        return x.isUtf8() ? new ByteCursor(x) : new StaxCursor(x.replay());
    }

    @Override
    public boolean hasNext() throws XMLStreamException {
        return x.hasNext();
    }

    @Override
    public int next() throws XMLStreamException {
        return x.next();
    }

    @Override
    public boolean isMain() {
        return x.inNamespace(XmlOut.MAIN_NS);
    }

    @Override
    public boolean isLocal(String local) {
        return x.isLocal(local);
    }

    @Override
    public String localName() {
        return x.localName();
    }

    @Override
    public String prefix() {
        return x.prefix();
    }

    @Override
    public String attribute(String ns, String local) {
        return x.attribute(ns, local);
    }

    @Override
    public int column(String name, int absent) {
        int a = x.attributeIndex(name);
        int c = a < 0 ? absent : x.attributeColumn(a);
        return c != Integer.MIN_VALUE ? c : SheetCursor.super.column(name, absent);
    }

    @Override
    public int number(String name, int absent) {
        int a = x.attributeIndex(name);
        int n = a < 0 ? absent : x.attributeDigits(a);
        return a < 0 || n >= 0 ? n : SheetCursor.super.number(name, absent);
    }

    @Override
    public String elementText() throws XMLStreamException {
        return x.elementText();
    }

    @Override
    public void copyStart(XmlOut out, String attr, String value) throws IOException {
        byte[] buf = x.buffer();
        if (attr == null) {
            out.bytes(buf, x.tokenStart(), x.attributesEnd() - x.tokenStart());
            return;
        }
        out.raw('<').bytes(buf, x.nameStart(), x.nameEnd() - x.nameStart());
        boolean replaced = false;
        for (int a = 0; a < x.attributeCount(); a++) {
            if (x.attributeIs(a, attr)) {
                replaced = true;
                if (value != null) out.attr(attr, value);
                continue;
            }
            out.raw(' ').bytes(buf, x.attributeStart(a), x.attributeEnd(a) - x.attributeStart(a));
        }
        if (!replaced && value != null) out.attr(attr, value);
    }

    @Override
    public boolean copyElement(XmlOut out, String avoid) throws IOException, XMLStreamException {
        out.bytes(x.buffer(), x.tokenStart(), x.tokenEnd() - x.tokenStart());
        if (!x.skipPlainContent(avoid)) return false;
        out.bytes(x.buffer(), x.tokenStart(), x.tokenEnd() - x.tokenStart());
        return true;
    }

    @Override
    public void copyEnd(XmlOut out) throws IOException {
        out.raw("</").bytes(x.buffer(), x.nameStart(), x.nameEnd() - x.nameStart()).raw('>');
    }

    @Override
    public void copyContent(XmlOut out) throws IOException {
        out.bytes(x.buffer(), x.tokenStart(), x.tokenEnd() - x.tokenStart());
    }

    @Override
    public void close() {
        // the caller owns the stream
    }
}
