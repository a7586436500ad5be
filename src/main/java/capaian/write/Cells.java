package capaian.write;

import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.xssf.usermodel.XSSFCell;

import java.math.BigDecimal;

/** Writing one computed cell: a formula with its cached value, a plain value, or nothing. */
final class Cells {
    private Cells() {}

    /**
     * @param formula the formula without '=', or null to write the value itself
     * @param value   a BigDecimal, a String, or null for an empty cell
     */
    static void set(XSSFCell cell, String formula, Object value) {
        if (value == null) {
            cell.setBlank();
            return;
        }
        if (formula != null) {
            cell.setCellFormula(formula);
        } else if (cell.getCellType() == CellType.FORMULA) {
            cell.removeFormula();
        }
        // On a formula cell these set the cached result that Excel, LibreOffice and plain readers show.
        if (value instanceof BigDecimal b) cell.setCellValue(b.doubleValue());
        else cell.setCellValue(value.toString());
    }
}
