package capaian.formula;

import java.math.BigDecimal;

/**
 * A value as a spreadsheet holds it: blank, a number (a double, as Excel computes), a text, a logical or an
 * error such as #VALUE!.
 */
public record XValue(Kind kind, double number, String text) {
    public enum Kind { BLANK, NUMBER, TEXT, BOOL, ERROR }

    public static final XValue BLANK = new XValue(Kind.BLANK, 0, null);
    public static final XValue EMPTY_TEXT = new XValue(Kind.TEXT, 0, "");
    public static final XValue TRUE = new XValue(Kind.BOOL, 1, null);
    public static final XValue FALSE = new XValue(Kind.BOOL, 0, null);
    public static final XValue VALUE_ERROR = error("#VALUE!");
    public static final XValue DIV0 = error("#DIV/0!");
    public static final XValue REF_ERROR = error("#REF!");

    public static XValue number(double d) {
        if (Double.isNaN(d) || Double.isInfinite(d)) return error("#NUM!");
        return new XValue(Kind.NUMBER, d, null);
    }

    public static XValue number(BigDecimal d) {
        return number(d.doubleValue());
    }

    public static XValue text(String s) {
        return new XValue(Kind.TEXT, 0, s);
    }

    public static XValue bool(boolean b) {
        return b ? TRUE : FALSE;
    }

    public static XValue error(String code) {
        return new XValue(Kind.ERROR, 0, code);
    }

    /** A computed result as Capaian writes it into a cell: a number, a text, or nothing (null). */
    public static XValue of(Object v) {
        if (v == null) return BLANK;
        if (v instanceof BigDecimal b) return number(b);
        if (v instanceof Number n) return number(n.doubleValue());
        if (v instanceof Boolean b) return bool(b);
        String s = v.toString();
        return s.isEmpty() ? BLANK : text(s);
    }

    public boolean isError() { return kind == Kind.ERROR; }
    public boolean isBlank() { return kind == Kind.BLANK; }
    public boolean isNumber() { return kind == Kind.NUMBER; }
    public boolean isText() { return kind == Kind.TEXT; }

    /**
     * Whether a cell holding this shows what {@code value} (Capaian's) says: a number within rounding noise of
     * double arithmetic, the same text, or nothing for nothing ("" shows as nothing).
     */
    public boolean shows(Object value) {
        XValue want = of(value);
        return switch (want.kind) {
            case BLANK -> kind == Kind.BLANK || (kind == Kind.TEXT && text.isEmpty());
            case NUMBER -> kind == Kind.NUMBER && close(number, want.number);
            case TEXT -> kind == Kind.TEXT && text.equals(want.text);
            case BOOL -> kind == Kind.BOOL && number == want.number;
            case ERROR -> kind == Kind.ERROR && text.equals(want.text);
        };
    }

    static boolean close(double a, double b) {
        return Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(b));
    }

    @Override
    public String toString() {
        return switch (kind) {
            case BLANK -> "(kosong)";
            case NUMBER -> BigDecimal.valueOf(number).stripTrailingZeros().toPlainString();
            case TEXT -> "\"" + text + "\"";
            case BOOL -> number != 0 ? "TRUE" : "FALSE";
            case ERROR -> text;
        };
    }
}
