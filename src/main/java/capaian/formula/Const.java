package capaian.formula;

import java.math.BigDecimal;
import java.util.function.Consumer;

/** A constant: a number, a text or a logical. */
public record Const(XValue value, String literal) implements Expr {
    public static final Const EMPTY = new Const(XValue.EMPTY_TEXT);
    public static final Const TRUE = new Const(XValue.TRUE);
    public static final Const FALSE = new Const(XValue.FALSE);

    public Const(XValue value) {
        this(value, null);
    }

    /** A number written as the profile spells it (90.5), so a formula reads like its rule. */
    public static Const of(BigDecimal n) {
        return new Const(XValue.number(n), n.toPlainString());
    }

    public static Const of(double n) {
        if (n >= 0 && n < SMALL.length && n == (int) n) return SMALL[(int) n];
        return make(n);
    }

    private static Const make(double n) {
        // a whole number (ROUND's digits, 0, 100) spelled once here, not through BigDecimal at every rendering
        boolean whole = n == Math.rint(n) && Math.abs(n) < 1e15;
        return new Const(XValue.number(n), whole ? Long.toString((long) n) : null);
    }

    /** 0 to 100, made once: every computed cell's expression has its 0, its 100 and its ROUND digits. */
    private static final Const[] SMALL = new Const[101];

    static {
        for (int i = 0; i < SMALL.length; i++) SMALL[i] = make(i);
    }

    public static Const text(String s) {
        return new Const(XValue.text(s));
    }

    @Override
    public String render() {
        return switch (value.kind()) {
            case NUMBER -> literal != null ? literal : number(value.number());
            case TEXT -> "\"" + value.text().replace("\"", "\"\"") + "\"";
            case BOOL -> value.number() != 0 ? "TRUE" : "FALSE";
            default -> throw new IllegalStateException("constant " + value);
        };
    }

    static String number(double d) {
        BigDecimal b = BigDecimal.valueOf(d).stripTrailingZeros();
        String s = b.scale() < 0 ? b.setScale(0).toPlainString() : b.toPlainString();
        return s;
    }

    @Override
    public XValue evaluate(Cells cells) {
        return value;
    }

    @Override
    public void cells(Consumer<Ref> out) { }
}
