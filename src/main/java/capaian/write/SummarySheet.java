package capaian.write;

import capaian.check.Finding;
import capaian.check.Severity;
import capaian.compute.Entity;
import capaian.compute.GroupSummary;
import capaian.compute.SheetResult;
import capaian.compute.Summaries;
import capaian.compute.Totals;
import capaian.form.Role;
import capaian.model.Document;
import capaian.process.Evaluation;
import capaian.report.Report;
import capaian.rules.Profile;
import capaian.value.ValueType;

import java.io.IOException;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * The Ringkasan sheet: per program and for the OPD, pagu, realisasi, serapan, mean capaian and its
 * category, efisiensi and findings by severity. Money and ratios are formulas over the form's own cells,
 * so a spreadsheet program recomputes them; counts of findings are values.
 */
final class SummarySheet {
    static final String NAME = "Ringkasan";
    static final String[] COLUMNS = {"Kode", "Program / Perangkat Daerah", "Pagu (Rp)", "Realisasi (Rp)", "Serapan (%)",
            "Rata-rata Capaian (%)", "Kategori", "Efisiensi", "Kategori Efisiensi", "Error", "Peringatan", "Info"};

    /** The header fields listed above the table (Formulir, OPD, kode, tahun, periode, profile). */
    private static final int FIELDS = 6;

    private final Profile profile;
    private final Styles styles;

    SummarySheet(Profile profile, Styles styles) {
        this.profile = profile;
        this.styles = styles;
    }

    void write(NewSheet sheet, Evaluation ev) throws IOException {
        Document doc = ev.document();
        Report.Header h = capaian.report.ReportBuilder.header(doc);
        int[] widths = new int[COLUMNS.length];
        widths[0] = 18;
        widths[1] = 48;
        for (int c = 2; c < COLUMNS.length; c++) widths[c] = 16;
        // title, a blank line, the fields, a blank line and the column titles stay in view
        sheet.begin(widths, 2 + FIELDS + 1 + 1);
        int r = 0;
        sheet.text(r++, 0, "RINGKASAN HASIL PEMERIKSAAN DAN PERHITUNGAN CAPAIAN", styles.title());
        r++;
        r = field(sheet, r, "Formulir", doc.form().title());
        r = field(sheet, r, "Nama OPD", h.opd());
        r = field(sheet, r, "Kode OPD", h.kodeOpd());
        r = field(sheet, r, "Tahun", h.tahun() == null ? null : h.tahun().toString());
        r = field(sheet, r, "Periode", h.periode());
        r = field(sheet, r, "Profil aturan", profile.name() + " versi " + profile.version());
        r++;
        for (int c = 0; c < COLUMNS.length; c++) sheet.text(r, c, COLUMNS[c], styles.header());
        r++;
        SheetResult main = ev.sheets().stream().filter(s -> s.sheet().definition() == doc.form().mainSheet())
                .findFirst().orElse(null);
        if (main != null) {
            String prefix = "'" + main.sheet().name().replace("'", "''") + "'!";
            FormulaBuilder fb = new FormulaBuilder(profile, main.sheet().columns());
            Summaries.Columns cols = Summaries.Columns.of(main);
            for (GroupSummary g : ev.programs()) {
                List<Entity> leaves = leavesOf(main, g);
                String capaian = profile.conclusionMethod() == Profile.ConclusionMethod.RATA_RATA
                        ? "ROUND(AVERAGE(" + fb.span(prefix, cols.capaian(), g.firstRow(), g.lastRow()) + ")," + profile.roundingScale() + ")"
                        : null;
                line(sheet, r, g.kode(), g.uraian(), g.totals(), fb.leafSum(prefix, cols.pagu(), leaves),
                        cols.realisasi() == null ? null : fb.leafSum(prefix, cols.realisasi(), leaves),
                        g.totals().indikator() == 0 ? null : capaian, counts(ev, g));
                r++;
            }
            Totals opd = ev.opd();
            if (opd != null) {
                List<Entity> leaves = main.hierarchy() == null ? List.of() : main.hierarchy().leaves();
                boolean single = Summaries.bySasaran(main, cols.capaian()).size() <= 1
                        && ev.sheets().stream().noneMatch(s -> s != main && s.rows().stream().anyMatch(x -> x.number(Role.CAPAIAN) != null));
                int last = main.rows().isEmpty() ? 0 : main.rows().get(main.rows().size() - 1).row().row();
                int first = main.rows().isEmpty() ? 0 : main.rows().get(0).row().row();
                String capaian = single && profile.conclusionMethod() == Profile.ConclusionMethod.RATA_RATA && opd.indikator() > 0
                        ? "ROUND(AVERAGE(" + fb.span(prefix, cols.capaian(), first, last) + ")," + profile.roundingScale() + ")"
                        : null;
                line(sheet, r, h.kodeOpd(), "PERANGKAT DAERAH" + (h.opd() == null ? "" : ": " + h.opd()), opd,
                        fb.leafSum(prefix, cols.pagu(), leaves),
                        cols.realisasi() == null ? null : fb.leafSum(prefix, cols.realisasi(), leaves), capaian,
                        new long[]{count(ev.findings(), Severity.ERROR), count(ev.findings(), Severity.WARNING),
                                count(ev.findings(), Severity.INFO)});
                r++;
            }
            r = sasaran(sheet, r + 1, ev, main);
        }
        sheet.end(null);
    }

