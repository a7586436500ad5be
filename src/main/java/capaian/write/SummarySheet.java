package capaian.write;

import capaian.findings.Finding;
import capaian.findings.Severity;
import capaian.compute.Entity;
import capaian.compute.GroupSummary;
import capaian.compute.SheetResult;
import capaian.compute.Summaries;
import capaian.compute.Totals;
import capaian.form.Role;
import capaian.model.Document;
import capaian.evaluate.Evaluation;
import capaian.report.Report;
import capaian.rules.Profile;
import capaian.form.ValueType;

import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import capaian.compute.RowResult;
import capaian.compute.RuleFormulas;
import capaian.compute.WrittenView;
import capaian.formula.Cells;
import capaian.formula.Expr;
import capaian.formula.F;
import capaian.formula.Ref;
import capaian.formula.RowList;
import capaian.formula.XValue;

/**
 * The Ringkasan sheet: per program and for the OPD, pagu, realisasi, serapan, mean capaian and its
 * category, efisiensi and findings by severity. Money and ratios are formulas over the form's own cells,
 * so a spreadsheet program recomputes them; counts of findings are values.
 */
final class SummarySheet {
    static final String NAME = "Ringkasan";
    static final String[] COLUMNS = {"Kode", "Program / Perangkat Daerah", "Pagu (Rp)", "Realisasi (Rp)", "Serapan (%)",
            "Rata-rata Capaian (%)", "Kategori", "Efisiensi", "Kategori Efisiensi", "Kesalahan", "Peringatan", "Catatan"};

    /** The header fields listed above the table (Formulir, OPD, kode, tahun, periode, profile). */
    private static final int FIELDS = 6;

    private final Profile profile;
    private final StyleIndexes styles;

    SummarySheet(Profile profile, StyleIndexes styles) {
        this.profile = profile;
        this.styles = styles;
    }

