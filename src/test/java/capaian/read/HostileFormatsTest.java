package capaian.read;

import capaian.examples.ExampleBuilder;
import capaian.examples.Examples;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Hostile packages built here are refused quickly, or processed, in a JVM of 256 MB (the command line in a
 * child process, as LargeWorkbookTest does): each limit is checked before POI parses the part it guards.
 */
class HostileFormatsTest {
    @TempDir
    Path dir;

    private static final String MAIN_NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    private static final String REL_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

    interface Content {
        void write(Writer w) throws IOException;
    }

    /** The example with some entries replaced or added (streamed: a part can be far larger than the heap). */
    private Path rezip(String name, Map<String, Content> parts) throws IOException {
        Path out = dir.resolve(name);
        try (ZipFile in = new ZipFile(Examples.DIR.resolve(ExampleBuilder.SEED002).toFile());
             ZipOutputStream z = new ZipOutputStream(Files.newOutputStream(out))) {
            for (ZipEntry e : java.util.Collections.list(in.entries())) {
                if (parts.containsKey(e.getName())) continue;
                z.putNextEntry(new ZipEntry(e.getName()));
                try (InputStream s = in.getInputStream(e)) {
                    s.transferTo(z);
                }
                z.closeEntry();
            }
            for (var p : parts.entrySet()) {
                z.putNextEntry(new ZipEntry(p.getKey()));
                Writer w = new OutputStreamWriter(new NonClosing(z), StandardCharsets.UTF_8);
                p.getValue().write(w);
                w.flush();
                z.closeEntry();
            }
        }
        return out;
    }

    private static final class NonClosing extends java.io.FilterOutputStream {
        NonClosing(OutputStream out) { super(out); }

        @Override
        public void write(byte[] b, int off, int len) throws IOException { out.write(b, off, len); }

        @Override
        public void close() { }
    }

    record Run(int exit, String output, long millis) {}

