package capaian.write;

import capaian.examples.ExampleParts;
import org.junit.jupiter.api.Test;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The byte cursor against the StAX one it replaced on the write-back's hot path: the same program (copy every
 * event, restyle every main-namespace cell) over the same XML must give the same document, event for event, and
 * see the same names, namespaces and attribute values on the way; fed one byte at a time too, so that every token
 * is split at every place across the buffer's refills.
 */
class ByteCursorTest {
    private static final String MAIN = XmlOut.MAIN_NS;

    @Test
    void everySheetOfTheExampleAndTemplateWorkbooksIsCopiedAsStaxCopiesIt() throws Exception {
        int parts = ExampleParts.each(name -> name.endsWith(".xml"), (where, xml) -> assertSame(xml, where));
        assertTrue(parts > 50, "parts compared: " + parts);
    }

    @Test
    void awkwardButValidXmlIsCopiedAsStaxCopiesIt() throws Exception {
        String[] docs = {
            // prefixed main namespace, declarations on inner elements, a prefix redeclared to another namespace
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\r\n<x:worksheet xmlns:x=\"" + MAIN + "\"><x:sheetData>"
                + "<x:row r=\"1\"><x:c r=\"A1\" t='s'><x:v>0</x:v></x:c><x:c r=\"B1\"/></x:row>"
                + "<y:row xmlns:y=\"" + MAIN + "\"><y:c r=\"A2\"/></y:row>"
                + "<x:row xmlns:x=\"urn:other\"><x:c r=\"A3\"/></x:row></x:sheetData></x:worksheet>",
            // default namespace switched off and on below the root
            "<worksheet xmlns=\"" + MAIN + "\"><sheetData><row><c r=\"A1\"><v>1</v></c></row>"
                + "<ext xmlns=\"urn:other\"><c r=\"Z9\"/></ext><row xmlns=\"" + MAIN + "\"><c/></row></sheetData></worksheet>",
            // entities and character references in text and attributes, '>' and quotes inside values, CDATA,
            // comments and processing instructions, multi-byte UTF-8, odd white space inside tags
            "\uFEFF<worksheet xmlns=\"" + MAIN + "\" xmlns:r=\"http://r\">\n<!-- a comment -> with dashes -->"
                + "<?mso-application progid=\"Excel.Sheet\"?><sheetData >"
                + "<row r = '2' spans=\"1:3\" ><c r=\"A2\" t=\"inlineStr\" s=\"4\"><is><t xml:space=\"preserve\">"
                + " Rp 1.000 &amp; &lt;lebih&gt; &#233;&#x20AC; Pendidikan – Dasar 😀 </t></is></c>"
                + "<c r=\"B2\" s=\"2\"><f>IF(A2&gt;0,\"a&gt;b\",'x')</f><v>1</v></c>"
                + "<c\tr=\"C2\"\n s=\"5\" x:y='a\"b>c' xmlns:x=\"urn:x\"><v><![CDATA[5 < 6 & 7]]></v></c></row>"
                + "</sheetData><legacyDrawing r:id=\"rId9\"/></worksheet>\n",
        };
        for (String d : docs) assertSame(d.getBytes(StandardCharsets.UTF_8), d.substring(0, Math.min(40, d.length())));
    }

    @Test
    void anAttributeIsReadWithItsNamespaceAndItsReferencesResolved() throws Exception {
        String d = "<worksheet xmlns=\"" + MAIN + "\" xmlns:r=\"" + XmlOut.REL_NS + "\"><legacyDrawing r:id=\"rId&#51;\" id=\"plain\"/>"
                + "<c r=\"A1\" s=\"1\"/></worksheet>";
        SheetCursor c = ByteCursor.open(new ByteArrayInputStream(d.getBytes(StandardCharsets.UTF_8)));
        assertInstanceOf(ByteCursor.class, c);
        c.next();
        assertEquals(XMLStreamConstants.START_ELEMENT, c.next());
        assertTrue(c.isLocal("legacyDrawing") && c.isMain());
        assertEquals("rId3", c.attribute(XmlOut.REL_NS, "id"));
        assertEquals("plain", c.attribute(null, "id"));
        assertEquals(null, c.attribute(null, "r"));
    }

    @Test
    void aPartInAnotherEncodingGoesThroughStax() throws Exception {
        String d = "<?xml version=\"1.0\" encoding=\"UTF-16\"?><worksheet xmlns=\"" + MAIN + "\"><c r=\"A1\"><v>é</v></c></worksheet>";
        byte[] utf16 = d.getBytes(StandardCharsets.UTF_16);
        assertInstanceOf(StaxCursor.class, ByteCursor.open(new ByteArrayInputStream(utf16)));
        String latin = "<?xml version='1.0' encoding='ISO-8859-1'?><worksheet xmlns=\"" + MAIN + "\"><c r=\"A1\"><v>\u00e9</v></c></worksheet>";
        byte[] bytes = latin.getBytes(StandardCharsets.ISO_8859_1);
        SheetCursor c = ByteCursor.open(new ByteArrayInputStream(bytes));
        assertInstanceOf(StaxCursor.class, c);
        String out = new String(copy(c, null), StandardCharsets.UTF_8);
        assertTrue(out.contains("<v>\u00e9</v>"), out);
    }

