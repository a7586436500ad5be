package capaian.store;

import java.time.Instant;

/** Bappeda's note on a row (cell null) or one cell (A1) of a sheet of a submission's workbook. */
public record SubmissionNote(long id, long submissionId, String sheet, int row, String cell, String note, String author,
                             Instant createdAt) {}
