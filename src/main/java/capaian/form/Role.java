package capaian.form;

/**
 * What a column means to the computation. A form definition maps titles to roles; everything else
 * (reader, checks, computation, write-back) speaks in roles, never in column positions.
 */
public enum Role {
    NO,
    SASARAN,
    KODE,
    TINGKAT,
    URAIAN,
    INDIKATOR,
    SATUAN,
    POLARITAS,
    JENIS,
    TARGET,
    TARGET_TW,
    REALISASI,
    CAPAIAN,
    CAPAIAN_TW,
    PAGU,
    REALISASI_ANGGARAN,
    SERAPAN,
    SISA,
    EFISIENSI,
    KATEGORI,
    SUMBER_DANA,
    LOKASI,
    WAKTU,
    TARGET_N1,
    PAGU_N1,
    PERMASALAHAN,
    SOLUSI,
    PENANGGUNG_JAWAB,
    KETERANGAN,
    // Monitoring Capaian Kinerja (Permendagri 86/2017), kinerja (K) and rupiah (RP) pairs.
    RENSTRA_TARGET_K, RENSTRA_TARGET_RP,
    RENSTRA_LALU_K, RENSTRA_LALU_RP,
    RENJA_TARGET_K, RENJA_TARGET_RP,
    TW1_K, TW1_RP, TW2_K, TW2_RP, TW3_K, TW3_RP, TW4_K, TW4_RP,
    RENJA_REALISASI_K, RENJA_REALISASI_RP,
    RENJA_CAPAIAN_K, RENJA_CAPAIAN_RP,
    RENSTRA_REALISASI_K, RENSTRA_REALISASI_RP,
    RENSTRA_CAPAIAN_K, RENSTRA_CAPAIAN_RP,
    PREDIKAT,
    // The Indeks sheet (RULES section 11).
    BLOK, KOMPONEN, BOBOT, NILAI, MAKSIMUM, SKOR, PERSENTASE;

    public static Role quarterK(int tw) {
        return switch (tw) { case 1 -> TW1_K; case 2 -> TW2_K; case 3 -> TW3_K; case 4 -> TW4_K;
            default -> throw new IllegalArgumentException("triwulan " + tw); };
    }

    public static Role quarterRp(int tw) {
        return switch (tw) { case 1 -> TW1_RP; case 2 -> TW2_RP; case 3 -> TW3_RP; case 4 -> TW4_RP;
            default -> throw new IllegalArgumentException("triwulan " + tw); };
    }
}
