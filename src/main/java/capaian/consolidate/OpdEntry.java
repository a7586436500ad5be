package capaian.consolidate;

import capaian.report.Report;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * What the rekap keeps of one OPD's workbook: header, summary, program sums, indicator rows and findings:
 * everything the rekap shows and nothing else, so that the evaluation and the workbook can be dropped as
 * soon as this is extracted. An unreadable file is an entry too, with its reason and nothing else.
 */
public final class OpdEntry {
    private final String source;
    private final Instant modified;
    private final Report report;
    private final List<ProgramLine> programs;
    private final String unreadableReason;
    private final List<RekapNote> notes = new ArrayList<>();
    private String urusan;
    private String listedName;

    OpdEntry(String source, Instant modified, Report report, List<ProgramLine> programs, String unreadableReason) {
        this.source = source;
        this.modified = modified;
        this.report = report;
        this.programs = programs;
        this.unreadableReason = unreadableReason;
    }

    static OpdEntry unreadable(String source, Instant modified, String reason) {
        return new OpdEntry(source, modified, null, List.of(), reason);
    }

    public String source() { return source; }
    public Instant modified() { return modified; }
    /** The per-workbook report (rows and findings included), or null when the file could not be read. */
    public Report report() { return report; }
    public List<ProgramLine> programs() { return programs; }
    public List<RekapNote> notes() { return notes; }
    public boolean readable() { return unreadableReason == null; }
    public String unreadableReason() { return unreadableReason; }
    public String urusan() { return urusan; }

    void listed(String name, String urusan) {
        this.listedName = name;
        this.urusan = urusan;
    }

    public String kodeOpd() {
        return report == null ? null : blankToNull(report.header().kodeOpd());
    }

    /** The name in the workbook, else the master list's. */
    public String nama() {
        String n = report == null ? null : blankToNull(report.header().opd());
        return n != null ? n : listedName;
    }

    /** The OPD's identity in the rekap: its kode, or its name when the workbook has no kode (seed 002). */
    String key() {
        if (kodeOpd() != null) return "kode:" + kodeOpd();
        return nama() == null ? "berkas:" + source : "nama:" + normalName(nama());
    }

    public OpdStatus status() {
        if (!readable()) return OpdStatus.TIDAK_TERBACA;
        return report.hasErrors() ? OpdStatus.ADA_TEMUAN : OpdStatus.VALID;
    }

    static String normalName(String name) {
        return name == null ? "" : name.trim().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }

    static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
