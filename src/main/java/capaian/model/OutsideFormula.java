package capaian.model;

/**
 * A formula typed in a form sheet that reaches outside the workbook or calls out (a link, a web request,
 * DDE, an external workbook): the result gets its cached value instead.
 *
 * @param cached the formula's cached value: a Double, a String, or null for none
 * @param reach  the function or reference that reaches out, as typed
 */
public record OutsideFormula(int row, int column, Object cached, String formula, String reach) {
    public String cell() {
        return CellRef.a1(column, row);
    }
}
