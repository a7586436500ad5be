package capaian.store;

/**
 * What is known before a submission is stored: its key, what the check found, and the hashes of its files,
 * which must already be durable in the {@link FileStore}.
 */
public record NewSubmission(SubmissionKey key, String opdName, SubmissionStatus status, int errors, int warnings,
                            int infos, String originalName, String originalSha256, long originalSize,
                            String resultSha256, String reportJson, long submittedBy) {}
