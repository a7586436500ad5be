package capaian.read;

import capaian.examples.ExampleParts;
import capaian.xml.XmlBytes;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The reader's byte scan of a sheet against the SAX parse it replaced: the same rows, cells and merges from every
 * sheet of the example and template workbooks, and from XML written in the ways other programs write it.
 */
class SheetScannerBytesTest {
    private final Limits limits = Limits.defaults();

    /** What a scan gives: every row as the scanner hands it over, then the merges. */
    private List<Object> bySax(byte[] xml) throws Exception {
        List<Object> out = new ArrayList<>();
        SecureXml.parse(new ByteArrayInputStream(xml), scanner(out));
        return out;
    }

    private List<Object> byBytes(byte[] xml) throws Exception {
        List<Object> out = new ArrayList<>();
        XmlBytes x = XmlBytes.open(new ByteArrayInputStream(xml));
        assertTrue(x.isUtf8());
        scanner(out).scan(x);
        return out;
    }

    private SheetScanner scanner(List<Object> out) {
        CompactSharedStrings strings = CompactSharedStrings.empty(limits);
        return new SheetScanner(strings, PercentStyles.NONE, new SheetScanner.Listener() {
            @Override
            public void row(RawRow row) {
                out.add(row);
            }

            @Override
            public void merge(String ref) {
                out.add(ref);
            }
        }, limits, "Lembar");
    }

    @Test
    void everySheetOfTheExamplesReadsAsSaxReadsIt() throws Exception {
        int[] rows = {0};
        int sheets = ExampleParts.each(name -> name.startsWith("xl/worksheets/sheet"), (where, xml) -> {
            // shared strings are not loaded here: a t="s" cell's index is read as the number it is
            String plain = new String(xml, StandardCharsets.UTF_8).replace(" t=\"s\"", " t=\"n\"");
            byte[] bytes = plain.getBytes(StandardCharsets.UTF_8);
            List<Object> sax = bySax(bytes);
            assertEquals(sax, byBytes(bytes), where);
            rows[0] += sax.size();
        });
        assertTrue(sheets >= 15 && rows[0] >= 500, sheets + " sheets, " + rows[0] + " rows");
    }

    @Test
    void textAsAnXmlParserGivesIt() throws Exception {
        String xml = "\uFEFF<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\r\n"
                + "<x:worksheet xmlns:x=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><!-- c -->"
                + "<x:sheetData><x:row r='3' hidden=\"1\">"
                + "<x:c r=\"B3\" t=\"inlineStr\"><x:is><x:r><x:t>Rp 1.500&#x2C;00 &amp; </x:t></x:r>"
                + "<x:r><x:t xml:space=\"preserve\">baris\r\ndua</x:t></x:r></x:is></x:c>"
                + "<x:c r=\"C3\" t=\"str\"><x:f>IF(A3&lt;1,\"&lt;satu\",\"\")</x:f><x:v><![CDATA[<satu]]></x:v></x:c>"
                + "<x:c r=\"D3\"><x:v> 85.5 </x:v></x:c><x:c r=\"E3\" t=\"e\"><x:v>#DIV/0!</x:v></x:c>"
                + "<x:c r=\"F3\" t=\"b\"><x:v>1</x:v></x:c><?pi data?>"
                + "<x:c r=\"G3\" t=\"shared\"><x:f t=\"shared\" ref=\"G3:G4\" si=\"0\">D3*2</x:f><x:v>171</x:v></x:c>"
                + "</x:row><x:row r=\"4\"><x:c r=\"G4\"><x:f t=\"shared\" si=\"0\"/><x:v>0</x:v></x:c></x:row>"
                + "</x:sheetData><x:mergeCells><x:mergeCell ref=\"B3:C3\"/></x:mergeCells></x:worksheet>";
        byte[] bytes = xml.getBytes(StandardCharsets.UTF_8);
        List<Object> rows = byBytes(bytes);
        assertEquals(bySax(bytes), rows);
        RawRow three = (RawRow) rows.get(0);
        assertEquals(3, three.row());
        assertTrue(three.hidden());
        assertEquals("Rp 1.500,00 & baris\ndua", three.cells().get(0).text());
        assertEquals("<satu", three.cells().get(1).text());
        assertEquals(85.5, three.cells().get(2).number());
        assertEquals("D4*2", ((RawRow) rows.get(1)).cells().get(0).formulaText());
        assertEquals("B3:C3", rows.get(2));
    }

    @Test
    void cellsReadAtOnceReadAsTheirEvents() throws Exception {
        String xml = "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData><row r=\"2\">"
                + "<c r=\"A2\" t=\"inlineStr\"><is><t>a &amp; b</t></is></c><c r=\"B2\" t=\"str\"><is><t>not a value</t></is></c>"
                + "<c r=\"C2\"><v>7</v></c><c r=\"D2\" t=\"inlineStr\"><is><t xml:space=\"preserve\"> sp </t></is></c>"
                + "<c r=\"E2\" t=\"inlineStr\"><is><t>two\r\nlines</t></is></c><c r=\"F2\" t=\"str\"><v></v></c>"
                + "<c r=\"G2\" s=\"1\"><v>0.855</v></c></row></sheetData></worksheet>";
        byte[] bytes = xml.getBytes(StandardCharsets.UTF_8);
        List<Object> rows = byBytes(bytes);
        assertEquals(bySax(bytes), rows);
        RawRow two = (RawRow) rows.get(0);
        assertEquals(List.of(0, 2, 3, 4, 6), two.cells().stream().map(RawCell::column).toList());
        assertEquals("a & b", two.cells().get(0).text());
        assertEquals("two\nlines", two.cells().get(3).text());
    }

    @Test
    void aPartInAnotherEncodingIsLeftToTheJdkParser() throws Exception {
        String xml = "<?xml version=\"1.0\" encoding=\"UTF-16\"?><worksheet><sheetData/></worksheet>";
        XmlBytes x = XmlBytes.open(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_16)));
        assertFalse(x.isUtf8());
        assertEquals(xml, new String(x.replay().readAllBytes(), StandardCharsets.UTF_16));
    }

    @Test
    void aDoctypeIsRefused() {
        byte[] xml = ("<?xml version=\"1.0\"?><!DOCTYPE lol [<!ENTITY lol \"lol\">]><worksheet>&lol;</worksheet>")
                .getBytes(StandardCharsets.UTF_8);
        assertThrows(javax.xml.stream.XMLStreamException.class, () -> byBytes(xml));
    }
}
