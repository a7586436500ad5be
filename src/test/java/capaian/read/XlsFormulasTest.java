package capaian.read;

import capaian.examples.ExampleBuilder;
import capaian.form.Column;
import capaian.form.Forms;
import capaian.form.Role;
import capaian.report.Report;
import capaian.write.Workbooks;
import org.apache.poi.hssf.usermodel.HSSFCellStyle;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** An .xls goes through the same stored view and formula checks as an .xlsx. */
class XlsFormulasTest {
    @Test
    void xlsPercentRealisasiAndALinkFormula() throws Exception {
        byte[] xlsx = new ExampleBuilder(Forms.LAMPIRAN_REALISASI).header("Dinas Uji", "1.01.0.00.0.00.01.0000", 2025, "I")
                .row(Role.KODE, "1.01.02.1.01.01", Role.URAIAN, "Sub uji", Role.INDIKATOR, "Persen uji", Role.SATUAN, "%",
                        Role.TARGET, 100, Role.REALISASI, 85.5)
                .bytes();
        List<Column> cols = Forms.LAMPIRAN_REALISASI.mainSheet().columns();
        int first = capaian.write.TemplateWriter.headerRowIndex(Forms.LAMPIRAN_REALISASI.mainSheet()) + 1;
        int realisasi = cols.indexOf(Forms.LAMPIRAN_REALISASI.mainSheet().column(Role.REALISASI).orElseThrow());
        int capaian = cols.indexOf(Forms.LAMPIRAN_REALISASI.mainSheet().column(Role.CAPAIAN).orElseThrow());
        int masalah = cols.indexOf(Forms.LAMPIRAN_REALISASI.mainSheet().column(Role.PERMASALAHAN).orElseThrow());
        byte[] xls;
        try (HSSFWorkbook wb = new HSSFWorkbook(new ByteArrayInputStream(LegacyFormatsTest.toXls(xlsx)));
             ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet s = wb.getSheetAt(0);
            Cell pct = s.getRow(first).getCell(realisasi);
            pct.setCellValue(0.855);
            HSSFCellStyle st = wb.createCellStyle();
            st.setDataFormat(wb.createDataFormat().getFormat("0.0%"));
            pct.setCellStyle(st);
            Cell link = s.getRow(first).createCell(masalah);
            link.setCellFormula("HYPERLINK(\"http://x.example/\",\"klik\")");
            wb.getCreationHelper().createFormulaEvaluator().evaluateFormulaCell(link);
            wb.write(out);
            xls = out.toByteArray();
        }
        var result = LegacyFormatsTest.process(xls, "uji.xls");
        Report r = result.report();
        assertEquals(0, new java.math.BigDecimal("85.5").compareTo(r.rows().get(0).capaian()));
        assertTrue(r.findings().stream().anyMatch(f -> f.code().equals("FORMULA_OUTSIDE")), r.findings().toString());
        assertTrue(r.findings().stream().anyMatch(f -> f.code().equals("FORMULA_AS_VALUE")), r.findings().toString());
        try (XSSFWorkbook wb = Workbooks.open(result.workbook())) {
            Sheet s = wb.getSheet(Forms.LAMPIRAN_REALISASI.mainSheet().name());
            Cell c = s.getRow(first).getCell(capaian);
            assertEquals(CellType.NUMERIC, c.getCellType(), "a formula would recompute 0,86");
            assertEquals(85.5, c.getNumericCellValue(), 1e-9);
            Cell m = s.getRow(first).getCell(masalah);
            assertEquals(CellType.STRING, m.getCellType(), "the link is its cached text now");
            assertEquals("klik", m.getStringCellValue());
        }
    }
}
