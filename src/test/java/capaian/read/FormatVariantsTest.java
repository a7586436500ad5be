package capaian.read;

import capaian.examples.ExampleBuilder;
import capaian.examples.Examples;
import capaian.process.ProcessResult;
import capaian.process.Processor;
import capaian.rules.ProfileLoader;
import org.apache.poi.hssf.usermodel.HSSFCellStyle;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Valid files in formats POI reads with quirks: an .xls with odd number formats, a Strict Open XML workbook. */
class FormatVariantsTest {
    private static final Processor PROCESSOR = new Processor(ProfileLoader.defaultProfile());

    @Test
    void xlsWithFormatsXssfCannotTakeIsProcessedWithItsFigures() throws IOException {
        byte[] xls = LegacyFormatsTest.toXls(Files.readAllBytes(Examples.DIR.resolve(ExampleBuilder.SEED002)));
        byte[] odd;
        try (HSSFWorkbook wb = new HSSFWorkbook(new ByteArrayInputStream(xls)); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet s = wb.getSheetAt(0);
            // a number format index with no format record (HSSF gives no format string for it), as some writers leave
            HSSFCellStyle undefined = wb.createCellStyle();
            undefined.setDataFormat((short) 0xC8);
            HSSFCellStyle other = wb.createCellStyle();
            other.setDataFormat((short) 0xC9);
            s.getRow(s.getFirstRowNum()).createCell(28).setCellStyle(undefined);
            s.getRow(s.getLastRowNum()).createCell(30).setCellStyle(other);
            wb.write(out);
            odd = out.toByteArray();
        }
        ProcessResult r = PROCESSOR.process(new ByteArrayInputStream(odd), "aneh.xls", null);
        assertTrue(r.readable(), r.unreadableReason());
        // seed 002's printed totals: pagu 6.850.200.218, realisasi 6.700.428.889
        assertEquals(new BigDecimal("6850200218"), r.report().summary().pagu());
        assertEquals(new BigDecimal("6700428889"), r.report().summary().realisasi());
        try (XSSFWorkbook result = new XSSFWorkbook(new ByteArrayInputStream(r.workbook()))) {
            assertEquals("Realisasi", result.getSheetName(0));
        }
    }

    /** The example with its namespaces and relationship types rewritten to Strict Open XML's, as Excel saves it. */
    private static byte[] strict(byte[] xlsx) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(xlsx)); ZipOutputStream out = new ZipOutputStream(bytes)) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                String text = new String(in.readAllBytes(), StandardCharsets.UTF_8)
                        .replace("http://schemas.openxmlformats.org/officeDocument/2006/relationships",
                                "http://purl.oclc.org/ooxml/officeDocument/relationships")
                        .replace("http://schemas.openxmlformats.org/spreadsheetml/2006/main", "http://purl.oclc.org/ooxml/spreadsheetml/main")
                        .replace("<workbook ", "<workbook conformance=\"strict\" ");
                out.putNextEntry(new ZipEntry(e.getName()));
                out.write(text.getBytes(StandardCharsets.UTF_8));
                out.closeEntry();
            }
        }
        return bytes.toByteArray();
    }

    @Test
    void strictOpenXmlIsNamedAsSuchWithWhatToDo() throws IOException {
        byte[] file = strict(Files.readAllBytes(Examples.DIR.resolve(ExampleBuilder.SEED002)));
        for (boolean write : new boolean[] {false, true}) {
            InputStream in = new ByteArrayInputStream(file);
            ProcessResult r = write ? PROCESSOR.process(in, "strict.xlsx", null) : PROCESSOR.check(in, "strict.xlsx", null);
            assertFalse(r.readable());
            assertTrue(r.unreadableReason().contains("Strict Open XML") && r.unreadableReason().contains("Excel Workbook (.xlsx)")
                    && !r.unreadableReason().contains("rusak"), r.unreadableReason());
        }
    }
}
