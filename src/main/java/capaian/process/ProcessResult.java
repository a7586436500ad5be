package capaian.process;

import capaian.report.Report;

/**
 * What processing one workbook gives: the report and the result workbook (xlsx bytes), or, when the file
 * cannot be read as a workbook at all, a plain Indonesian reason and neither.
 */
public record ProcessResult(Report report, byte[] workbook, String unreadableReason) {

    public static ProcessResult unreadable(String reason) {
        return new ProcessResult(null, null, reason);
    }

    public boolean readable() {
        return unreadableReason == null;
    }
}
