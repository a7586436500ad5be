package capaian.report;

import capaian.findings.Finding;
import capaian.findings.Severity;
import capaian.compute.Entity;
import capaian.compute.GroupSummary;
import capaian.compute.Polarity;
import capaian.compute.RowResult;
import capaian.compute.SheetResult;
import capaian.compute.Totals;
import capaian.form.Column;
import capaian.form.Role;
import capaian.model.Document;
import capaian.model.SheetRow;
import capaian.evaluate.Evaluation;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Builds the JSON report (docs/report.md) from an evaluation. */
public final class ReportBuilder {
    private ReportBuilder() {}

    public static Report build(Evaluation ev) {
        return build(ev, ReportDetail.FULL);
    }

    /**
     * @param withCells whether each row carries its typed {@code cells}: the rekap never shows them, and left out
     *                  they are about half of a report's size
     */
    public static Report build(Evaluation ev, boolean withCells) {
        return build(ev, withCells ? ReportDetail.FULL : ReportDetail.ROWS_WITHOUT_CELLS);
    }

    public static Report build(Evaluation ev, ReportDetail detail) {
        Document doc = ev.document();
        List<Report.Row> rows = new ArrayList<>();
        if (detail != ReportDetail.SUMMARY) {
            boolean withCells = detail == ReportDetail.FULL;
            for (SheetResult s : ev.sheets()) {
                for (RowResult r : s.rows()) rows.add(row(s, r, withCells));
            }
        }
        List<Report.FindingEntry> findings = new ArrayList<>();
        for (Finding f : ev.findings()) {
            findings.add(new Report.FindingEntry(f.code().name(), f.severity().label(), f.sheet(), f.cell(), f.value(),
                    f.message()));
        }
        Totals t = ev.opd();
        int errors = count(ev, Severity.ERROR);
        int warnings = count(ev, Severity.WARNING);
        int infos = count(ev, Severity.INFO);
        Report.Summary summary = t == null
                ? new Report.Summary(null, null, null, null, null, null, null, 0, 0, errors, warnings, infos)
                : new Report.Summary(t.pagu(), t.realisasi(), t.serapan(), t.capaian(), t.kategori(), t.efisiensi(),
                t.kategoriEfisiensi(), t.subKegiatan(), t.indikator(), errors, warnings, infos);
        Map<String, String> footer = new LinkedHashMap<>();
        doc.sheets().forEach(sheet -> footer.putAll(sheet.footerValues()));
        List<Report.Program> programs = new ArrayList<>();
        for (GroupSummary g : ev.programs()) {
            Totals p = g.totals();
            programs.add(new Report.Program(g.kode(), g.uraian(), p.pagu(), p.realisasi(), p.serapan(), p.capaian(),
                    p.kategori()));
        }
        return new Report(doc.form().id(), new Report.ProfileRef(ev.profile().name(), ev.profile().version()),
                header(doc), summary, rows, findings, footer.isEmpty() ? null : footer, programs);
    }

    private static int count(Evaluation ev, Severity s) {
        return (int) ev.findings().stream().filter(f -> f.severity() == s).count();
    }

    /** The header fields every form has, reported in their own fields of {@link Report.Header}. */
    private static final java.util.Set<String> COMMON_HEADER = java.util.Set.of("opd", "kodeOpd", "tahun", "triwulan");

    public static Report.Header header(Document doc) {
        Integer tahun = null;
        String t = doc.headerText("tahun");
        if (t != null) {
            String digits = t.replaceAll("[^0-9]", "");
            if (digits.length() == 4) tahun = Integer.valueOf(digits);
        }
        String tw = doc.headerText("triwulan");
        boolean hasTriwulan = doc.form().mainSheet().headerFields().stream().anyMatch(f -> f.key().equals("triwulan"));
        // A header may already say "TW II" or "Triwulan 2": one "TW" in front of the numeral, never two.
        String twKey = capaian.model.Periode.normalize(tw);
        String periode = hasTriwulan ? (tw == null ? null : twKey != null ? "TW " + twKey : tw.trim().toUpperCase(Locale.ROOT)) : "Tahunan";
        Map<String, String> fields = new LinkedHashMap<>();
        for (var sheet : doc.form().sheets()) {
            for (var f : sheet.headerFields()) {
                if (COMMON_HEADER.contains(f.key()) || fields.containsKey(f.key())) continue;
                String v = doc.headerText(f.key());
                if (v != null && !v.isBlank()) fields.put(f.key(), v);
            }
        }
        return new Report.Header(doc.headerText("opd"), doc.headerText("kodeOpd"), tahun, periode,
                fields.isEmpty() ? null : fields);
    }

