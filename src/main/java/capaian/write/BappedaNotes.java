package capaian.write;

import org.apache.poi.ss.usermodel.ClientAnchor;
import org.apache.poi.ss.usermodel.Comment;
import org.apache.poi.ss.usermodel.CreationHelper;
import org.apache.poi.ss.usermodel.Drawing;
import org.apache.poi.ss.util.CellAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;

/**
 * Bappeda's notes written into an OPD's result workbook, so that they travel with the file: a comment on the
 * noted cell (a row's note on the row's first filled cell), added to a finding's comment already there, and one
 * row per note on the Temuan sheet, of severity "Catatan Bappeda". The stored result stays as it was (files are
 * content-addressed): this makes the copy handed out.
 */
public final class BappedaNotes {
    public static final String SEVERITY = "Catatan Bappeda";
    static final String AUTHOR = "Bappeda";

    /** One note: a cell (A1) or, when cell is null, a whole row (1-based, as Excel numbers it). */
    public record Note(String sheet, int row, String cell, String text, String writtenBy, String writtenAt) {}

    private BappedaNotes() {}

    public static byte[] annotate(byte[] result, List<Note> notes) throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(result))) {
            for (Note n : notes) {
                XSSFSheet sheet = wb.getSheet(n.sheet());
                if (sheet == null) continue;
                CellAddress at = anchor(sheet, n);
                comment(wb.getCreationHelper(), sheet, at, "Catatan Bappeda (" + n.writtenBy() + ", " + n.writtenAt() + "):\n"
                        + n.text());
            }
            XSSFSheet temuan = wb.getSheet(FindingsSheet.NAME);
            if (temuan != null) listOnTemuan(temuan, notes);
            ByteArrayOutputStream out = new ByteArrayOutputStream(result.length + 4096);
            wb.write(out);
            return out.toByteArray();
        }
    }

    private static CellAddress anchor(XSSFSheet sheet, Note n) {
        if (n.cell() != null) return new CellAddress(n.cell());
        XSSFRow row = sheet.getRow(n.row() - 1);
        if (row != null) {
            for (int c = Math.max(0, row.getFirstCellNum()); c < row.getLastCellNum(); c++) {
                XSSFCell cell = row.getCell(c);
                if (cell != null && !cell.toString().isBlank()) return new CellAddress(n.row() - 1, c);
            }
        }
        return new CellAddress(n.row() - 1, 0);
    }

    private static void comment(CreationHelper helper, XSSFSheet sheet, CellAddress at, String text) {
        XSSFRow row = sheet.getRow(at.getRow()) != null ? sheet.getRow(at.getRow()) : sheet.createRow(at.getRow());
        XSSFCell cell = row.getCell(at.getColumn()) != null ? row.getCell(at.getColumn()) : row.createCell(at.getColumn());
        Comment existing = cell.getCellComment();
        if (existing != null) {
            existing.setString(helper.createRichTextString(existing.getString().getString() + "\n\n" + text));
            return;
        }
        Drawing<?> drawing = sheet.createDrawingPatriarch();
        ClientAnchor anchor = helper.createClientAnchor();
        anchor.setCol1(at.getColumn() + 1);
        anchor.setCol2(at.getColumn() + 5);
        anchor.setRow1(at.getRow());
        anchor.setRow2(at.getRow() + 5);
        Comment c = drawing.createCellComment(anchor);
        c.setString(helper.createRichTextString(text));
        c.setAuthor(AUTHOR);
        cell.setCellComment(c);
    }

    /** After the last finding, in the sheet's own columns: No, Tingkat, Kode Temuan, Lembar, Sel, Nilai, Pesan. */
    private static void listOnTemuan(XSSFSheet temuan, List<Note> notes) {
        int r = temuan.getLastRowNum() + 1;
        int no = r; // the title row is row 0, so the next row's number is its No
        XSSFRow last = temuan.getRow(r - 1);
        if (last != null && last.getCell(6) != null && "Tidak ada temuan.".equals(last.getCell(6).toString())) {
            temuan.removeRow(last);
            r--;
            no = r;
        }
        for (Note n : notes) {
            XSSFRow row = temuan.createRow(r++);
            String cell = n.cell() != null ? n.cell() : "baris " + n.row();
            String[] v = {Integer.toString(no++), SEVERITY, "", n.sheet(), cell, n.writtenBy() + ", " + n.writtenAt(), n.text()};
            for (int c = 0; c < v.length; c++) row.createCell(c).setCellValue(v[c]);
        }
        if (temuan.getCTWorksheet().isSetAutoFilter()) {
            temuan.getCTWorksheet().getAutoFilter().setRef("A1:" + CellReference.convertNumToColString(
                    FindingsSheet.COLUMNS.length - 1) + Math.max(2, r));
        }
    }
}
