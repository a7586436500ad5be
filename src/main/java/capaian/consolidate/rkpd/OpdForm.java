package capaian.consolidate.rkpd;

import capaian.model.Level;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * What the RKPD evaluation keeps of one OPD's Monitoring form: its header, its own conclusion (the form's
 * rata-rata capaian and predikat) and its rows with the figures of its computed form; nothing else, so that
 * the evaluation and the workbook are dropped as soon as it is extracted. An unreadable file has only its reason.
 */
record OpdForm(String source, Instant modified, String nama, String kodeOpd, Integer tahun, String triwulan,
               BigDecimal capaian, String predikat, int errors, List<Line> lines, String unreadable) {

    /**
     * One row of the form. {@code leaf}: the first row of an entity without children, where money is planned
     * (RULES 1); only such rows carry rupiah figures, every sum above them is the RKPD's own.
     */
    record Line(Level level, String kode, boolean first, boolean leaf, String sasaran, String uraian, String indikator,
                String satuan, Map<RkpdField, Object> values) {}

    static OpdForm unreadable(String source, Instant modified, String reason) {
        return new OpdForm(source, modified, null, null, null, null, null, null, 0, List.of(), reason);
    }

    boolean readable() {
        return unreadable == null;
    }

    /** The OPD's identity: its kode, else its name, else the file. */
    String key() {
        if (kodeOpd != null) return "kode:" + kodeOpd;
        return nama == null ? "berkas:" + source : "nama:" + nama.trim().toLowerCase(java.util.Locale.ROOT);
    }

    String label() {
        return nama != null ? nama : kodeOpd != null ? kodeOpd : source;
    }
}
