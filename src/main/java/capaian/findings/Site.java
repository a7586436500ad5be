package capaian.findings;

/**
 * A sheet that findings can point into: its name and the A1 cell of a column in a row. The model's sheet
 * implements it, so that this package at the bottom of the core needs nothing above it.
 *
 * @param <C> how the sheet names its columns (the form's roles)
 */
public interface Site<C> {
    String name();

    /** The A1 reference of the column's cell in the 1-based row, or null when the sheet lacks the column. */
    String cell(C column, int row);
}
