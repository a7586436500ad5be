package capaian.write;

import capaian.findings.Finding;
import capaian.findings.Severity;
import capaian.evaluate.Evaluation;
import capaian.form.ValueType;

import java.io.IOException;

/** The Temuan sheet: every finding, one per row, filterable. */
final class FindingsSheet {
    static final String NAME = "Temuan";
    static final String[] COLUMNS = {"No", "Tingkat", "Kode Temuan", "Lembar", "Sel", "Nilai", "Pesan"};
    static final int[] WIDTHS = {6, 11, 24, 14, 8, 22, 100};

    /**
     * The most findings whose sheet is written to memory on the spare core (about 4 MB of XML): more are written on
     * the job's thread, straight into the zip, so that 100,000 rows keep to the command line's 256 MB.
     */
    static final int BESIDE_AT_MOST = 5_000;

    private FindingsSheet() {}

    /** Makes every style {@link #write} may ask for (see {@link SummarySheet#makeStyles}). */
    static void makeStyles(StyleIndexes styles) {
        styles.header();
        int text = styles.input(ValueType.TEXT);
        for (Severity s : Severity.values()) styles.withFill(text, ResultWriter.fillFor(s));
        styles.withFill(text, "FFFFFF");
    }

    /** The range of the auto filter: the titles and every finding (at least one row). */
    static String autoFilter(Evaluation ev) {
        return "A1:" + capaian.model.CellRef.a1(COLUMNS.length - 1, Math.max(2, ev.findings().size() + 1));
    }

    static void write(NewSheet sheet, Evaluation ev, StyleIndexes styles) throws IOException {
        sheet.begin(WIDTHS, 1);
        for (int c = 0; c < COLUMNS.length; c++) sheet.text(0, c, COLUMNS[c], styles.header());
        int r = 1;
        for (Finding f : ev.findings()) {
            String[] v = {Integer.toString(r), f.severity().word(), f.code().name(), f.sheet(), f.cell(), f.value(), f.message()};
            for (int c = 0; c < v.length; c++) {
                sheet.text(r, c, v[c] == null ? "" : v[c], styles.withFill(styles.input(ValueType.TEXT),
                        c == 1 ? ResultWriter.fillFor(f.severity()) : "FFFFFF"));
            }
            r++;
        }
        if (r == 1) sheet.text(1, 6, "Tidak ada temuan.", 0);
        sheet.end(autoFilter(ev));
    }
}