    private static Report.Row row(SheetResult s, RowResult r, boolean withCells) {
        SheetRow row = r.row();
        Entity e = r.entity();
        String satuan = row.text(Role.SATUAN);
        if (satuan == null && row.get(Role.TARGET).unit() != null) satuan = row.get(Role.TARGET).unit();
        Polarity p = Polarity.parse(row.text(Role.POLARITAS));
        String uraian = row.text(Role.URAIAN);
        if (uraian == null && e != null) uraian = e.first().text(Role.URAIAN);
        Map<String, Object> extra = new RowFields();
        if (s.index() != null && s.index().line(row) != null) {
            // An Indeks row: which index and which part; its figures follow as maksimum, skor, persentase.
            var line = s.index().line(row);
            extra.put("blok", line.block().kind().label());
            extra.put("baris", line.kind().name().toLowerCase(Locale.ROOT));
            if (line.known() != null) extra.put("komponen", line.known().name());
            else if (row.text(Role.KOMPONEN) != null) extra.put("komponen", row.text(Role.KOMPONEN));
        }
        for (Column c : s.sheet().definition().columns()) {
            if (!c.computed() || isMain(c.role())) continue;
            Object v = r.computed().get(c.role());
            if (v != null) extra.put(key(c.role()), v);
        }
        // The Monitoring form's year columns fill the common fields, so every form reads the same way:
        // target/realisasi (8)/(13) K, capaian (14) K, pagu (8) Rp, realisasi anggaran (13) Rp, serapan (14) Rp.
        boolean monitoring = s.sheet().has(Role.RENJA_TARGET_K);
        String target = monitoring ? row.text(Role.RENJA_TARGET_K) : row.text(Role.TARGET);
        Object year = r.computed().get(Role.RENJA_REALISASI_K);
        String realisasi = monitoring ? (year instanceof BigDecimal b ? capaian.compute.Numbers.display(b)
                : year == null ? null : year.toString()) : row.text(Role.REALISASI);
        BigDecimal pagu = first(r.money().get(Role.PAGU), r.money().get(Role.RENJA_TARGET_RP));
        BigDecimal real = first(r.money().get(Role.REALISASI_ANGGARAN), r.number(Role.RENJA_REALISASI_RP));
        return new Report.Row(s.sheet().name(), row.row(), e != null ? e.kode() : row.text(Role.KODE),
                e != null ? e.level().key() : null, uraian, row.text(Role.INDIKATOR), satuan,
                (p == null ? Polarity.POSITIF : p).label(), target, realisasi,
                first(r.number(Role.CAPAIAN), r.number(Role.RENJA_CAPAIAN_K)),
                r.text(Role.KATEGORI) != null ? r.text(Role.KATEGORI) : r.text(Role.PREDIKAT), pagu, real,
                first(r.number(Role.SERAPAN), r.number(Role.RENJA_CAPAIAN_RP)),
                first(r.number(Role.SISA), monitoring && pagu != null && real != null ? pagu.subtract(real) : null),
                r.number(Role.EFISIENSI), extra.isEmpty() ? null : extra, withCells ? cells(s, r) : null);
    }

    /**
     * The row's cells as typed, by column key: numbers as numbers, text as found. A cell Capaian fills by a
     * link (an IKU realisasi fed by its index total) was not typed, so it is left out: rebuilt, it links again.
     */
    private static Map<String, Object> cells(SheetResult s, RowResult r) {
        SheetRow row = r.row();
        Map<String, Object> cells = new RowFields();
        for (Column c : s.sheet().definition().columns()) {
            if (!s.sheet().has(c.role()) || r.links().containsKey(c.role())) continue;
            Object v = row.typed(c.role());
            if (v != null) cells.put(key(c.role()), v);
        }
        return cells;
    }

    /** A column's key in {@code cells} and {@code extra}: its role in camel case (tw1K, realisasiAnggaran). */
    public static String key(Role role) {
        return KEYS[role.ordinal()];
    }

    /** Each role's key made once: a row's cells otherwise each carried their own copy of it. */
    private static final String[] KEYS = java.util.Arrays.stream(Role.values()).map(ReportBuilder::camel)
            .toArray(String[]::new);

    private static BigDecimal first(BigDecimal a, BigDecimal b) {
        return a != null ? a : b;
    }

    private static boolean isMain(Role role) {
        return switch (role) {
            case CAPAIAN, KATEGORI, SERAPAN, SISA, EFISIENSI -> true;
            default -> false;
        };
    }

    static String camel(Role role) {
        String[] parts = role.name().toLowerCase(Locale.ROOT).split("_");
        StringBuilder sb = new StringBuilder(parts[0]);
        for (int i = 1; i < parts.length; i++) {
            sb.append(Character.toUpperCase(parts[i].charAt(0))).append(parts[i].substring(1));
        }
        return sb.toString();
    }
}
