package capaian.consolidate.rkpd;

import capaian.form.Role;

import java.util.List;

/**
 * The figures of one line of the Evaluasi terhadap Hasil RKPD, each carried from one column of the OPD's Monitoring
 * form (its definition in {@code form.Forms}; the RPJMD columns take the OPD's Renstra ones, which is what the form
 * holds). {@code money} fields are summed on program, bidang, urusan and total lines; {@code ratio} fields are
 * realisasi ÷ target of two money fields there (the rule of serapan, RULES 5).
 */
enum RkpdField {
    TARGET_RPJMD_K("targetRpjmdK", Role.RENSTRA_TARGET_K),
    TARGET_RPJMD_RP("targetRpjmdRp", Role.RENSTRA_TARGET_RP),
    REALISASI_LALU_K("realisasiLaluK", Role.RENSTRA_LALU_K),
    REALISASI_LALU_RP("realisasiLaluRp", Role.RENSTRA_LALU_RP),
    TARGET_K("targetK", Role.RENJA_TARGET_K),
    TARGET_RP("targetRp", Role.RENJA_TARGET_RP),
    TW1_K("tw1K", Role.quarterK(1)), TW1_RP("tw1Rp", Role.quarterRp(1)),
    TW2_K("tw2K", Role.quarterK(2)), TW2_RP("tw2Rp", Role.quarterRp(2)),
    TW3_K("tw3K", Role.quarterK(3)), TW3_RP("tw3Rp", Role.quarterRp(3)),
    TW4_K("tw4K", Role.quarterK(4)), TW4_RP("tw4Rp", Role.quarterRp(4)),
    REALISASI_K("realisasiK", Role.RENJA_REALISASI_K),
    REALISASI_RP("realisasiRp", Role.RENJA_REALISASI_RP),
    REALISASI_RPJMD_K("realisasiRpjmdK", Role.RENSTRA_REALISASI_K),
    REALISASI_RPJMD_RP("realisasiRpjmdRp", Role.RENSTRA_REALISASI_RP),
    CAPAIAN_RPJMD_K("capaianRpjmdK", Role.RENSTRA_CAPAIAN_K),
    CAPAIAN_RPJMD_RP("capaianRpjmdRp", Role.RENSTRA_CAPAIAN_RP),
    CAPAIAN_K("capaianK", Role.RENJA_CAPAIAN_K),
    CAPAIAN_RP("capaianRp", Role.RENJA_CAPAIAN_RP),
    EFISIENSI("efisiensi", Role.EFISIENSI),
    PREDIKAT("predikat", Role.PREDIKAT);

    static final List<RkpdField> MONEY = List.of(TARGET_RPJMD_RP, REALISASI_LALU_RP, TARGET_RP, TW1_RP, TW2_RP, TW3_RP,
            TW4_RP, REALISASI_RP, REALISASI_RPJMD_RP);

    /** A ratio field and the two money fields it divides: realisasi ÷ target × 100. */
    record Ratio(RkpdField field, RkpdField target, RkpdField realisasi) {}

    static final List<Ratio> RATIOS = List.of(new Ratio(CAPAIAN_RP, TARGET_RP, REALISASI_RP),
            new Ratio(CAPAIAN_RPJMD_RP, TARGET_RPJMD_RP, REALISASI_RPJMD_RP));

    final String key;
    final Role role;

    RkpdField(String key, Role role) {
        this.key = key;
        this.role = role;
    }

    boolean money() {
        return MONEY.contains(this);
    }
}
