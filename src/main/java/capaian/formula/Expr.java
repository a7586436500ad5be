package capaian.formula;

import java.util.function.Consumer;

/**
 * A spreadsheet expression that Capaian can both evaluate, with Excel's semantics, and render as the text
 * of an Excel formula (without the leading '='): one definition giving the value and the formula.
 */
public interface Expr {
    /** The formula text, as Excel and LibreOffice read it. */
    String render();

    /**
     * Appends the formula text to {@code out}: the writer renders every computed cell of a sheet, and appending
     * into one builder spares the intermediate strings of {@link #render()}.
     */
    default void render(StringBuilder out) {
        out.append(render());
    }

    /** The value Excel computes over {@code cells}; a reference to a blank cell gives BLANK (shown as 0). */
    XValue evaluate(Cells cells);

    /** Every cell this expression reads. */
    void cells(Consumer<Ref> out);

    /** The result a formula cell holding this expression shows: a bare blank reference shows 0. */
    default XValue result(Cells cells) {
        XValue v = evaluate(cells);
        return v.isBlank() ? XValue.number(0) : v;
    }
}