    /**
     * Makes every style {@link #write} may ask for, before it is written (on another thread, from
     * {@link StylesPart#frozen()}); a style this misses is only slower, never wrong (the sheet is written again).
     */
    static void makeStyles(StyleIndexes styles, Profile profile) {
        styles.title();
        styles.label();
        styles.header();
        styles.input(ValueType.TEXT);
        styles.input(ValueType.INTEGER);
        for (ValueType t : List.of(ValueType.MONEY, ValueType.NUMBER, ValueType.TEXT, ValueType.INTEGER)) styles.computed(t);
        for (String fill : profile.categoryFills().values()) styles.withFill(styles.computed(ValueType.TEXT), fill);
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
            Lines lines = new Lines(sheet, main, new WrittenView(ev.sheets()));
            Summaries.Columns cols = Summaries.Columns.of(main);
            RuleFormulas fb = new RuleFormulas(profile, main.sheet().columns());
            String name = main.sheet().name();
            long[][] counts = counts(ev, main, ev.programs());
            int i = 0;
            for (GroupSummary g : ev.programs()) {
                Expr capaian = rataRata() ? average(fb, name, lines.view, cols.capaian(), g.rows()) : null;
                lines.line(r, g.kode(), g.uraian(), g.totals(), sum(fb.leafRows(name, cols.pagu(), g.leaves())),
                        cols.realisasi() == null ? null : sum(fb.leafRows(name, cols.realisasi(), g.leaves())),
                        g.totals().indikator() == 0 ? null : capaian, counts[i++]);
                r++;
            }
            Totals opd = ev.opd();
            Map<String, List<BigDecimal>> mainGroups = Summaries.bySasaran(main, cols.capaian());
            if (opd != null) {
                List<Entity> leaves = main.hierarchy() == null ? List.of() : main.hierarchy().leaves();
                boolean single = mainGroups.size() <= 1
                        && ev.sheets().stream().noneMatch(s -> s != main && s.rows().stream().anyMatch(x -> x.number(Role.CAPAIAN) != null));
                List<Integer> all = main.rows().stream().map(x -> x.row().row()).toList();
                Expr capaian = single && rataRata() && opd.indikator() > 0
                        ? average(fb, name, lines.view, cols.capaian(), all) : null;
                lines.line(r, h.kodeOpd(), "PERANGKAT DAERAH" + (h.opd() == null ? "" : ": " + h.opd()), opd,
                        sum(fb.leafRows(name, cols.pagu(), leaves)),
                        cols.realisasi() == null ? null : sum(fb.leafRows(name, cols.realisasi(), leaves)), capaian,
                        new long[]{count(ev.findings(), Severity.ERROR), count(ev.findings(), Severity.WARNING),
                                count(ev.findings(), Severity.INFO)});
                r++;
            }
            r = sasaran(sheet, r + 1, ev, main, mainGroups);
        }
        sheet.end(null);
    }

    private boolean rataRata() {
        return profile.conclusionMethod() == Profile.ConclusionMethod.RATA_RATA;
    }

    private static Expr sum(RowList rows) {
        return rows == null ? null : F.sum(rows);
    }

    /** The mean of exactly the group's capaian cells that hold one, rounded as the core rounds. */
    private Expr average(RuleFormulas fb, String sheet, WrittenView view, Role capaian, List<Integer> rows) {
        List<Integer> with = new ArrayList<>();
        for (int n : rows) {
            RowResult x = view.row(sheet, n);
            if (x != null && x.number(capaian) != null) with.add(n);
        }
        RowList cells = fb.rows(sheet, capaian, with);
        return cells == null || with.isEmpty() ? null : F.round(F.average(cells), profile.roundingScale());
    }

    /** The sasaran conclusion (RULES section 9) for forms that group indicators by sasaran. */
    private int sasaran(NewSheet sheet, int r, Evaluation ev, SheetResult main, Map<String, List<BigDecimal>> mainGroups)
            throws IOException {
        SheetResult iku = ev.sheets().stream().filter(s -> s != main && s.index() == null).findFirst().orElse(null);
        Map<String, List<BigDecimal>> groups = iku != null ? Summaries.bySasaran(iku, Role.CAPAIAN) : Map.of();
        if (groups.isEmpty()) groups = mainGroups;
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

    /**
     * The program and OPD lines. Each figure gets its formula only where the formula, evaluated over the form
     * sheet as the result holds it and the lines above, gives the figure the report has; else the value.
     */
    private final class Lines {
        final NewSheet sheet;
        final WrittenView view;
        final String main;
        private final Map<Long, Object> written = new HashMap<>();
        private final RuleFormulas local;

        Lines(NewSheet sheet, SheetResult main, WrittenView view) {
            this.sheet = sheet;
            this.view = view;
            this.main = main.sheet().name();
            this.local = new RuleFormulas(profile, Map.of(Role.PAGU, 2, Role.REALISASI_ANGGARAN, 3, Role.SERAPAN, 4,
                    Role.CAPAIAN, 5));
        }

        void line(int r, String kode, String uraian, Totals t, Expr pagu, Expr real, Expr capaian, long[] counts)
                throws IOException {
            int n = r + 1;
            sheet.cell(r, 0, null, kode, styles.input(ValueType.TEXT));
            sheet.cell(r, 1, null, uraian, styles.input(ValueType.TEXT));
            cell(r, 2, pagu, t.pagu(), styles.computed(ValueType.MONEY));
            cell(r, 3, real, t.realisasi(), styles.computed(ValueType.MONEY));
            cell(r, 4, local.serapan(Ref.of(2, n), Ref.of(3, n)), t.serapan(), styles.computed(ValueType.NUMBER));
            cell(r, 5, capaian, t.capaian(), styles.computed(ValueType.NUMBER));
            cell(r, 6, local.category(Ref.of(5, n), profile.conclusionScale()), t.kategori(),
                    fill(styles.computed(ValueType.TEXT), t.kategori()));
            cell(r, 7, local.efisiensi(F.rows(null, 5, List.of(n)), Ref.of(4, n)), t.efisiensi(),
                    styles.computed(ValueType.NUMBER));
            sheet.cell(r, 8, null, t.kategoriEfisiensi(), styles.computed(ValueType.TEXT));
            for (int i = 0; i < 3; i++) sheet.cell(r, 9 + i, null, BigDecimal.valueOf(counts[i]), styles.computed(ValueType.INTEGER));
        }

        private void cell(int r, int c, Expr e, Object value, int style)
                throws IOException {
            String formula = null;
            if (e != null && value != null) {
                Cells cells = (s, col, row) -> s == null ? XValue.of(written.get(key(col, row))) : view.get(s, col, row);
                if (e.result(cells).shows(value)) formula = F.formula(e);
            }
            written.put(key(c, r + 1), value);
            sheet.cell(r, c, formula, value, style);
        }
    }

    private static long key(int column, int row) {
        return ((long) row << 20) | column;
    }

    private int fill(int base, String label) {
        String f = label == null ? null : profile.categoryFill(label);
        return f == null ? base : styles.withFill(base, f);
    }

    private int field(NewSheet sheet, int r, String label, String value) throws IOException {
        sheet.text(r, 0, label, styles.label());
        sheet.text(r, 1, value == null ? "" : value, 0);
        return r + 1;
    }

    /** Findings by severity for each program line, in one pass over the findings (rows mapped to their line). */
    private static long[][] counts(Evaluation ev, SheetResult main, List<GroupSummary> groups) {
        long[][] out = new long[groups.size()][3];
        Map<Integer, Integer> lineOf = new HashMap<>();
        for (int i = 0; i < groups.size(); i++) for (int row : groups.get(i).rows()) lineOf.putIfAbsent(row, i);
        String sheet = main.sheet().name();
        for (Finding f : ev.findings()) {
            if (!sheet.equals(f.sheet())) continue;
            Integer i = lineOf.get(f.row());
            if (i != null) out[i][f.severity().ordinal()]++;
        }
        return out;
    }

    private static long count(List<Finding> fs, Severity s) {
        return fs.stream().filter(f -> f.severity() == s).count();
    }
}
