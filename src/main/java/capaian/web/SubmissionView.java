package capaian.web;

import capaian.store.Submission;

import java.time.Instant;

/** A stored submission as the API shows it, with the links to its files. */
record SubmissionView(long id, String kodeOpd, String opd, int tahun, String periode, String form, int version,
                      String status, int errors, int warnings, int infos, String originalName, String originalSha256,
                      long originalSize, String submittedBy, String submittedAt, String statusNote, String statusBy,
                      String statusAt, Links links) {

    record Links(String self, String original, String result, String report) {}

    static SubmissionView of(Submission s) {
        String base = "/api/v1/submissions/" + s.id();
        return new SubmissionView(s.id(), s.key().kodeOpd(), s.opdName(), s.key().tahun(), s.key().periode(),
                s.key().form(), s.version(), s.status().label(), s.errors(), s.warnings(), s.infos(), s.originalName(),
                s.originalSha256(), s.originalSize(), s.submittedBy(), text(s.submittedAt()), s.statusNote(), s.statusBy(),
                text(s.statusAt()), new Links(base, base + "/original", s.resultSha256() == null ? null : base + "/result",
                base + "/report"));
    }

    private static String text(Instant t) {
        return t == null ? null : t.toString();
    }
}
