package capaian.compute;

import java.math.BigDecimal;

/** The summary of an OPD or of one program: money, serapan, concluded capaian, efisiensi, counts. */
public record Totals(BigDecimal pagu, BigDecimal realisasi, BigDecimal serapan, BigDecimal capaian, String kategori,
                     BigDecimal efisiensi, String kategoriEfisiensi, int subKegiatan, int indikator) {}
