package capaian.compute;

import capaian.findings.FindingCode;

import java.math.BigDecimal;

/** Serapan and sisa anggaran (RULES section 5). */
public final class BudgetRule {
    private BudgetRule() {}

    /** realisasi / pagu × 100, exact; none when either is not filled; pagu 0 with realisasi is an error. */
    public static Outcome serapan(BigDecimal pagu, BigDecimal realisasi) {
        if (pagu == null || realisasi == null) return Outcome.NONE;
        if (pagu.signum() == 0) {
            return realisasi.signum() > 0 ? Outcome.problem(FindingCode.PAGU_ZERO_WITH_REALISASI) : Outcome.NONE;
        }
        return Outcome.of(Numbers.percent(realisasi, pagu));
    }

    /** pagu − realisasi; none when either is not filled. */
    public static BigDecimal sisa(BigDecimal pagu, BigDecimal realisasi) {
        if (pagu == null || realisasi == null) return null;
        return pagu.subtract(realisasi);
    }
}
