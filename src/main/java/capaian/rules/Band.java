package capaian.rules;

import java.math.BigDecimal;

/**
 * One band of a category scale. Bounds are optional; by default the lower bound is inclusive and the
 * upper exclusive (half-open, so 90,5 always falls somewhere), and a profile may say otherwise.
 */
public final class Band {
    String label;
    BigDecimal min;
    BigDecimal max;
    Boolean minInclusive;
    Boolean maxInclusive;
    /** The band's representative value for the rata-rata-data-kelompok conclusion (RULES section 9). */
    BigDecimal mean;

    Band() {}

    public Band(String label, BigDecimal min, boolean minInclusive, BigDecimal max, boolean maxInclusive, BigDecimal mean) {
        this.label = label;
        this.min = min;
        this.max = max;
        this.minInclusive = minInclusive;
        this.maxInclusive = maxInclusive;
        this.mean = mean;
    }

    public String label() { return label; }
    public BigDecimal min() { return min; }
    public BigDecimal max() { return max; }
    public boolean minInclusive() { return minInclusive == null || minInclusive; }
    public boolean maxInclusive() { return maxInclusive != null && maxInclusive; }
    public BigDecimal mean() { return mean; }

    public boolean contains(BigDecimal v) {
        if (min != null) {
            int c = v.compareTo(min);
            if (c < 0 || (c == 0 && !minInclusive())) return false;
        }
        if (max != null) {
            int c = v.compareTo(max);
            if (c > 0 || (c == 0 && !maxInclusive())) return false;
        }
        return true;
    }
}
