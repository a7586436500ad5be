package capaian.xml;

import org.junit.jupiter.api.Test;

import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** Hostile shapes a fuzzed or crafted part takes: the parser gets through them without recursion or a crash. */
class XmlBytesTest {
    private static int events(String xml) throws Exception {
        XmlBytes x = XmlBytes.open(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
        int n = 0;
        while (x.hasNext()) {
            x.next();
            n++;
        }
        return n;
    }

    @Test
    void deepNestingManyAttributesAndHugeTokensAreRead() throws Exception {
        int depth = 200_000;
        String deep = "<a>".repeat(depth) + "</a>".repeat(depth);
        assertEquals(2 * depth + 1, events(deep), "every start and end, then the document's end");
        StringBuilder attrs = new StringBuilder("<c");
        for (int i = 0; i < 50_000; i++) attrs.append(" a").append(i).append("=\"").append(i).append('"');
        attrs.append("/>");
        XmlBytes x = XmlBytes.open(new ByteArrayInputStream(attrs.toString().getBytes(StandardCharsets.UTF_8)));
        assertEquals(XMLStreamConstants.START_ELEMENT, x.next());
        assertEquals("49999", x.attribute(null, "a49999"));
        assertEquals(7, events("<r><!--" + "-".replace("-", "x").repeat(5_000_000) + "--><v>1</v></r>"));
    }

    @Test
    void brokenPartsAreErrorsNotCrashes() {
        for (String bad : new String[]{"<a><b></a></b>", "<a", "<a b=\"1></a>", "<a>text", "</a>", "<a></a><b/>",
                "<a b></a>", "<a><![CDATA[open</a>", "<!DOCTYPE a><a/>"}) {
            assertThrows(XMLStreamException.class, () -> events(bad), bad);
        }
    }

    @Test
    void attributesReadOffTheBytesAgreeWithTheirText() throws Exception {
        XmlBytes x = XmlBytes.open(new ByteArrayInputStream(("<c r=\"AB12\" s=\"007\" t=\"inlineStr\" u=\"12a\" "
                + "v=\"1234567890\" w=\"&#65;1\" y=\"\u00c91\" z=\"12\"/>").getBytes(StandardCharsets.UTF_8)));
        assertEquals(XMLStreamConstants.START_ELEMENT, x.next());
        assertEquals(27, x.attributeColumn(x.attributeIndex("r")), "AB is the 28th column");
        assertEquals(7, x.attributeDigits(x.attributeIndex("s")));
        assertEquals(-1, x.attributeDigits(x.attributeIndex("u")), "not only digits: read as text");
        assertEquals(-1, x.attributeDigits(x.attributeIndex("v")), "past nine digits: read as text");
        assertEquals(Integer.MIN_VALUE, x.attributeColumn(x.attributeIndex("w")), "a reference: read as text");
        assertEquals(Integer.MIN_VALUE, x.attributeColumn(x.attributeIndex("y")), "not ASCII: read as text");
        assertEquals(-1, x.attributeColumn(x.attributeIndex("z")), "no letter");
        assertEquals("A1", x.attributeValue(x.attributeIndex("w")));
        assertEquals(true, x.attributeValueIs(x.attributeIndex("t"), "inlineStr"));
        assertEquals(false, x.attributeValueIs(x.attributeIndex("t"), "inline"));
        assertEquals(-1, x.attributeIndex("x"));
    }

    @Test
    void tagsAndTextAcrossBufferRefillsAreWhole() throws Exception {
        // tokens larger than the first read and the buffer, quotes holding '>' and '<'-free text runs
        String big = "x".repeat(200_000);
        String xml = "<r a=\"" + big + "\" b='>'><t>" + big + "</t><u c=\">\"/></r>";
        XmlBytes x = XmlBytes.open(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
        assertEquals(XMLStreamConstants.START_ELEMENT, x.next());
        assertEquals(big, x.attribute(null, "a"));
        assertEquals(">", x.attribute(null, "b"));
        assertEquals(XMLStreamConstants.START_ELEMENT, x.next());
        assertEquals(XMLStreamConstants.CHARACTERS, x.next());
        assertEquals(big, x.text());
        assertEquals(XMLStreamConstants.END_ELEMENT, x.next());
        assertEquals(XMLStreamConstants.START_ELEMENT, x.next());
        assertEquals(">", x.attribute(null, "c"));
    }

    @Test
    void plainContentIsSkippedWholeAndAnythingElseIsLeft() throws Exception {
        String xml = "<row><c r=\"A1\"><is><t>a&lt;b</t></is></c><c r=\"B1\"><x:f xmlns:x=\"u\">1</x:f></c>"
                + "<c r=\"C1\"/><c r=\"D1\"><!--n--><v>2</v></c><c r=\"E1\"><v>3</v></c></row>";
        XmlBytes x = XmlBytes.open(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
        x.next(); // row
        x.next(); // c A1
        assertEquals(true, x.skipPlainContent("f"));
        assertEquals("<is><t>a&lt;b</t></is></c>", new String(x.buffer(), x.tokenStart(), x.tokenEnd() - x.tokenStart(), StandardCharsets.UTF_8));
        assertEquals(XMLStreamConstants.START_ELEMENT, x.next()); // c B1: holds a formula, in any namespace
        assertEquals(false, x.skipPlainContent("f"));
        assertEquals(XMLStreamConstants.START_ELEMENT, x.next());
        assertEquals(true, x.isLocal("f"), "left where it was: the formula comes next");
        while (!(x.next() == XMLStreamConstants.START_ELEMENT && x.isLocal("c"))) { }
        assertEquals(true, x.skipPlainContent("f"), "an empty cell");
        assertEquals(0, x.tokenEnd() - x.tokenStart());
        assertEquals(XMLStreamConstants.START_ELEMENT, x.next()); // c D1: a comment inside
        assertEquals(false, x.skipPlainContent("f"));
        int rest = 0;
        while (x.hasNext()) {
            x.next();
            rest++;
        }
        // D1's comment, v, 2, /v, /c; E1's c, v, 3, /v, /c; /row; the document's end
        assertEquals(12, rest);
    }

    @Test
    void aCellsPlainValueIsReadAtOnceAndAnythingElseIsLeft() throws Exception {
        String xml = "<row><c r=\"A1\"><v>1.5</v></c><c r=\"B1\"><v>a&amp;b</v></c><c r=\"C1\"><f>A1</f><v>1</v></c>"
                + "<c r=\"D1\"><v>2</v><x/></c><x:c xmlns:x=\"u\"><v>3</v></x:c><c r=\"E1\"/><c><v></v></c></row>";
        XmlBytes x = XmlBytes.open(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
        x.next(); // row
        x.next();
        assertEquals(XmlBytes.VALUE, x.simpleValue());
        assertEquals("1.5", x.text());
        x.next();
        assertEquals(XmlBytes.VALUE, x.simpleValue());
        assertEquals("a&b", x.text(), "references resolved");
        x.next();
        assertEquals(XmlBytes.NO_VALUE, x.simpleValue(), "a formula first");
        assertEquals(XMLStreamConstants.START_ELEMENT, x.next());
        assertEquals(true, x.isLocal("f"));
        while (!(x.next() == XMLStreamConstants.START_ELEMENT && x.isLocal("c"))) { }
        assertEquals(XmlBytes.NO_VALUE, x.simpleValue(), "more after the value");
        while (!(x.next() == XMLStreamConstants.START_ELEMENT && x.isLocal("c"))) { }
        assertEquals(XmlBytes.VALUE, x.simpleValue(), "a prefixed cell ends with its own name");
        assertEquals("3", x.text());
        x.next();
        assertEquals(XmlBytes.NO_VALUE, x.simpleValue(), "an empty cell");
        assertEquals(XMLStreamConstants.END_ELEMENT, x.next());
        x.next();
        assertEquals(XmlBytes.VALUE, x.simpleValue());
        assertEquals("", x.text());
        assertEquals(XMLStreamConstants.END_ELEMENT, x.next());
        assertEquals(true, x.isLocal("row"));
        assertEquals(XMLStreamConstants.END_DOCUMENT, x.next());
    }

    @Test
    void anInlineStringIsReadAtOnce() throws Exception {
        String xml = "<row><c t=\"inlineStr\"><is><t xml:space=\"preserve\"> a </t></is></c><c t=\"inlineStr\"><is><t>b</t></is></c>"
                + "<c t=\"inlineStr\"><is><r><t>c</t></r></is></c></row>";
        XmlBytes x = XmlBytes.open(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
        x.next();
        x.next();
        assertEquals(XmlBytes.INLINE_TEXT, x.simpleValue());
        assertEquals(" a ", x.text());
        x.next();
        assertEquals(XmlBytes.INLINE_TEXT, x.simpleValue());
        assertEquals("b", x.text());
        x.next();
        assertEquals(XmlBytes.NO_VALUE, x.simpleValue(), "rich text runs: the events read it");
        assertEquals(XMLStreamConstants.START_ELEMENT, x.next());
        assertEquals(true, x.isLocal("is"));
    }
}
