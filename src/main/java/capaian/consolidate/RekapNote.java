package capaian.consolidate;

/**
 * Something the consolidation itself noticed about one OPD or file (sent twice, kode shared, unreadable, not
 * in the list); listed in the OPD's Catatan and on the Temuan sheet beside the workbooks' own findings.
 */
public record RekapNote(String code, String severity, String message) {
    static RekapNote error(String code, String message) { return new RekapNote(code, "error", message); }
    static RekapNote warning(String code, String message) { return new RekapNote(code, "warning", message); }
    static RekapNote info(String code, String message) { return new RekapNote(code, "info", message); }
}
