package capaian.write;

import org.w3c.dom.Attr;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;

/**
 * A package's small XML part (content types, the workbook, relationships, comments) written from its DOM through
 * {@link XmlOut}, instead of the JDK's XSLT identity transform, whose first use loaded and set up the XSLT
 * compiler: some 40 ms of a cold 300-row run. Elements and attributes keep their names as parsed or created;
 * a namespace an element or attribute uses but no ancestor declares is declared on it (what the identity
 * transform did for elements made with {@code createElementNS}).
 */
final class DomXml {
    private static final String XMLNS_NS = "http://www.w3.org/2000/xmlns/";
    private static final String XML_NS = "http://www.w3.org/XML/1998/namespace";

    private final XmlOut out;
    /** The namespace each prefix ("" for the default) is bound to, innermost scope first. */
    private final Deque<Map<String, String>> scopes = new ArrayDeque<>();

    private DomXml(XmlOut out) {
        this.out = out;
    }

    static byte[] serialize(Document doc) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(4096);
        XmlOut out = new XmlOut(bytes);
        out.raw(XmlOut.DECLARATION.trim());
        DomXml w = new DomXml(out);
        for (Node n = doc.getFirstChild(); n != null; n = n.getNextSibling()) w.node(n);
        out.flush();
        return bytes.toByteArray();
    }

    private void node(Node n) throws IOException {
        switch (n.getNodeType()) {
            case Node.ELEMENT_NODE -> element((Element) n);
            case Node.TEXT_NODE -> out.text(n.getNodeValue());
            case Node.CDATA_SECTION_NODE -> out.text(n.getNodeValue());
            case Node.COMMENT_NODE -> out.raw("<!--").raw(n.getNodeValue()).raw("-->");
            case Node.PROCESSING_INSTRUCTION_NODE -> out.raw("<?").raw(n.getNodeName()).raw(' ').raw(n.getNodeValue()).raw("?>");
            default -> { } // a DOCTYPE is refused when parsed; entity references are expanded
        }
    }

    private void element(Element e) throws IOException {
        Map<String, String> declared = new HashMap<>();
        NamedNodeMap attrs = e.getAttributes();
        for (int i = 0; i < attrs.getLength(); i++) {
            Attr a = (Attr) attrs.item(i);
            if (XMLNS_NS.equals(a.getNamespaceURI()) || a.getName().equals("xmlns") || a.getName().startsWith("xmlns:")) {
                declared.put(a.getName().equals("xmlns") ? "" : a.getName().substring(6), a.getValue());
            }
        }
        scopes.push(declared);
        String name = e.getTagName();
        out.raw('<').raw(name);
        for (int i = 0; i < attrs.getLength(); i++) {
            Attr a = (Attr) attrs.item(i);
            out.attr(a.getName(), a.getValue());
        }
        declareIfNeeded(prefix(name), e.getNamespaceURI(), true);
        for (int i = 0; i < attrs.getLength(); i++) {
            Attr a = (Attr) attrs.item(i);
            String ns = a.getNamespaceURI();
            if (ns == null || XMLNS_NS.equals(ns) || XML_NS.equals(ns)) continue;
            declareIfNeeded(prefix(a.getName()), ns, false);
        }
        if (e.getFirstChild() == null) {
            out.raw("/>");
        } else {
            out.raw('>');
            for (Node c = e.getFirstChild(); c != null; c = c.getNextSibling()) node(c);
            out.raw("</").raw(name).raw('>');
        }
        scopes.pop();
    }

    /** Declares {@code prefix} for {@code ns} on the element being written unless it is bound so already. */
    private void declareIfNeeded(String prefix, String ns, boolean element) throws IOException {
        if (prefix.isEmpty() && !element) return; // an unprefixed attribute is in no namespace
        String want = ns == null ? "" : ns;
        String bound = bound(prefix);
        if (want.equals(bound == null ? "" : bound)) return;
        scopes.peek().put(prefix, want);
        out.attr(prefix.isEmpty() ? "xmlns" : "xmlns:" + prefix, want);
    }

    private String bound(String prefix) {
        for (Map<String, String> scope : scopes) {
            String ns = scope.get(prefix);
            if (ns != null) return ns;
        }
        return null;
    }

    private static String prefix(String qualifiedName) {
        int colon = qualifiedName.indexOf(':');
        return colon < 0 ? "" : qualifiedName.substring(0, colon);
    }
}
