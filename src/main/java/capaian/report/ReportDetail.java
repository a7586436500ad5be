package capaian.report;

/** How much of a {@link Report} to build: only what the caller prints or writes, as a row costs heap. */
public enum ReportDetail {
    /** Every row with its typed cells: the JSON report, from which the workbook can be rebuilt. */
    FULL,
    /** Every row without its cells (about half of a report's size): the rekap never shows them. */
    ROWS_WITHOUT_CELLS,
    /**
     * No rows (an empty list): the header, summary, programs and findings, all the command line prints when no JSON
     * report is asked for. A 100,000-row report's rows would take more heap than the evaluation they come from.
     */
    SUMMARY
}
