package capaian.consolidate;

import java.math.BigDecimal;
import java.util.List;

/**
 * The consolidated picture of one (form, tahun, periode): what the rekap workbook, the JSON report and the
 * Bappeda page all show. The indicator rows and findings behind Detail and Temuan stay in the entries and
 * are walked when written, never copied.
 */
public record Rekap(Info info, List<OpdLine> opds, OpdLine total, List<ProgramTotal> programs,
                    List<Ranked> peringkatCapaian, List<Ranked> peringkatSerapan, List<SkippedFile> skipped,
                    List<OpdEntry> entries) {

    /**
     * @param judul      one line naming the form and the period, for the sheets' subtitles
     * @param keterangan profile and counts, for the second subtitle line
     */
    public record Info(String form, String formTitle, Integer tahun, String periode, String profile, String dibuat,
                       int jumlahOpd, int terkirim, int belumKirim, int tidakTerbaca, int adaTemuan,
                       String judul, String keterangan) {}

    /** One line of Rekap OPD (and the total line, whose kode is null and nama the label). */
    public record OpdLine(Integer no, String kodeOpd, String nama, String urusan, String status, Integer subKegiatan,
                          BigDecimal pagu, BigDecimal realisasi, BigDecimal serapan, BigDecimal capaian, String kategori,
                          BigDecimal efisiensi, String kategoriEfisiensi, Integer errors, Integer warnings,
                          Integer infos, String berkas, String catatan, String label) {}

    /** One line of Rekap Program: an urusan, a bidang urusan or a program, summed across OPDs. */
    public record ProgramTotal(String tingkat, String kode, String uraian, int jumlahOpd, BigDecimal pagu,
                               BigDecimal realisasi, BigDecimal serapan, BigDecimal capaian, String kategori,
                               BigDecimal efisiensi, String opd) {}

    public record Ranked(int peringkat, String kodeOpd, String nama, BigDecimal capaian, String kategori,
                         BigDecimal serapan, BigDecimal pagu, BigDecimal realisasi) {}

    /** A readable workbook left out because it is another form or period than this rekap's. */
    public record SkippedFile(String berkas, String reason) {}
}