    private static Run cli(String... args) throws Exception {
        List<String> cmd = new java.util.ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx256m", "-cp", System.getProperty("java.class.path"), "capaian.cli.Main"));
        cmd.addAll(List.of(args));
        long start = System.nanoTime();
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(3, TimeUnit.MINUTES), "finished");
        Run r = new Run(p.exitValue(), out, TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start));
        assertFalse(out.contains("\tat ") || out.contains("OutOfMemoryError") || out.contains("Exception"), out);
        return r;
    }

    private static final String CONTENT_TYPES = """
            <?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">\
            <Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>\
            <Default Extension="xml" ContentType="application/xml"/>\
            <Default Extension="bin" ContentType="application/vnd.ms-office.vbaProject"/>\
            <Override PartName="/xl/workbook.xml" ContentType="%s"/>\
            <Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>\
            <Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>\
            <Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>\
            <Override PartName="/xl/worksheets/sheet2.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>\
            <Override PartName="/xl/worksheets/sheet3.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>\
            <Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>\
            <Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/>\
            </Types>""";

    @Test
    void xlsmWithAHugeExtraSheetIsProcessedWithoutItsMacrosInASmallHeap() throws Exception {
        int rows = 400_000;
        Path xlsm = rezip("besar.xlsm", Map.of(
                "[Content_Types].xml", w -> w.write(CONTENT_TYPES.formatted("application/vnd.ms-excel.sheet.macroEnabled.main+xml")),
                "xl/workbook.xml", w -> w.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?><workbook xmlns=\"" + MAIN_NS
                        + "\" xmlns:r=\"" + REL_NS + "\"><sheets><sheet name=\"Realisasi\" r:id=\"rId3\" sheetId=\"1\"/>"
                        + "<sheet name=\"Petunjuk\" r:id=\"rId4\" sheetId=\"2\"/><sheet name=\"Data\" r:id=\"rId5\" sheetId=\"3\"/>"
                        + "</sheets></workbook>"),
                "xl/_rels/workbook.xml.rels", w -> w.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns="
                        + "\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                        + rel("rId1", "sharedStrings", "sharedStrings.xml") + rel("rId2", "styles", "styles.xml")
                        + rel("rId3", "worksheet", "worksheets/sheet1.xml") + rel("rId4", "worksheet", "worksheets/sheet2.xml")
                        + rel("rId5", "worksheet", "worksheets/sheet3.xml")
                        + "<Relationship Id=\"rId6\" Target=\"vbaProject.bin\" Type=\"http://schemas.microsoft.com/office/2006/relationships/vbaProject\"/>"
                        + "</Relationships>"),
                "xl/vbaProject.bin", w -> w.write("not really VBA"),
                "xl/worksheets/sheet3.xml", w -> {
                    w.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?><worksheet xmlns=\"" + MAIN_NS + "\"><sheetData>");
                    for (int r = 1; r <= rows; r++) {
                        w.write("<row r=\"" + r + "\"><c r=\"A" + r + "\"><v>" + r + "</v></c></row>");
                    }
                    w.write("</sheetData></worksheet>");
                }));
        assertTrue(Files.size(xlsm) < 4_000_000, "a small upload: " + Files.size(xlsm));
        Path out = dir.resolve("hasil.xlsx");
        Run r = cli("process", xlsm.toString(), "-o", out.toString());
        assertEquals(0, r.exit(), r.output());
        assertTrue(r.output().contains("Serapan   : 97,81 %"), r.output());
        try (ZipFile result = new ZipFile(out.toFile())) {
            assertTrue(result.stream().noneMatch(e -> e.getName().toLowerCase().contains("vbaproject")));
            String types = new String(result.getInputStream(result.getEntry("[Content_Types].xml")).readAllBytes(), StandardCharsets.UTF_8);
            assertFalse(types.contains("macroEnabled") || types.contains("vbaProject"), types);
            assertTrue(result.getEntry("xl/worksheets/sheet3.xml") != null);
        }
        try (var wb = new org.apache.poi.xssf.usermodel.XSSFWorkbook(out.toFile())) {
            assertFalse(wb.isMacroEnabled());
            assertEquals("Data", wb.getSheetName(2));
        }
    }

    private static String rel(String id, String type, String target) {
        return "<Relationship Id=\"" + id + "\" Target=\"" + target + "\" Type=\"" + REL_NS + "/" + type + "\"/>";
    }

    @Test
    void stylesWithMillionsOfFormatsAreRefusedBeforePoiParsesThem() throws Exception {
        int xfs = 2_500_000;
        Path file = rezip("gaya.xlsx", Map.of("xl/styles.xml", w -> {
            w.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?><styleSheet xmlns=\"" + MAIN_NS + "\"><cellXfs count=\"" + xfs + "\">");
            // varied, so that the part does not look like a zip bomb (POI refuses those by their ratio)
            for (int i = 0; i < xfs; i++) w.write("<xf numFmtId=\"" + (i % 164) + "\" fontId=\"0\" xfId=\"" + i + "\"/>");
            w.write("</cellXfs></styleSheet>");
        }));
        Run r = cli("check", file.toString());
        assertEquals(2, r.exit(), r.output());
        assertTrue(r.output().contains("lebih dari 100.000 format sel"), r.output());
        assertTrue(r.millis() < 20_000, r.millis() + " ms");
    }

    @Test
    void aWorkbookListingTwentyThousandSheetsIsRefusedAtOnce() throws Exception {
        Path file = rezip("lembar.xlsx", Map.of("xl/workbook.xml", w -> {
            w.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?><workbook xmlns=\"" + MAIN_NS + "\" xmlns:r=\"" + REL_NS + "\"><sheets>");
            for (int i = 1; i <= 20_000; i++) w.write("<sheet name=\"S" + i + "\" r:id=\"rId3\" sheetId=\"" + i + "\"/>");
            w.write("</sheets></workbook>");
        }));
        assertTrue(Files.size(file) < 200_000);
        Run r = cli("check", file.toString());
        assertEquals(2, r.exit(), r.output());
        assertTrue(r.output().contains("lebih dari 500 lembar"), r.output());
        assertTrue(r.millis() < 20_000, r.millis() + " ms");

        // Fewer sheets, all on one part: a damaged workbook, said so
        Path shared = rezip("bersama.xlsx", Map.of("xl/workbook.xml", w -> {
            w.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?><workbook xmlns=\"" + MAIN_NS + "\" xmlns:r=\"" + REL_NS + "\"><sheets>");
            for (int i = 1; i <= 3; i++) w.write("<sheet name=\"S" + i + "\" r:id=\"rId3\" sheetId=\"" + i + "\"/>");
            w.write("</sheets></workbook>");
        }));
        Run s = cli("check", shared.toString());
        assertEquals(2, s.exit(), s.output());
        assertTrue(s.output().contains("menunjuk ke isi yang sama"), s.output());
    }

    @Test
    void anXlsOfSixtyThousandRowsOnFourSheetsIsRefusedBeforeHssfBuildsIt() throws Exception {
        Path file = dir.resolve("besar.xls");
        try (HSSFWorkbook wb = new HSSFWorkbook(); OutputStream o = Files.newOutputStream(file)) {
            for (int s = 0; s < 4; s++) {
                Sheet sheet = wb.createSheet("Lembar " + (s + 1));
                for (int r = 0; r < 60_000; r++) {
                    Row row = sheet.createRow(r);
                    row.createCell(0).setCellValue(r);
                    row.createCell(1).setCellValue(r * 2.5);
                }
            }
            wb.write(o);
        }
        Run r = cli("check", file.toString());
        assertEquals(2, r.exit(), r.output());
        assertTrue(r.output().contains("Excel Workbook (.xlsx)") && r.output().contains("200.000 sel"), r.output());
    }
}
