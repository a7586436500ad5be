package capaian.form;

/** How a computed column gets its value; the compute and write packages implement each. */
public enum Derivation {
    /** Capaian (%) of realisasi against the annual target, by polarity (RULES 4.1-4.3). */
    CAPAIAN,
    /** Capaian (%) against the target up to the quarter. */
    CAPAIAN_TW,
    /** Serapan (%) = realisasi anggaran / pagu (RULES 5). */
    SERAPAN,
    /** Sisa anggaran = pagu - realisasi anggaran. */
    SISA,
    /** Efisiensi per the profile (RULES 6). */
    EFISIENSI,
    /** The capaian's category on the profile's capaian scale. */
    KATEGORI,
    /** (13) the year's realisasi from the four quarters, by jenis (RULES 4.4). */
    YEAR_REALISASI,
    /** (14) = 13 / 8. */
    RENJA_CAPAIAN,
    /** (15) = 7 + 13 for kumulatif, 13 for akhir. */
    RENSTRA_REALISASI,
    /** (16) = 15 / 6. */
    RENSTRA_CAPAIAN,
    /** The predikat of (14) K on the capaian scale; in a footer, the predikat of the concluded capaian. */
    PREDIKAT,
    /** The sheet's concluded capaian (RULES section 9): the footer's rata-rata capaian kinerja. */
    CONCLUSION,
    /** The IKU sheet's category of its capaian, on the profile's IKU scale (iku.scale). */
    KATEGORI_IKU,
    /** Indeks: a component's maximum from the profile, an indicator's bobot x the top nilai, a total's sum. */
    INDEX_MAKSIMUM,
    /** Indeks: a component's nilai, an indicator's bobot x nilai, an aspect's or a block's sum. */
    INDEX_SKOR,
    /** Indeks: skor / maksimum x 100. */
    INDEX_PERSENTASE,
    /** Indeks: a block total's category on the index's scale; a part's on the index's part scale, if any. */
    INDEX_KATEGORI
}