    /** The sasaran conclusion (RULES section 9) for forms that group indicators by sasaran. */
    private int sasaran(NewSheet sheet, int r, Evaluation ev, SheetResult main) throws IOException {
        SheetResult iku = ev.sheets().stream().filter(s -> s != main && s.index() == null).findFirst().orElse(null);
        Map<String, List<BigDecimal>> groups = iku != null ? Summaries.bySasaran(iku, Role.CAPAIAN) : Map.of();
        if (groups.isEmpty()) groups = Summaries.bySasaran(main, Summaries.Columns.of(main).capaian());
        if (groups.size() <= 1 && groups.keySet().stream().allMatch(String::isEmpty)) return r;
        sheet.text(r, 0, "No", styles.header());
        sheet.text(r, 1, "Sasaran", styles.header());
        sheet.text(r, 2, "Jumlah Indikator", styles.header());
        sheet.text(r, 3, "Capaian Sasaran (%)", styles.header());
        sheet.text(r, 4, "Kategori", styles.header());
        r++;
        var rule = new capaian.compute.ConclusionRule(profile);
        int no = 1;
        for (Map.Entry<String, List<BigDecimal>> g : groups.entrySet()) {
            BigDecimal c = capaian.compute.Numbers.round(rule.conclude(g.getValue()), profile.roundingScale());
            sheet.text(r, 0, Integer.toString(no++), styles.input(ValueType.TEXT));
            sheet.text(r, 1, g.getKey().isEmpty() ? "(tanpa sasaran)" : g.getKey(), styles.input(ValueType.TEXT));
            sheet.number(r, 2, BigDecimal.valueOf(g.getValue().size()), styles.input(ValueType.INTEGER));
            sheet.number(r, 3, c, styles.computed(ValueType.NUMBER));
            String kat = profile.conclusionScale().categorize(c);
            sheet.text(r, 4, kat, fill(styles.computed(ValueType.TEXT), kat));
            r++;
        }
        return r;
    }

    private void line(NewSheet row, int r, String kode, String uraian, Totals t, String paguF, String realF,
                      String capaianF, long[] counts) throws IOException {
        int rowNum = r + 1;
        row.cell(r, 0, null, kode, styles.input(ValueType.TEXT));
        row.cell(r, 1, null, uraian, styles.input(ValueType.TEXT));
        row.cell(r, 2, t.pagu() == null ? null : paguF, t.pagu(), styles.computed(ValueType.MONEY));
        row.cell(r, 3, t.realisasi() == null ? null : realF, t.realisasi(), styles.computed(ValueType.MONEY));
        FormulaBuilder local = new FormulaBuilder(profile, Map.of(Role.PAGU, 2, Role.REALISASI_ANGGARAN, 3,
                Role.SERAPAN, 4, Role.CAPAIAN, 5));
        row.cell(r, 4, t.serapan() == null ? null : local.serapan("C" + rowNum, "D" + rowNum), t.serapan(),
                styles.computed(ValueType.NUMBER));
        row.cell(r, 5, t.capaian() == null ? null : capaianF, t.capaian(), styles.computed(ValueType.NUMBER));
        row.cell(r, 6, t.kategori() == null ? null : local.category("F" + rowNum, profile.conclusionScale()), t.kategori(),
                fill(styles.computed(ValueType.TEXT), t.kategori()));
        row.cell(r, 7, t.efisiensi() == null ? null : local.efisiensi(List.of("F" + rowNum), "E" + rowNum), t.efisiensi(),
                styles.computed(ValueType.NUMBER));
        row.cell(r, 8, null, t.kategoriEfisiensi(), styles.computed(ValueType.TEXT));
        for (int i = 0; i < 3; i++) row.cell(r, 9 + i, null, BigDecimal.valueOf(counts[i]), styles.computed(ValueType.INTEGER));
    }

    private org.apache.poi.xssf.usermodel.XSSFCellStyle fill(org.apache.poi.xssf.usermodel.XSSFCellStyle base, String label) {
        String f = label == null ? null : profile.categoryFill(label);
        return f == null ? base : styles.withFill(base, f);
    }

    private int field(NewSheet sheet, int r, String label, String value) throws IOException {
        sheet.text(r, 0, label, styles.label());
        sheet.text(r, 1, value == null ? "" : value, null);
        return r + 1;
    }

    private static List<Entity> leavesOf(SheetResult main, GroupSummary g) {
        return main.hierarchy().leaves().stream()
                .filter(e -> e.first().row() >= g.firstRow() && e.first().row() <= g.lastRow()).toList();
    }

    private static long[] counts(Evaluation ev, GroupSummary g) {
        List<Finding> in = ev.findings().stream()
                .filter(f -> g.sheet().equals(f.sheet()) && f.row() >= g.firstRow() && f.row() <= g.lastRow()).toList();
        return new long[]{count(in, Severity.ERROR), count(in, Severity.WARNING), count(in, Severity.INFO)};
    }

    private static long count(List<Finding> fs, Severity s) {
        return fs.stream().filter(f -> f.severity() == s).count();
    }
}
