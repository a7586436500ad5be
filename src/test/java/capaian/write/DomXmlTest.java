package capaian.write;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The package's small parts are written from their DOM as they were parsed, and made ones get their namespaces. */
class DomXmlTest {
    private static final String DECL = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>";

    private static Document parse(String xml) throws Exception {
        return capaian.read.SecureXml.newDocumentBuilder().parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
    }

    private static String write(Document d) throws Exception {
        return new String(DomXml.serialize(d), StandardCharsets.UTF_8);
    }

    @Test
    void aParsedPartIsWrittenAsItWas() throws Exception {
        String body = "<workbook xmlns=\"" + XmlOut.MAIN_NS + "\" xmlns:r=\"" + XmlOut.REL_NS + "\">"
                + "<!-- note --><sheets><sheet name=\"Tabel &amp; &quot;1&quot; &lt;a&gt;\" r:id=\"rId1\" sheetId=\"1\"/></sheets>"
                + "<definedNames><definedName name=\"x\">'Tabel 1'!$A$1&amp;\"é\"</definedName></definedNames></workbook>";
        assertEquals(DECL + body, write(parse(body)));
    }

    @Test
    void madeElementsAndAttributesDeclareTheirNamespaces() throws Exception {
        Document d = capaian.read.SecureXml.newDocumentBuilder().newDocument();
        Element root = d.createElementNS(XlsxPackage.PKG_REL_NS, "Relationships");
        d.appendChild(root);
        Element rel = d.createElementNS(XlsxPackage.PKG_REL_NS, "Relationship");
        rel.setAttribute("Id", "rId1");
        root.appendChild(rel);
        Element other = d.createElementNS(XmlOut.MAIN_NS, "x:legacy");
        other.setAttributeNS(XmlOut.REL_NS, "r:id", "rId2");
        root.appendChild(other);
        String xml = write(d);
        assertEquals(DECL + "<Relationships xmlns=\"" + XlsxPackage.PKG_REL_NS + "\"><Relationship Id=\"rId1\"/>"
                + "<x:legacy r:id=\"rId2\" xmlns:x=\"" + XmlOut.MAIN_NS + "\" xmlns:r=\"" + XmlOut.REL_NS + "\"/></Relationships>", xml);
        // and it reads back in the same namespaces
        Element back = (Element) parse(xml).getDocumentElement().getLastChild();
        assertEquals(XmlOut.MAIN_NS, back.getNamespaceURI());
        assertEquals("rId2", back.getAttributeNS(XmlOut.REL_NS, "id"));
    }
}
