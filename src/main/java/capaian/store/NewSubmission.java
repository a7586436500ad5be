package capaian.store;

/**
 * What is known before a submission is stored: its key, what the check found, and the hashes of its files, which
 * {@link Store#addSubmission(NewSubmission, java.util.List)} stores with it (or which must already be stored).
 */
public record NewSubmission(SubmissionKey key, String opdName, SubmissionStatus status, int errors, int warnings,
                            int infos, String originalName, String originalSha256, long originalSize,
                            String resultSha256, String reportJson, long submittedBy) {}
