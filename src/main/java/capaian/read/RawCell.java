package capaian.read;

/**
 * One cell as it stands in the sheet XML, before any rule: its column, and either a number (numeric cells and
 * formulas with a numeric cached value), a text, or an Excel error.
 */
record RawCell(int column, Kind kind, double number, String text, boolean percentFormat, boolean formula,
               String formulaText) {
    enum Kind { NUMBER, TEXT, ERROR, BOOLEAN }

    RawCell(int column, Kind kind, double number, String text, boolean percentFormat, boolean formula) {
        this(column, kind, number, text, percentFormat, formula, null);
    }

    RawCell withFormula(String f) {
        return new RawCell(column, kind, number, text, percentFormat, formula || f != null, f);
    }

    /** The cached value as a Double or a String, for writing it back in place of the formula. */
    Object cached() {
        return kind == Kind.NUMBER ? (Object) number : text;
    }

    String display() {
        return kind == Kind.NUMBER ? java.math.BigDecimal.valueOf(number).stripTrailingZeros().toPlainString() : text;
    }
}
