package capaian.store;

/** Status of one submitted version, as Bappeda sees it. */
public enum SubmissionStatus {
    /** Checked without errors. */
    DITERIMA("diterima"),
    /** Stored, but the check found errors. */
    ADA_TEMUAN("ada temuan"),
    /** Bappeda sent it back. */
    DITOLAK("ditolak");

    private final String label;

    SubmissionStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public static SubmissionStatus parse(String s) {
        for (SubmissionStatus st : values()) {
            if (st.label.equalsIgnoreCase(s == null ? "" : s.trim()) || st.name().equalsIgnoreCase(s)) return st;
        }
        throw new IllegalArgumentException("status tidak dikenal: " + s);
    }
}
