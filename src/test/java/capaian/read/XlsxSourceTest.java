package capaian.read;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import static org.junit.jupiter.api.Assertions.*;

/**
 * The JDK-only package reader on packages built here by hand, in the shapes other writers produce: parts under
 * names of their own, absolute relationship targets, no shared strings or styles, custom percent formats.
 */
class XlsxSourceTest {
    @TempDir
    Path dir;

    private static final String MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    private static final String R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    private static final String TYPES = "<?xml version=\"1.0\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
            + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
            + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/></Types>";
    private static final String ROOT_RELS = "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
            + "<Relationship Id=\"rId1\" Type=\"" + PackageParts.OFFICE_DOCUMENT + "\" Target=\"book/main.xml\"/></Relationships>";

    /** A package whose workbook is book/main.xml, with the given sheets (name, part, XML) and other parts. */
    private Path pack(String name, List<String[]> sheets, Map<String, String> others, String extraRels) throws Exception {
        Map<String, String> parts = new LinkedHashMap<>();
        parts.put("[Content_Types].xml", TYPES);
        parts.put("_rels/.rels", ROOT_RELS);
        StringBuilder wb = new StringBuilder("<workbook xmlns=\"" + MAIN + "\" xmlns:r=\"" + R + "\"><sheets>");
        StringBuilder rels = new StringBuilder("<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">");
        int i = 0;
        for (String[] s : sheets) {
            i++;
            wb.append("<sheet name=\"").append(s[0]).append("\" sheetId=\"").append(i).append("\" r:id=\"s").append(i).append("\"/>");
            rels.append("<Relationship Id=\"s").append(i).append("\" Type=\"").append(R).append("/worksheet\" Target=\"")
                    .append(s[1]).append("\"/>");
            String part = PackageParts.resolve("book/", s[1]);
            parts.put(part, "<worksheet xmlns=\"" + MAIN + "\"><sheetData>" + s[2] + "</sheetData></worksheet>");
        }
        parts.put("book/main.xml", wb.append("</sheets></workbook>").toString());
        parts.put("book/_rels/main.xml.rels", rels.append(extraRels).append("</Relationships>").toString());
        parts.putAll(others);
        Path file = dir.resolve(name);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (var e : parts.entrySet()) {
                zip.putNextEntry(new ZipEntry(e.getKey()));
                zip.write(e.getValue().getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        }
        Files.write(file, bytes.toByteArray());
        return file;
    }

    private static Map<String, List<RawRow>> heads(Path file) throws Exception {
        try (PackageParts pkg = PackageParts.open(file, Limits.defaults())) {
            return XlsxSource.open(pkg, Limits.defaults(), InflatedParts.none()).heads(40);
        }
    }

    @Test
    void sheetsComeInWorkbookOrderFromPartsOfAnyNameAndAbsoluteTargets() throws Exception {
        Path f = pack("names.xlsx", List.of(
                new String[]{"Realisasi", "/data/second.xml", "<row r=\"2\"><c r=\"B2\" t=\"inlineStr\"><is><t>Kode</t></is></c></row>"},
                new String[]{"Catatan", "../data/first.xml", "<row r=\"1\"><c r=\"A1\"><v>7</v></c></row>"}), Map.of(), "");
        Map<String, List<RawRow>> heads = heads(f);
        assertEquals(List.of("Realisasi", "Catatan"), List.copyOf(heads.keySet()));
        RawRow kode = heads.get("Realisasi").get(0);
        assertEquals(2, kode.row());
        assertEquals("Kode", kode.text(1));
        assertEquals(7.0, heads.get("Catatan").get(0).cell(0).number());
    }

    @Test
    void packageWithoutSharedStringsOrStylesReadsInlineTextAndPlainNumbers() throws Exception {
        Path f = pack("bare.xlsx", List.<String[]>of(new String[]{"Lembar1", "sheets/s.xml",
                "<row r=\"3\"><c r=\"A3\" t=\"inlineStr\"><is><t>Pagu</t></is></c><c r=\"C3\" s=\"4\"><v>0.5</v></c></row>"}),
                Map.of(), "");
        RawRow row = heads(f).get("Lembar1").get(0);
        assertEquals("Pagu", row.text(0));
        assertEquals(0.5, row.cell(2).number());
        assertFalse(row.cell(2).percentFormat(), "no styles part: no cell is a percent format");
    }

    @Test
    void percentFormatsAreTheBuiltInOnesAndCustomCodesWithAPercentOutsideQuotes() throws Exception {
        String styles = "<styleSheet xmlns=\"" + MAIN + "\"><numFmts count=\"2\">"
                + "<numFmt numFmtId=\"164\" formatCode=\"0.0%\"/><numFmt numFmtId=\"165\" formatCode=\"0.00&quot; %&quot;\"/></numFmts>"
                + "<cellStyleXfs count=\"1\"><xf numFmtId=\"9\"/></cellStyleXfs>"
                + "<cellXfs count=\"5\"><xf numFmtId=\"0\"/><xf numFmtId=\"10\"/><xf numFmtId=\"164\"/><xf numFmtId=\"165\"/><xf numFmtId=\"3\"/></cellXfs>"
                + "<cellStyles count=\"1\"><cellStyle name=\"Normal\" xfId=\"0\" builtinId=\"0\"/></cellStyles></styleSheet>";
        StringBuilder cells = new StringBuilder("<row r=\"1\">");
        for (int s = 0; s < 6; s++) cells.append("<c r=\"").append((char) ('A' + s)).append("1\" s=\"").append(s).append("\"><v>0.25</v></c>");
        Path f = pack("percent.xlsx", List.<String[]>of(new String[]{"Lembar1", "sheet1.xml", cells.append("</row>").toString()}),
                Map.of("book/styles.xml", styles), "<Relationship Id=\"st\" Type=\"" + R + "/styles\" Target=\"styles.xml\"/>");
        RawRow row = heads(f).get("Lembar1").get(0);
        // style 0 never; 1: built-in 0.00%; 2: custom 0.0%; 3: the % is quoted text; 4: #,##0; 5: past the table
        boolean[] expected = {false, true, true, false, false, false};
        for (int s = 0; s < 6; s++) assertEquals(expected[s], row.cell(s).percentFormat(), "style " + s);
    }

    @Test
    void sharedStringsAreFoundThroughTheWorkbookRelationship() throws Exception {
        String sst = "<sst xmlns=\"" + MAIN + "\" count=\"2\" uniqueCount=\"2\"><si><t>Program</t></si>"
                + "<si><r><t>Sub </t></r><r><t>Kegiatan</t></r><rPh><t>phonetic</t></rPh></si></sst>";
        Path f = pack("sst.xlsx", List.<String[]>of(new String[]{"Lembar1", "sheet1.xml",
                "<row r=\"1\"><c r=\"A1\" t=\"s\"><v>1</v></c><c r=\"B1\" t=\"s\"><v>0</v></c></row>"}),
                Map.of("strings/table.xml", sst), "<Relationship Id=\"ss\" Type=\"" + R + "/sharedStrings\" Target=\"/strings/table.xml\"/>");
        RawRow row = heads(f).get("Lembar1").get(0);
        assertEquals("Sub Kegiatan", row.text(0));
        assertEquals("Program", row.text(1));
    }

    @Test
    void twoEntriesOfOneNameAreRefused() throws Exception {
        Path f = dir.resolve("twice.xlsx");
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
            zip.write(TYPES.getBytes(StandardCharsets.UTF_8));
            zip.putNextEntry(new ZipEntry("xl/workbook.xml"));
            zip.putNextEntry(new ZipEntry("XL/Workbook.xml"));
        }
        Files.write(f, bytes.toByteArray());
        assertThrows(java.io.IOException.class, () -> PackageParts.open(f, Limits.defaults()).close());
    }

    @Test
    void aPartInflatingAThousandfoldIsAZipBomb() throws Exception {
        Path f = pack("bomb.xlsx", List.<String[]>of(new String[]{"Lembar1", "sheet1.xml",
                "<row r=\"1\"><c r=\"A1\"><v>1</v></c></row>" + " ".repeat(2_000_000)}), Map.of(), "");
        Exception e = assertThrows(Exception.class, () -> heads(f));
        assertTrue(WorkbookFile.unreadable(e).getMessage().contains("tidak wajar"), e.toString());
    }
}
