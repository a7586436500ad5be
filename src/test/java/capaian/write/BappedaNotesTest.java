package capaian.write;

import capaian.process.ProcessResult;
import capaian.process.Processor;
import capaian.rules.ProfileLoader;
import org.apache.poi.ss.usermodel.Comment;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellAddress;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

/**
 * Notes written into seed 000's result, whose N24 already carries the comment of a wrong total (TOTAL_MISMATCH):
 * the note is added to that comment, a row's note lands on the row's first filled cell, and Temuan gets one
 * "Catatan Bappeda" row per note, numbered on from the findings.
 */
class BappedaNotesTest {
    @Test
    void notesBecomeCommentsAndTemuanRows() throws Exception {
        ProcessResult r = new Processor(ProfileLoader.defaultProfile()).process(
                Files.newInputStream(Path.of("examples/seed000-tw1-lampiran.xlsx")), "seed000.xlsx", null);
        String sheetName;
        String findingComment;
        int findings;
        try (XSSFWorkbook before = new XSSFWorkbook(new ByteArrayInputStream(r.workbook()))) {
            sheetName = before.getSheetName(0);
            Comment c = before.getSheet(sheetName).getCellComment(new CellAddress("N24"));
            assertNotNull(c, "seed 000's wrong total at N24 carries a comment");
            findingComment = c.getString().getString();
            findings = before.getSheet("Temuan").getLastRowNum(); // title row aside
            assertEquals(r.report().findings().size(), findings);
        }
        byte[] out = BappedaNotes.annotate(r.workbook(), List.of(
                new BappedaNotes.Note(sheetName, 24, "N24", "Jumlah belum diperbaiki.", "bappeda", "2-12-2026 10:00"),
                new BappedaNotes.Note(sheetName, 12, null, "Baris ini tidak ada di DPA.", "bappeda", "2-12-2026 10:05"),
                new BappedaNotes.Note("Tidak Ada", 5, "A5", "lembar hilang", "bappeda", "2-12-2026 10:06")));
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(out))) {
            XSSFSheet sheet = wb.getSheet(sheetName);
            String n24 = sheet.getCellComment(new CellAddress("N24")).getString().getString();
            assertTrue(n24.startsWith(findingComment), "the finding's comment stays first: " + n24);
            assertTrue(n24.endsWith("Catatan Bappeda (bappeda, 2-12-2026 10:00):\nJumlah belum diperbaiki."), n24);

            Row row12 = sheet.getRow(11);
            int first = row12.getFirstCellNum();
            while (row12.getCell(first) == null || row12.getCell(first).toString().isBlank()) first++;
            Comment rowNote = sheet.getCellComment(new CellAddress(11, first));
            assertNotNull(rowNote, "the row note on row 12's first filled cell");
            assertTrue(rowNote.getString().getString().contains("Baris ini tidak ada di DPA."));

            XSSFSheet temuan = wb.getSheet("Temuan");
            assertEquals(findings + 3, temuan.getLastRowNum(), "one Temuan row per note, the unknown sheet's too");
            Row last = temuan.getRow(findings + 1);
            assertEquals(Integer.toString(findings + 1), last.getCell(0).getStringCellValue());
            assertEquals("Catatan Bappeda", last.getCell(1).getStringCellValue());
            assertEquals("N24", last.getCell(4).getStringCellValue());
            assertEquals("Jumlah belum diperbaiki.", last.getCell(6).getStringCellValue());
            assertEquals("baris 12", temuan.getRow(findings + 2).getCell(4).getStringCellValue());
        }
    }
}
