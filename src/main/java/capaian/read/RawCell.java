package capaian.read;

/**
 * One cell as it stands in the sheet XML, before any rule: its column, and either a number (numeric cells and
 * formulas with a numeric cached value), a text, or an Excel error.
 */
record RawCell(int column, Kind kind, double number, String text, boolean percentFormat, boolean formula) {
    enum Kind { NUMBER, TEXT, ERROR, BOOLEAN }

    String display() {
        return kind == Kind.NUMBER ? java.math.BigDecimal.valueOf(number).stripTrailingZeros().toPlainString() : text;
    }
}
