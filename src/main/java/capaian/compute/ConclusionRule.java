package capaian.compute;

import capaian.rules.Band;
import capaian.rules.Profile;
import capaian.rules.Scale;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Concluding a sasaran or an OPD from its indicators' capaian (RULES section 9). */
public final class ConclusionRule {
    private final Profile profile;

    public ConclusionRule(Profile profile) {
        this.profile = profile;
    }

    /** The concluded capaian of a group of (rounded) capaian values, exact; null for an empty group. */
    public BigDecimal conclude(List<BigDecimal> capaian) {
        if (capaian.isEmpty()) return null;
        return switch (profile.conclusionMethod()) {
            case RATA_RATA -> mean(capaian);
            case RATA_RATA_DATA_KELOMPOK -> kelompok(capaian);
        };
    }

    public static BigDecimal mean(List<BigDecimal> values) {
        if (values.isEmpty()) return null;
        BigDecimal sum = BigDecimal.ZERO;
        for (BigDecimal v : values) sum = sum.add(v);
        return Numbers.divide(sum, BigDecimal.valueOf(values.size()));
    }

    /**
     * Count the indicators per category, weight each count by the category's mean value, divide by the
     * number of indicators (seed 004's "rata-rata data kelompok").
     */
    private BigDecimal kelompok(List<BigDecimal> capaian) {
        Scale scale = profile.kelompokScale();
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (BigDecimal c : capaian) counts.merge(scale.categorize(c), 1, Integer::sum);
        BigDecimal total = BigDecimal.ZERO;
        for (Map.Entry<String, Integer> e : counts.entrySet()) {
            Band band = scale.band(e.getKey());
            if (band == null) continue;
            total = total.add(band.mean().multiply(BigDecimal.valueOf(e.getValue())));
        }
        return Numbers.divide(total, BigDecimal.valueOf(capaian.size()));
    }
}
