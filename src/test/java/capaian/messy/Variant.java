package capaian.messy;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;

/**
 * One messy workbook to measure: a filled example changed as a new user would change it.
 *
 * @param name        short unique name, also its file name (without extension)
 * @param description what was done to the example, in a sentence
 * @param base        the clean example it comes from (file name without extension), or null for a workbook of
 *                    unknown origin (measured without totals)
 * @param extension   "xlsx" or "xls"
 * @param bytes       the workbook as given to Capaian; for a {@link Resave} the workbook LibreOffice saves first
 * @param resave      null, or how LibreOffice re-saves the workbook before it is processed
 * @param truth       the totals the report must give (the clean workbook's), or null when unknown
 * @param explainedBy finding codes any of which explains totals that differ from the truth ("*error": any error)
 * @param sheetsNamed sheet names a finding naming all of them explains differing totals (a choice among sheets)
 * @param expected    cells of the user's own (totals and formulas) that must recompute to a known value
 */
public record Variant(String name, String description, String base, String extension, byte[] bytes, Resave resave,
                      Totals truth, Set<String> explainedBy, List<String> sheetsNamed, List<ExpectedCell> expected) {

    /** LibreOffice re-saves the workbook as {@code extension}; when {@code result}, Capaian's result of it is re-saved. */
    public record Resave(String extension, boolean result) {}

    /** The figures of a report's summary that are checked against the truth. */
    public record Totals(BigDecimal pagu, BigDecimal realisasi, BigDecimal serapan, BigDecimal capaian) {
        static Totals of(capaian.report.Report report) {
            var s = report.summary();
            return new Totals(s.pagu(), s.realisasi(), s.serapan(), s.capaian());
        }
    }

    /** A cell the user wrote (a total, a formula) whose recalculated value must be {@code value}. */
    public record ExpectedCell(String sheet, String cell, BigDecimal value) {}

    public String fileName() {
        return name + "." + extension;
    }
}
