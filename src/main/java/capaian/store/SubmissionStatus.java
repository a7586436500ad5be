package capaian.store;

/**
 * Status of one submitted version, as Bappeda sees it. A version arrives {@link #TERKIRIM}; Bappeda's verdict
 * makes it {@link #DITERIMA} or {@link #DIKEMBALIKAN}. {@link #ADA_TEMUAN} and {@link #DITOLAK} are the words of
 * versions stored before verification existed, kept so that those rows still read.
 */
public enum SubmissionStatus {
    /** Arrived, not yet verified by Bappeda. */
    TERKIRIM("terkirim"),
    /** Bappeda accepted it. */
    DITERIMA("diterima"),
    /** Bappeda returned it with a note; the OPD must send a new version. */
    DIKEMBALIKAN("dikembalikan"),
    /** Before verification: stored, but the check found errors. */
    ADA_TEMUAN("ada temuan"),
    /** Before verification: Bappeda sent it back. */
    DITOLAK("ditolak");

    private final String label;

    SubmissionStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Sent back to the OPD, in either wording. */
    public boolean returned() {
        return this == DIKEMBALIKAN || this == DITOLAK;
    }

    public static SubmissionStatus parse(String s) {
        for (SubmissionStatus st : values()) {
            if (st.label.equalsIgnoreCase(s == null ? "" : s.trim()) || st.name().equalsIgnoreCase(s)) return st;
        }
        throw new IllegalArgumentException("status tidak dikenal: " + s);
    }
}
