package capaian.report;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * The JSON report of one processed workbook (docs/report.md). Numbers are BigDecimal so that Gson writes
 * them as JSON numbers exactly; percentages are already rounded half-up to the profile's scale.
 */
public record Report(String form, ProfileRef profile, Header header, Summary summary, List<Row> rows,
                     List<FindingEntry> findings, Map<String, String> footer, List<Program> programs) {

    /** A report without program lines (from another system, or stored before they were reported). */
    public Report(String form, ProfileRef profile, Header header, Summary summary, List<Row> rows,
                  List<FindingEntry> findings, Map<String, String> footer) {
        this(form, profile, header, summary, rows, findings, footer, null);
    }

    public record ProfileRef(String name, String version) {}

    /**
     * The header block: the four fields every form has, and {@code fields} for a form's further header fields by
     * key (the Indeks sheet's pedomanSakip), null when there are none.
     */
    public record Header(String opd, String kodeOpd, Integer tahun, String periode, Map<String, String> fields) {
        public Header(String opd, String kodeOpd, Integer tahun, String periode) {
            this(opd, kodeOpd, tahun, periode, null);
        }
    }

    public record Summary(BigDecimal pagu, BigDecimal realisasi, BigDecimal serapan, BigDecimal capaian,
                          String kategori, BigDecimal efisiensi, String kategoriEfisiensi, int subKegiatan,
                          int indikator, int errors, int warnings, int infos) {}

    /**
     * One data row; {@code extra} holds the Monitoring form's computed columns by name; {@code cells} every
     * non-blank cell of the row as typed, by column (a numeric cell as a number, anything else as its text),
     * so that the workbook can be rebuilt from the report.
     */
    public record Row(String sheet, int row, String kode, String level, String uraian, String indikator, String satuan,
                      String polaritas, String target, String realisasi, BigDecimal capaian, String kategori,
                      BigDecimal pagu, BigDecimal realisasiAnggaran, BigDecimal serapan, BigDecimal sisa,
                      BigDecimal efisiensi, Map<String, Object> extra, Map<String, Object> cells) {}

    /**
     * One line of the Ringkasan (a program, or a sasaran on forms grouped by sasaran): money summed over its sub
     * kegiatan, capaian concluded over its indicators. The rekap sums these across OPDs, so a stored report is
     * enough to consolidate a submission without reading its workbook again.
     */
    public record Program(String kode, String uraian, BigDecimal pagu, BigDecimal realisasi, BigDecimal serapan,
                          BigDecimal capaian, String kategori) {}

    public record FindingEntry(String code, String severity, String sheet, String cell, String value, String message) {}

    public boolean hasErrors() {
        return summary.errors() > 0;
    }
}
