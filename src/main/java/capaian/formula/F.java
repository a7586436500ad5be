package capaian.formula;

import java.math.BigDecimal;
import java.util.List;

/** Short builders for expressions, so a rule reads close to the formula it gives. */
public final class F {
    /** Excel refuses formulas over 8,192 characters; such a cell gets its value written instead. */
    public static final int MAX_FORMULA = 8000;

    private F() {}

    public static Expr num(BigDecimal n) { return Const.of(n); }
    public static Expr num(double n) { return Const.of(n); }
    public static Expr text(String s) { return s.isEmpty() ? Const.EMPTY : Const.text(s); }
    public static Expr empty() { return Const.EMPTY; }

    public static Expr add(Expr a, Expr b) { return new Op("+", a, b); }
    public static Expr sub(Expr a, Expr b) { return new Op("-", a, b); }
    public static Expr mul(Expr a, Expr b) { return new Op("*", a, b); }
    public static Expr div(Expr a, Expr b) { return new Op("/", a, b); }
    public static Expr eq(Expr a, Expr b) { return new Op("=", a, b); }
    public static Expr ne(Expr a, Expr b) { return new Op("<>", a, b); }
    public static Expr lt(Expr a, Expr b) { return new Op("<", a, b); }
    public static Expr le(Expr a, Expr b) { return new Op("<=", a, b); }
    public static Expr gt(Expr a, Expr b) { return new Op(">", a, b); }
    public static Expr ge(Expr a, Expr b) { return new Op(">=", a, b); }

    /** The test "the cell shows nothing": A1="". */
    public static Expr isEmpty(Expr a) { return eq(a, Const.EMPTY); }

    public static Expr iff(Expr c, Expr then, Expr otherwise) { return Fn.of("IF", c, then, otherwise); }
    public static Expr ifError(Expr v, Expr fallback) { return Fn.of("IFERROR", v, fallback); }
    public static Expr and(Expr... a) { return Fn.of("AND", a); }
    public static Expr or(Expr... a) { return Fn.of("OR", a); }
    public static Expr round(Expr v, int digits) { return Fn.of("ROUND", v, num(digits)); }
    public static Expr sum(Expr... a) { return Fn.of("SUM", a); }
    public static Expr average(Expr... a) { return Fn.of("AVERAGE", a); }
    public static Expr count(Expr... a) { return Fn.of("COUNT", a); }
    public static Expr min(Expr... a) { return Fn.of("MIN", a); }
    public static Expr lower(Expr a) { return Fn.of("LOWER", a); }
    public static Expr left(Expr a, int n) { return Fn.of("LEFT", a, num(n)); }
    public static Expr trim(Expr a) { return Fn.of("TRIM", a); }

    public static Ref ref(int column, int row) { return Ref.of(column, row); }
    public static RowList rows(String sheet, int column, List<Integer> rows) { return new RowList(sheet, column, rows); }

    /**
     * Whether {@link #formula} gives a text (not null), decided without building it where an upper bound of its
     * length and of every aggregate's argument count shows it fits: the formula gate asks this of every computed
     * cell, and only the writer needs the text.
     */
    public static boolean renders(Expr e) {
        if (e == null) return false;
        if (e instanceof RowShape.At a) return a.shape().fits;
        Bound b = new Bound();
        return b.length(e) <= MAX_FORMULA && !b.tooMany ? true : formula(e) != null;
    }

    /** An upper bound of a rendered expression's length, noting an aggregate that might need nesting. */
    private static final class Bound {
        boolean tooMany;

        long length(Expr e) {
            if (e instanceof Const c) {
                if (c.literal() != null) return c.literal().length();
                return switch (c.value().kind()) {
                    case TEXT -> 2 + 2L * c.value().text().length();
                    case BOOL -> 5;
                    default -> c.render().length();
                };
            }
            if (e instanceof Ref r) return prefix(r.sheet()) + 3 + 7 + 1;
            if (e instanceof RowShape.At s) return length(s.shape().expr); // at its anchor, a row number of 7 digits
            if (e instanceof RowList l) return (long) l.size() * (2 * (prefix(l.sheet()) + 3 + 7) + 2);
            if (e instanceof Op o) return length(o.left()) + length(o.right()) + o.op().length() + 4;
            if (e instanceof Fn f) {
                long n = f.name().length() + 4;
                long parts = 0;
                for (Expr a : f.args()) {
                    n += length(a) + 1;
                    parts += a instanceof RowList l ? l.size() : 1;
                }
                if (parts > Fn.MAX_ARGS) tooMany = true;
                return n;
            }
            return Long.MAX_VALUE / 4; // an expression of another kind: render it to know
        }

        private static long prefix(String sheet) {
            return sheet == null ? 0 : 2L * sheet.length() + 3;
        }
    }

    /** The formula text, or null when Excel could not take it (too long, too many arguments). */
    public static String formula(Expr e) {
        if (e == null) return null;
        try {
            StringBuilder s = new StringBuilder(256);
            e.render(s);
            return s.length() <= MAX_FORMULA ? s.toString() : null;
        } catch (Fn.Unrenderable tooBig) {
            return null;
        }
    }
}
