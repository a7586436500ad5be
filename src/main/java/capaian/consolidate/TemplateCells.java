package capaian.consolidate;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.ClientAnchor;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.apache.poi.xssf.usermodel.XSSFDrawing;
import org.apache.poi.xssf.usermodel.XSSFRichTextString;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The cells of a jxls template as the rekap and the RKPD evaluation both build and fill them: a text cell, a jx
 * comment that instructs jxls, a value set as jxls sets it, and the jx comments removed from the finished workbook.
 */
public final class TemplateCells {
    private TemplateCells() {}

    /** Text in a cell of the template, with the style when there is one. */
    public static void text(XSSFSheet s, int row, int col, String text, XSSFCellStyle style) {
        XSSFRow r = s.getRow(row) == null ? s.createRow(row) : s.getRow(row);
        XSSFCell c = r.createCell(col);
        c.setCellValue(text);
        if (style != null) c.setCellStyle(style);
    }

    /** A jx instruction as the comment of a cell already written. */
    public static void comment(XSSFSheet s, int row, int col, String text) {
        XSSFDrawing d = s.createDrawingPatriarch();
        ClientAnchor a = d.createAnchor(0, 0, 0, 0, col + 1, row, col + 5, row + 3);
        XSSFComment c = d.createCellComment(a);
        c.setString(new XSSFRichTextString(text));
        c.setAuthor("Capaian");
        s.getRow(row).getCell(col).setCellComment(c);
    }

    /** As jxls sets a cell from a value: numbers as numbers, booleans as booleans, anything else as its text. */
    public static void setValue(Cell c, Object v) {
        if (v == null) return;
        if (v instanceof Number num) c.setCellValue(num.doubleValue());
        else if (v instanceof Boolean b) c.setCellValue(b);
        else c.setCellValue(v.toString());
    }

    /** jx comments are instructions for jxls, not notes for the reader. */
    public static void removeMarkup(XSSFWorkbook wb) {
        for (Sheet s : wb) {
            for (Row r : s) {
                for (Cell c : r) {
                    if (c.getCellComment() != null && c.getCellComment().getString().getString().trim().startsWith("jx:")) {
                        c.removeCellComment();
                    }
                }
            }
        }
    }
}
