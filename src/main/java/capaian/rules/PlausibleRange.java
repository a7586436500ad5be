package capaian.rules;

import java.math.BigDecimal;

/**
 * The band outside which a capaian or serapan (%) is taken for a typing slip and warned about: inclusive bounds,
 * either optional (profile {@code plausibility.capaian} / {@code plausibility.serapan}).
 */
public record PlausibleRange(BigDecimal min, BigDecimal max) {
    public boolean contains(BigDecimal v) {
        return (min == null || v.compareTo(min) >= 0) && (max == null || v.compareTo(max) <= 0);
    }
}
