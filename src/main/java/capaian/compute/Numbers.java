package capaian.compute;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/** Exact arithmetic until the end, half-up at the end (RULES section 4). */
public final class Numbers {
    /** 34 significant digits: exact for any sum of rupiah, and far beyond what 2 decimals need. */
    public static final MathContext CONTEXT = MathContext.DECIMAL128;
    public static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private Numbers() {}

    /** a / b × 100, unrounded. */
    public static BigDecimal percent(BigDecimal a, BigDecimal b) {
        return divide(a.multiply(HUNDRED), b);
    }

    /** a / b to 34 significant digits: {@code a.divide(b, CONTEXT)}, the same value at the same scale. */
    public static BigDecimal divide(BigDecimal a, BigDecimal b) {
        BigDecimal exact = exactQuotient(a, b);
        return exact != null ? exact : a.divide(b, CONTEXT);
    }

    /**
     * x / b when it terminates within a long (80 / 100 = 0,8; 1 / 4 = 0,25), exactly as {@code divide(b, CONTEXT)}
     * gives it: the value, at the scale closest to the preferred scale x.scale - b.scale that holds it exactly
     * (BigDecimal's rule for exact quotients). Null otherwise. The library's own path strips the zeros of a
     * 34-digit quotient one BigInteger division at a time, a tenth of a cold 300-row run.
     */
    static BigDecimal exactQuotient(BigDecimal x, BigDecimal b) {
        if (x.precision() > 18 || b.precision() > 18 || b.signum() == 0) return null;
        long ux = unscaled(x);
        long ub = unscaled(b);
        int scale = x.scale() - b.scale();
        for (int k = 0; k <= 18; k++) {
            if (ux % ub == 0) return BigDecimal.valueOf(ux / ub, scale);
            if (Math.abs(ux) > Long.MAX_VALUE / 10) return null;
            ux *= 10;
            scale++;
        }
        return null;
    }

    /**
     * The unscaled value of a number of at most 18 digits, without {@code unscaledValue()}'s BigInteger: made for
     * every cached value written and every quotient, its BigIntegers were 3 % of a 100,000-row process's allocations.
     */
    public static long unscaled(BigDecimal b) {
        return b.scale() == 0 ? b.longValue() : b.scaleByPowerOfTen(b.scale()).longValue();
    }

    public static BigDecimal round(BigDecimal v, int scale) {
        return v == null ? null : v.setScale(scale, RoundingMode.HALF_UP);
    }

    public static BigDecimal sum(BigDecimal a, BigDecimal b) {
        if (a == null) return b;
        if (b == null) return a;
        return a.add(b);
    }

    /** A percentage as shown: always the given decimals, Indonesian marks (2,40). */
    public static String displayFixed(BigDecimal v, int scale) {
        if (v == null) return "";
        String s = display(v.setScale(scale, RoundingMode.HALF_UP));
        int comma = s.indexOf(',');
        int have = comma < 0 ? 0 : s.length() - comma - 1;
        if (scale == 0) return s;
        StringBuilder sb = new StringBuilder(s);
        if (comma < 0) sb.append(',');
        for (int i = have; i < scale; i++) sb.append('0');
        return sb.toString();
    }

    /** Indonesian display: 17.914.888.161 or 96,25, for messages. */
    public static String display(BigDecimal v) {
        if (v == null) return "";
        BigDecimal s = v.stripTrailingZeros();
        if (s.scale() < 0) s = s.setScale(0);
        String plain = s.abs().toPlainString();
        int dot = plain.indexOf('.');
        String intPart = dot < 0 ? plain : plain.substring(0, dot);
        String frac = dot < 0 ? "" : plain.substring(dot + 1);
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < intPart.length(); i++) {
            if (i > 0 && (intPart.length() - i) % 3 == 0) sb.append('.');
            sb.append(intPart.charAt(i));
        }
        if (!frac.isEmpty()) sb.append(',').append(frac);
        return (s.signum() < 0 ? "-" : "") + sb;
    }
}
