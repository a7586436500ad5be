package capaian.formula;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Locale;

/** Excel's coercions between blanks, numbers, texts and logicals. */
final class Excel {
    private Excel() {}

    /**
     * A value in arithmetic: blank is 0, a logical 0 or 1, an error stays. A text is #VALUE!: Excel would try
     * to read "3" as 3 by its locale, which Capaian cannot know, so any text makes the formula not trusted.
     */
    static XValue toNumber(XValue v) {
        return switch (v.kind()) {
            case BLANK -> XValue.number(0);
            case NUMBER -> v;
            case BOOL -> XValue.number(v.number());
            case TEXT -> XValue.VALUE_ERROR;
            case ERROR -> v;
        };
    }

    /** A condition: blank is FALSE, a number is its non-zero, "TRUE"/"FALSE" texts read, other texts #VALUE!. */
    static XValue toBool(XValue v) {
        return switch (v.kind()) {
            case BLANK -> XValue.FALSE;
            case NUMBER, BOOL -> XValue.bool(v.number() != 0);
            case TEXT -> v.text().equalsIgnoreCase("TRUE") ? XValue.TRUE
                    : v.text().equalsIgnoreCase("FALSE") ? XValue.FALSE : XValue.VALUE_ERROR;
            case ERROR -> v;
        };
    }

    /** A value in a text function: a number as General shows it, a logical as TRUE/FALSE, blank as "". */
    static XValue toText(XValue v) {
        return switch (v.kind()) {
            case BLANK -> XValue.EMPTY_TEXT;
            case NUMBER -> XValue.text(general(v.number()));
            case BOOL -> XValue.text(v.number() != 0 ? "TRUE" : "FALSE");
            case TEXT, ERROR -> v;
        };
    }

    static String general(double d) {
        BigDecimal b = new BigDecimal(d).round(new MathContext(15, RoundingMode.HALF_UP)).stripTrailingZeros();
        return b.scale() < 0 ? b.setScale(0).toPlainString() : b.toPlainString();
    }

    /**
     * Excel's order for comparisons: a blank takes the other side's kind (0, "" or FALSE); numbers come before
     * texts, texts before logicals; texts compare without regard to case.
     */
    static int compare(XValue a, XValue b) {
        if (a.isBlank() && b.isBlank()) return 0;
        if (a.isBlank()) a = blankAs(b);
        if (b.isBlank()) b = blankAs(a);
        int ra = rank(a);
        int rb = rank(b);
        if (ra != rb) return Integer.compare(ra, rb);
        return switch (a.kind()) {
            case NUMBER, BOOL -> Double.compare(a.number(), b.number()) == 0 ? 0 : a.number() < b.number() ? -1 : 1;
            default -> Integer.signum(a.text().toLowerCase(Locale.ROOT).compareTo(b.text().toLowerCase(Locale.ROOT)));
        };
    }

    private static XValue blankAs(XValue other) {
        return switch (other.kind()) {
            case TEXT -> XValue.EMPTY_TEXT;
            case BOOL -> XValue.FALSE;
            default -> XValue.number(0);
        };
    }

    private static final double[] POWERS = {1, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15};

    /** {@link #round} the decimal way: near a half, and for the test that the fast way agrees. */
    static double roundDecimal(double x, int digits) {
        if (x == 0) return 0;
        BigDecimal shown = new BigDecimal(x).round(new MathContext(15, RoundingMode.HALF_UP));
        return shown.setScale(digits, RoundingMode.HALF_UP).doubleValue();
    }

    private static int rank(XValue v) {
        return switch (v.kind()) {
            case NUMBER -> 0;
            case TEXT -> 1;
            default -> 2;
        };
    }

    /**
     * ROUND as Excel does it: half away from zero, on the number as Excel shows it (15 significant digits),
     * so that 1,005 rounds to 1,01 although its binary double is a hair below.
     */
    static double round(double x, int digits) {
        if (x == 0) return 0;
        if (digits >= 0 && digits <= 15 && Double.isFinite(x)) {
            // The formula gate rounds every capaian and serapan it checks. Far enough from a half, the digits Excel
            // shows (at most 5e-15 away from x) round the same way as x: the decimal work below is only needed near one.
            double p = POWERS[digits];
            double a = Math.abs(x) * p;
            if (a < 1e15) {
                double whole = Math.floor(a);
                double f = a - whole;
                if (Math.abs(f - 0.5) > a * 1e-13 + 1e-300) {
                    double n = f > 0.5 ? whole + 1 : whole;
                    if (n == 0) return 0;
                    // n / p is the double nearest the decimal n·10^-digits, as BigDecimal.doubleValue gives it
                    return x < 0 ? -(n / p) : n / p;
                }
            }
        }
        return roundDecimal(x, digits);
    }

    /** TRIM: no space at either end, single spaces between words (only the space character, as Excel). */
    static String trim(String s) {
        StringBuilder out = new StringBuilder(s.length());
        boolean pending = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == ' ') {
                pending = out.length() > 0;
                continue;
            }
            if (pending) out.append(' ');
            pending = false;
            out.append(c);
        }
        return out.toString();
    }
}
