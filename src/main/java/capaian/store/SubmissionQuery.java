package capaian.store;

/** Filters for listing submissions; a null field does not filter. */
public record SubmissionQuery(String kodeOpd, Integer tahun, String periode, String form, boolean latestOnly) {

    public static SubmissionQuery all() {
        return new SubmissionQuery(null, null, null, null, false);
    }
}