    @Test
    void brokenXmlIsAnErrorNotACopy() {
        String[] broken = {
            "<!DOCTYPE worksheet [<!ENTITY x \"y\">]><worksheet/>",
            "<worksheet><sheetData></worksheet>",
            "<worksheet><row r=\"1\"><c r=\"A1\"",
            "<worksheet><row r=\"1></row></worksheet>",
            "<worksheet>",
            "</worksheet>",
            "<worksheet/>trailing text",
            "<worksheet><c r=\"A1\" s></c></worksheet>",
            "<worksheet><!-- never closed </worksheet>",
        };
        for (String b : broken) {
            assertThrows(XMLStreamException.class, () -> copy(ByteCursor.open(new ByteArrayInputStream(b.getBytes(StandardCharsets.UTF_8))), null), b);
            assertThrows(XMLStreamException.class, () -> copy(ByteCursor.open(oneByteAtATime(b.getBytes(StandardCharsets.UTF_8))), null), b);
        }
    }

    /** Both cursors, whole and byte by byte: the same document and the same view of every start tag. */
    private static void assertSame(byte[] xml, String what) throws Exception {
        List<String> staxSeen = new ArrayList<>();
        byte[] stax = copy(new StaxCursor(new ByteArrayInputStream(xml)), staxSeen);
        for (InputStream in : List.of(new ByteArrayInputStream(xml), oneByteAtATime(xml))) {
            List<String> seen = new ArrayList<>();
            SheetCursor c = ByteCursor.open(in);
            assertInstanceOf(ByteCursor.class, c, what);
            byte[] bytes = copy(c, seen);
            assertEquals(staxSeen, seen, what);
            assertEquals(events(stax), events(bytes), what);
        }
    }

    /** Copies every event, giving each main-namespace c element the style 7 (as a restyled cell gets its new one). */
    private static byte[] copy(SheetCursor c, List<String> seen) throws IOException, XMLStreamException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        XmlOut out = new XmlOut(bytes);
        boolean open = false;
        while (c.hasNext()) {
            int ev = c.next();
            switch (ev) {
                case XMLStreamConstants.START_ELEMENT -> {
                    if (open) out.raw('>');
                    boolean cell = c.isMain() && c.isLocal("c");
                    if (seen != null) {
                        seen.add(c.prefix() + "|" + c.localName() + "|" + c.isMain() + "|r=" + c.attribute(null, "r")
                                + "|s=" + c.attribute(null, "s") + "|rid=" + c.attribute(XmlOut.REL_NS, "id"));
                    }
                    if (cell) c.copyStart(out, "s", "7");
                    else c.copyStart(out, null, null);
                    open = true;
                }
                case XMLStreamConstants.END_ELEMENT -> {
                    if (seen != null) seen.add("/" + c.localName() + "|" + c.isMain());
                    if (open) out.raw("/>");
                    else c.copyEnd(out);
                    open = false;
                }
                case XMLStreamConstants.CHARACTERS, XMLStreamConstants.SPACE, XMLStreamConstants.CDATA,
                        XMLStreamConstants.COMMENT, XMLStreamConstants.PROCESSING_INSTRUCTION -> {
                    if (open) out.raw('>');
                    open = false;
                    c.copyContent(out);
                }
                default -> { }
            }
        }
        c.close();
        out.flush();
        return bytes.toByteArray();
    }

    /** A document as StAX reads it: elements with their namespace and sorted attributes, text joined, comments kept. */
    private static List<String> events(byte[] xml) throws XMLStreamException {
        XMLInputFactory f = XMLInputFactory.newFactory();
        f.setProperty(XMLInputFactory.IS_COALESCING, true);
        XMLStreamReader r = f.createXMLStreamReader(new StringReader(new String(xml, StandardCharsets.UTF_8)));
        List<String> out = new ArrayList<>();
        while (r.hasNext()) {
            switch (r.next()) {
                case XMLStreamConstants.START_ELEMENT -> {
                    TreeMap<String, String> attrs = new TreeMap<>();
                    for (int i = 0; i < r.getAttributeCount(); i++) attrs.put(r.getAttributeName(i).toString(), r.getAttributeValue(i));
                    out.add("<" + r.getName() + attrs);
                }
                case XMLStreamConstants.END_ELEMENT -> out.add("</" + r.getName());
                case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE -> out.add("t:" + r.getText());
                case XMLStreamConstants.COMMENT -> out.add("!" + r.getText());
                case XMLStreamConstants.PROCESSING_INSTRUCTION -> out.add("?" + r.getPITarget() + " " + r.getPIData());
                default -> { }
            }
        }
        return out;
    }

    private static InputStream oneByteAtATime(byte[] bytes) {
        return new FilterInputStream(new ByteArrayInputStream(bytes)) {
            @Override
            public int read(byte[] b, int off, int len) throws IOException {
                return super.read(b, off, Math.min(1, len));
            }
        };
    }
}
