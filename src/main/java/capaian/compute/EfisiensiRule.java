package capaian.compute;

import capaian.rules.Profile;

import java.math.BigDecimal;

/**
 * Efisiensi (RULES section 6), from the capaian and serapan as shown (rounded), so that the workbook's
 * formula over the displayed cells gives the same number.
 */
public final class EfisiensiRule {
    private final Profile profile;

    public EfisiensiRule(Profile profile) {
        this.profile = profile;
    }

    /** The efisiensi, or null when capaian or serapan is missing (or serapan 0 for the rasio method). */
    public BigDecimal efisiensi(BigDecimal capaian, BigDecimal serapan) {
        if (capaian == null || serapan == null) return null;
        BigDecimal c = capaian;
        if (profile.efisiensiCapsCapaianAt100() && c.compareTo(Numbers.HUNDRED) > 0) c = Numbers.HUNDRED;
        return switch (profile.efisiensiMethod()) {
            case SELISIH -> c.subtract(serapan);
            case RASIO -> serapan.signum() == 0 ? null : Numbers.divide(c, serapan);
        };
    }

    /** Efisien, Sesuai or Tidak Efisien (labels from the profile). */
    public String category(BigDecimal efisiensi) {
        if (efisiensi == null) return null;
        int c = switch (profile.efisiensiMethod()) {
            // selisih: > 0 efisien, = 0 sesuai, < 0 tidak efisien
            case SELISIH -> efisiensi.signum();
            // rasio: >= 1 efisien (RULES section 6), below it tidak efisien
            case RASIO -> efisiensi.compareTo(BigDecimal.ONE) >= 0 ? 1 : -1;
        };
        return c > 0 ? profile.efisienLabel() : c == 0 ? profile.sesuaiLabel() : profile.tidakEfisienLabel();
    }
}
