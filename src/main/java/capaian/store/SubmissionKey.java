package capaian.store;

/** What a submission is for: one OPD's form for one tahun and periode. Versions 1..n share a key. */
public record SubmissionKey(String kodeOpd, int tahun, String periode, String form) {}
