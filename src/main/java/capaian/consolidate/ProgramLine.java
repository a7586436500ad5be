package capaian.consolidate;

import java.math.BigDecimal;

/**
 * One program of one OPD, as its own workbook computed it: money summed from its sub kegiatan, capaian
 * concluded over its indicators. The rekap sums these across OPDs by program code.
 *
 * @param urusan the urusan's name when the OPD's workbook has an urusan row, else null (same for bidang)
 */
public record ProgramLine(String kode, String uraian, String urusan, String bidang, BigDecimal pagu,
                          BigDecimal realisasi, BigDecimal capaian) {}
