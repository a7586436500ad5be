package capaian.write;

import java.io.IOException;
import java.math.BigDecimal;

/**
 * Writing one cell as SpreadsheetML: a formula (as text, never parsed) with its cached value, a plain value
 * (text as an inline string), or a blank cell that keeps only its style.
 */
final class Cells {
    private Cells() {}

    /**
     * @param p       the prefix of the main namespace in the sheet ("" or "x:")
     * @param column  0-based, and {@code row} 1-based: the cell's place
     * @param formula the formula without '=', or null to write the value itself
     * @param value   a BigDecimal, a String, or null for an empty cell
     */
    static void write(XmlOut out, String p, int column, int row, int style, String formula, Object value) throws IOException {
        write(out, p, column, row, style, formula, -1, 0, value);
    }

    /**
     * A cell that may be in a shared formula: {@code shared} its number (-1 for none); the first cell of one
     * has its range, from itself down to row {@code rangeTo}, and its text; the others neither ({@code rangeTo} 0).
     */
    static void write(XmlOut out, String p, int column, int row, int style, String formula, int shared, int rangeTo,
                      Object value) throws IOException {
        out.raw('<').raw(p).raw("c r=\"").cellRef(column, row).raw('"');
        if (style > 0) out.attr("s", style);
        if (value == null) {
            out.raw("/>");
            return;
        }
        if (formula != null || shared >= 0) {
            if (!(value instanceof BigDecimal)) out.attr("t", "str");
            out.raw("><").raw(p).raw("f");
            if (shared >= 0) {
                out.raw(" t=\"shared\"");
                if (rangeTo > 0) out.raw(" ref=\"").cellRef(column, row).raw(':').cellRef(column, rangeTo).raw('"');
                out.attr("si", shared);
            }
            if (formula == null) out.raw("/>");
            else out.raw('>').text(formula).raw("</").raw(p).raw("f>");
            out.raw('<').raw(p).raw("v>");
            if (value instanceof BigDecimal b) out.decimal(b);
            else out.text(value.toString());
            out.raw("</").raw(p).raw("v></").raw(p).raw("c>");
        } else if (value instanceof BigDecimal b) {
            out.raw("><").raw(p).raw("v>").decimal(b).raw("</").raw(p).raw("v></").raw(p).raw("c>");
        } else {
            out.attr("t", "inlineStr").raw("><").raw(p).raw("is><").raw(p).raw("t xml:space=\"preserve\">")
                    .text(value.toString()).raw("</").raw(p).raw("t></").raw(p).raw("is></").raw(p).raw("c>");
        }
    }

    /**
     * The exact decimal, which readers parse to the same double as BigDecimal.doubleValue(): the spelling
     * {@link XmlOut#decimal} writes from the digits (and its test holds it to).
     */
    static String number(BigDecimal b) {
        return b.signum() == 0 ? "0" : b.stripTrailingZeros().toPlainString();
    }
}
