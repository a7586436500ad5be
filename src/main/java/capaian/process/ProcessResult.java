package capaian.process;

import capaian.report.Report;

/**
 * What processing one workbook gives: the report and the result workbook (xlsx bytes), or, when the file
 * cannot be read as a workbook at all, a plain Indonesian reason and neither. {@code tooLarge} tells that the
 * reason is a passed limit (the web answers 413 rather than 422). The workbook is also null when write-back
 * was refused for size; the report then holds a RESULT_NOT_WRITTEN finding.
 */
public record ProcessResult(Report report, byte[] workbook, String unreadableReason, boolean tooLarge) {

    public ProcessResult(Report report, byte[] workbook, String unreadableReason) {
        this(report, workbook, unreadableReason, false);
    }

    public static ProcessResult unreadable(String reason) {
        return new ProcessResult(null, null, reason, false);
    }

    public static ProcessResult tooLarge(String reason) {
        return new ProcessResult(null, null, reason, true);
    }

    public boolean readable() {
        return unreadableReason == null;
    }
}
