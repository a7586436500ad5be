package capaian.write;

import capaian.form.HeaderField;
import capaian.form.SignOff;
import capaian.form.ValueType;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;

/**
 * Writes a sheet's sign-off: its header fields to the right of the usual header block (the table stays where it
 * is), and the block below the table whose cells are formulas showing what was typed there, so a filled form
 * prints ready to sign. The Bappeda side ("Dievaluasi") is typed by hand in the block itself.
 */
final class SignOffBlock {
    /** Label and value columns of the sign-off header fields, right of the usual fields (label A:B, value C:E). */
    static final int LABEL_COLUMN = 6;
    static final int VALUE_COLUMN = 8;
    /** Empty rows left for the signatures. */
    private static final int SIGNATURE_ROWS = 3;

    private SignOffBlock() {}

    /** The header cells of the sign-off fields, written in the rows of the usual header block. */
    static void headerFields(XSSFSheet sheet, Styles styles, SignOff signOff, int firstFieldRow) {
        int r = firstFieldRow;
        for (HeaderField f : signOff.fields()) {
            XSSFRow row = sheet.getRow(r) != null ? sheet.getRow(r) : sheet.createRow(r);
            XSSFCell label = row.createCell(LABEL_COLUMN);
            label.setCellValue(f.label());
            label.setCellStyle(styles.label());
            row.createCell(LABEL_COLUMN + 1).setCellStyle(styles.label());
            sheet.addMergedRegion(new CellRangeAddress(r, r, LABEL_COLUMN, LABEL_COLUMN + 1));
            for (int c = VALUE_COLUMN; c <= VALUE_COLUMN + 3; c++) row.createCell(c).setCellStyle(styles.input(ValueType.TEXT));
            sheet.addMergedRegion(new CellRangeAddress(r, r, VALUE_COLUMN, VALUE_COLUMN + 3));
            r++;
        }
    }

    /**
     * The block from {@code firstRow} on: the Bappeda side in {@code leftColumn} (Monitoring only), the Kepala
     * Perangkat Daerah side in {@code rightColumn}. Returns the block's last row.
     */
    static int block(XSSFSheet sheet, Styles styles, SignOff signOff, int firstFieldRow, int firstRow,
                     int leftColumn, int rightColumn) {
        String place = ref(firstFieldRow);
        String name = ref(firstFieldRow + 1);
        String nip = ref(firstFieldRow + 2);
        int r = firstRow;
        text(sheet, r++, 1, SignOff.TITLE, styles);
        XSSFRow dateRow = row(sheet, r++);
        if (signOff.evaluated()) text(dateRow, leftColumn, "Dievaluasi,", styles);
        formula(dateRow, rightColumn, "IF(" + place + "=\"\",\"\"," + place + ")", styles);
        XSSFRow roleRow = row(sheet, r++);
        if (signOff.evaluated()) text(roleRow, leftColumn, "Kepala Bappeda", styles);
        text(roleRow, rightColumn, "Kepala Perangkat Daerah", styles);
        for (int i = 0; i < SIGNATURE_ROWS; i++) row(sheet, r++);
        XSSFRow nameRow = row(sheet, r++);
        if (signOff.evaluated()) input(nameRow, leftColumn, styles);
        formula(nameRow, rightColumn, "IF(" + name + "=\"\",\"\"," + name + ")", styles);
        XSSFRow nipRow = row(sheet, r);
        if (signOff.evaluated()) {
            text(nipRow, leftColumn - 1, "NIP", styles);
            input(nipRow, leftColumn, styles);
        }
        formula(nipRow, rightColumn, "IF(" + nip + "=\"\",\"\",\"NIP \"&" + nip + ")", styles);
        return r;
    }

    private static String ref(int row) {
        return new CellReference(row, VALUE_COLUMN, true, true).formatAsString();
    }

    private static XSSFRow row(XSSFSheet sheet, int r) {
        XSSFRow row = sheet.getRow(r);
        return row != null ? row : sheet.createRow(r);
    }

    private static void text(XSSFSheet sheet, int r, int c, String text, Styles styles) {
        text(row(sheet, r), c, text, styles);
    }

    private static void text(XSSFRow row, int c, String text, Styles styles) {
        XSSFCell cell = row.createCell(c);
        cell.setCellValue(text);
        cell.setCellStyle(styles.label());
    }

    private static void input(XSSFRow row, int c, Styles styles) {
        row.createCell(c).setCellStyle(styles.input(ValueType.TEXT));
    }

    private static void formula(XSSFRow row, int c, String formula, Styles styles) {
        XSSFCell cell = row.createCell(c);
        cell.setCellFormula(formula);
        cell.setCellValue("");
        cell.setCellStyle(styles.label());
    }
}
