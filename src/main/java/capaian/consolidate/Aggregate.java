package capaian.consolidate;

import capaian.compute.BudgetRule;
import capaian.compute.ConclusionRule;
import capaian.compute.EfisiensiRule;
import capaian.compute.Numbers;
import capaian.rules.Profile;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * Sums over several OPDs (or several OPDs' programs) by the same rules as one workbook: money summed
 * exactly, serapan the ratio of the sums (never a mean of percentages, RULES 5), capaian concluded over the
 * parts' capaian by the profile's method (RULES 9), efisiensi from those two (RULES 6).
 */
final class Aggregate {
    private final Profile profile;
    private BigDecimal pagu;
    private BigDecimal realisasi;
    private final List<BigDecimal> capaian = new ArrayList<>();
    private int subKegiatan;
    private int parts;

    Aggregate(Profile profile) {
        this.profile = profile;
    }

    Aggregate add(BigDecimal pagu, BigDecimal realisasi, BigDecimal capaian, int subKegiatan) {
        this.pagu = Numbers.sum(this.pagu, pagu);
        this.realisasi = Numbers.sum(this.realisasi, realisasi);
        if (capaian != null) this.capaian.add(capaian);
        this.subKegiatan += subKegiatan;
        parts++;
        return this;
    }

    int parts() { return parts; }
    int subKegiatan() { return subKegiatan; }
    BigDecimal pagu() { return pagu; }
    BigDecimal realisasi() { return realisasi; }

    BigDecimal serapan() {
        return Numbers.round(BudgetRule.serapan(pagu, realisasi).value(), profile.roundingScale());
    }

    BigDecimal capaian() {
        return Numbers.round(new ConclusionRule(profile).conclude(capaian), profile.roundingScale());
    }

    String kategori() {
        return profile.conclusionScale().categorize(capaian());
    }

    BigDecimal efisiensi() {
        return Numbers.round(new EfisiensiRule(profile).efisiensi(capaian(), serapan()), profile.roundingScale());
    }

    String kategoriEfisiensi() {
        return new EfisiensiRule(profile).category(efisiensi());
    }
}
