package capaian.write;

import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import java.math.BigDecimal;

/** Small helpers for the sheets Capaian adds (Ringkasan, Temuan). */
final class Sheets {
    private Sheets() {}

    /** Removes a sheet of that name (from an earlier run) and creates it anew, before the meta sheet. */
    static XSSFSheet recreate(XSSFWorkbook wb, String name) {
        int idx = wb.getSheetIndex(name);
        if (idx >= 0) wb.removeSheetAt(idx);
        return wb.createSheet(name);
    }

    static XSSFCell text(XSSFSheet sheet, int r, int c, String text, XSSFCellStyle style) {
        XSSFCell cell = cell(sheet, r, c);
        if (text != null) cell.setCellValue(text);
        if (style != null) cell.setCellStyle(style);
        return cell;
    }

    static XSSFCell number(XSSFSheet sheet, int r, int c, BigDecimal v, XSSFCellStyle style) {
        XSSFCell cell = cell(sheet, r, c);
        if (v != null) cell.setCellValue(v.doubleValue());
        if (style != null) cell.setCellStyle(style);
        return cell;
    }

    private static XSSFCell cell(XSSFSheet sheet, int r, int c) {
        XSSFRow row = sheet.getRow(r) == null ? sheet.createRow(r) : sheet.getRow(r);
        return row.getCell(c) == null ? row.createCell(c) : row.getCell(c);
    }
}
