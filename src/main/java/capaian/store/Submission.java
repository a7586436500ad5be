package capaian.store;

import java.time.Instant;

/** One stored version of a submission. The report JSON is fetched separately: it can be large. */
public record Submission(long id, SubmissionKey key, int version, String opdName, SubmissionStatus status, int errors,
                         int warnings, int infos, String originalName, String originalSha256, long originalSize,
                         String resultSha256, String submittedBy, Instant submittedAt, String statusNote,
                         String statusBy, Instant statusAt) {}
