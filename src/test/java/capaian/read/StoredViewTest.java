package capaian.read;

import capaian.examples.ExampleBuilder;
import capaian.form.Forms;
import capaian.form.Role;
import capaian.model.SheetData;
import capaian.model.SheetRow;
import capaian.evaluate.Evaluation;
import capaian.process.Processor;
import capaian.rules.ProfileLoader;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The reader keeps each cell as the file stores it beside the value as Capaian reads it. */
class StoredViewTest {
    @Test
    void percentCellsFormulasAndTextAreKeptAsStored() throws Exception {
        byte[] base = new ExampleBuilder(Forms.LAMPIRAN_REALISASI).header("Dinas Uji", null, 2025, "IV")
                .row(Role.KODE, "5.03.02.1.01.01", Role.URAIAN, "Sub", Role.TARGET, 100, Role.REALISASI, 0.855,
                        Role.PAGU, "Rp 18.241.400", Role.REALISASI_ANGGARAN, 1_000_000)
                .row(Role.URAIAN, "Jumlah").bytes();
        byte[] upload;
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(base)); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            XSSFSheet s = wb.getSheet(Forms.LAMPIRAN_REALISASI.mainSheet().name());
            XSSFCell k = s.getRow(8).getCell(10);
            XSSFCellStyle pct = wb.createCellStyle();
            pct.cloneStyleFrom(k.getCellStyle());
            pct.setDataFormat(wb.createDataFormat().getFormat("0.0%"));
            k.setCellStyle(pct);
            XSSFCell sum = s.getRow(9).getCell(14);
            sum.setCellFormula("SUM(O9:O9)");
            sum.setCellValue(1_000_000);
            wb.write(out);
            upload = out.toByteArray();
        }
        Evaluation ev = new Processor(ProfileLoader.defaultProfile()).evaluate(new ByteArrayInputStream(upload), null);
        SheetData sheet = ev.document().sheets().get(0);
        SheetRow sub = sheet.rows().get(0);
        assertEquals(0, new java.math.BigDecimal("85.5").compareTo(sub.get(Role.REALISASI).number()), "read as the user means it");
        assertEquals(0.855, sub.storedNumber(Role.REALISASI), 0, "stored as Excel computes with it");
        assertEquals(100.0, sub.storedNumber(Role.TARGET), 0);
        assertFalse(sub.isNumericCell(Role.PAGU), "text money is text to Excel");
        assertTrue(Double.isNaN(sub.storedNumber(Role.PAGU)));
        assertEquals(0, new java.math.BigDecimal("18241400").compareTo(sub.get(Role.PAGU).number()));
        SheetRow jumlah = sheet.rows().get(1);
        assertTrue(jumlah.isFormulaCell(Role.REALISASI_ANGGARAN));
        assertEquals("SUM(O9:O9)", jumlah.formula(Role.REALISASI_ANGGARAN));
        assertEquals(1_000_000.0, jumlah.storedNumber(Role.REALISASI_ANGGARAN), 0);
        assertNull(sub.formula(Role.CAPAIAN), "computed columns keep no formula text");
    }
}
