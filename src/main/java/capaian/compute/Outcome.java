package capaian.compute;

import capaian.findings.FindingCode;

import java.math.BigDecimal;

/**
 * A computed value, or why there is none. A value may still carry a warning code (CAPAIAN_NEGATIVE).
 *
 * @param value the exact result, or null
 * @param code  the finding this computation raises, or null
 */
public record Outcome(BigDecimal value, FindingCode code) {
    public static final Outcome NONE = new Outcome(null, null);

    public static Outcome of(BigDecimal v) { return new Outcome(v, null); }

    public static Outcome problem(FindingCode code) { return new Outcome(null, code); }

    public boolean hasValue() { return value != null; }
}
