package capaian.messy;

import capaian.form.Role;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellCopyPolicy;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFFormulaEvaluator;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * A base example opened for editing with POI. Rows and columns are addressed as in the clean example
 * (1-based rows, roles for columns) and mapped to where they are now, so edits that insert rows or columns can
 * follow one another.
 */
final class FormEdit {
    final BaseExample base;
    final XSSFWorkbook wb;
    XSSFSheet sheet;
    /** Rows inserted so far, each as the 0-based index it was inserted at (in the coordinates of its time). */
    private final List<Integer> insertedRows = new ArrayList<>();
    private final Map<Role, Integer> columns = new EnumMap<>(Role.class);

    FormEdit(BaseExample base) {
        this.base = base;
        try {
            this.wb = new XSSFWorkbook(new ByteArrayInputStream(base.bytes));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        this.sheet = wb.getSheet(base.main.name());
        columns.putAll(base.main.columns());
    }

    /** The 0-based index now of a 1-based row of the clean example. */
    int now(int originalRow) {
        int r = originalRow - 1;
        for (int at : insertedRows) if (r >= at) r++;
        return r;
    }

    /** The 0-based column of a role now, or -1 when the sheet lacks it. */
    int col(Role role) {
        Integer c = columns.get(role);
        return c == null ? -1 : c;
    }

    String a1(Role role, int rowNow) {
        return new CellReference(rowNow, col(role)).formatAsString(false);
    }

    /** A cell of a 1-based row of the clean example, created when missing. */
    Cell cell(int originalRow, Role role) {
        return cellNow(now(originalRow), col(role));
    }

    Cell cellNow(int rowNow, int col) {
        Row row = sheet.getRow(rowNow);
        if (row == null) row = sheet.createRow(rowNow);
        Cell c = row.getCell(col);
        return c == null ? row.createCell(col) : c;
    }

    /** The cell's number, or null when it holds none (text, blank). */
    static BigDecimal number(Cell c) {
        if (c == null) return null;
        if (c.getCellType() == CellType.NUMERIC
                || (c.getCellType() == CellType.FORMULA && c.getCachedFormulaResultType() == CellType.NUMERIC)) {
            return new BigDecimal(Double.toString(c.getNumericCellValue())).stripTrailingZeros();
        }
        return null;
    }

    /** Inserts an empty row at a 0-based index now; returns it. */
    Row insertRowNow(int at) {
        if (at <= sheet.getLastRowNum()) sheet.shiftRows(at, sheet.getLastRowNum(), 1, true, false);
        insertedRows.add(at);
        return sheet.createRow(at);
    }

    /** Copies a row (values, styles, formulas moved) onto a 0-based row now, replacing what was there. */
    void copyRowNow(int fromNow, int toNow) {
        Row to = sheet.getRow(toNow);
        if (to == null) to = sheet.createRow(toNow);
        sheet.copyRows(fromNow, fromNow, toNow, new CellCopyPolicy());
    }

    /** Blanks every cell of a row now, keeping its styles. */
    void clearRowNow(int rowNow) {
        Row row = sheet.getRow(rowNow);
        if (row == null) return;
        for (Cell c : row) c.setBlank();
    }

    /** Inserts an empty column at a 0-based index now; the roles at or right of it move right. */
    void insertColumnNow(int at) {
        int last = 0;
        for (Row r : sheet) last = Math.max(last, r.getLastCellNum());
        sheet.shiftColumns(at, last, 1);
        columns.replaceAll((role, c) -> c >= at ? c + 1 : c);
    }

    /** Removes an empty column at a 0-based index now; the roles right of it move left. */
    void removeColumnNow(int at) {
        int last = 0;
        for (Row r : sheet) last = Math.max(last, r.getLastCellNum());
        if (at + 1 <= last) sheet.shiftColumns(at + 1, last, -1);
        columns.replaceAll((role, c) -> c > at ? c - 1 : c);
    }

    /** Says that a role's cells now stand in another column (moved there by the caller). */
    void relocate(Role role, int column) {
        columns.put(role, column);
    }

    /** The header row (0-based) now: the row of the column titles (the lower one of two). */
    int headerNow() {
        return now(base.main.headerRow());
    }

    CellStyle styleWithFormat(Cell like, String format) {
        CellStyle s = wb.createCellStyle();
        s.cloneStyleFrom(like.getCellStyle());
        s.setDataFormat(wb.createDataFormat().getFormat(format));
        return s;
    }

    void merge(int firstRow, int lastRow, int firstCol, int lastCol) {
        sheet.addMergedRegion(new CellRangeAddress(firstRow, lastRow, firstCol, lastCol));
    }

    /** Removes the merged regions that overlap a row (before it is split or shifted apart). */
    void unmergeRow(int rowNow) {
        for (int i = sheet.getNumMergedRegions() - 1; i >= 0; i--) {
            CellRangeAddress m = sheet.getMergedRegion(i);
            if (m.getFirstRow() <= rowNow && m.getLastRow() >= rowNow) sheet.removeMergedRegion(i);
        }
    }

    /**
     * The edited workbook as a spreadsheet program saves it: every formula's cached value computed (by POI), so
     * that a formula Capaian does not touch holds its true value as it would in a file saved by Excel.
     */
    byte[] bytes() {
        try {
            XSSFFormulaEvaluator.evaluateAllFormulaCells(wb);
        } catch (RuntimeException e) {
            // a formula POI cannot evaluate keeps the cached value it had
        }
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            wb.write(out);
            wb.close();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
