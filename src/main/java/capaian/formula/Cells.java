package capaian.formula;

/** Where an expression reads its cells: a sheet's cell by 0-based column and 1-based row. */
@FunctionalInterface
public interface Cells {
    /** @param sheet the sheet's name, or null for the sheet the formula is on */
    XValue get(String sheet, int column, int row);
}
