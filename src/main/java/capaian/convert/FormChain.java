package capaian.convert;

import capaian.findings.Finding;
import capaian.findings.FindingCode;
import capaian.compute.Entity;
import capaian.compute.Jenis;
import capaian.compute.RowResult;
import capaian.compute.SheetResult;
import capaian.form.FormDefinition;
import capaian.form.Forms;
import capaian.form.Role;
import capaian.form.SheetDefinition;
import capaian.model.SheetRow;
import capaian.evaluate.Evaluation;
import capaian.rules.Profile;
import capaian.value.CellValue;
import capaian.write.FormFiller;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * The forms of a year, each prefilled from the one before: the Renja gives a quarter's Lampiran Realisasi,
 * a Lampiran gives the next quarter's, and the Renja with the quarters' Lampiran gives the Monitoring Capaian
 * Kinerja. On the way, each Lampiran is compared with its Renja (rows added or removed, targets and pagu
 * changed). Pure over evaluations; the workbooks are the forms' own templates, filled by {@link FormFiller}.
 */
public final class FormChain {
    static final String[] ROMAN = {"I", "II", "III", "IV"};

    /** What the Renja gives a Lampiran: the structure, indicators, targets and pagu. */
    private static final List<Role> FROM_RENJA = List.of(Role.NO, Role.KODE, Role.TINGKAT, Role.URAIAN, Role.INDIKATOR,
            Role.SATUAN, Role.POLARITAS, Role.JENIS, Role.TARGET, Role.PAGU);
    /** A quarter's own text and its s/d-triwulan target are not the next quarter's. */
    private static final List<Role> CLEARED_NEXT_QUARTER = List.of(Role.PERMASALAHAN, Role.SOLUSI, Role.TARGET_TW);

    /** A prefilled form: its workbook, its file name, and what the comparison with the Renja found. */
    public record Prefilled(FormDefinition form, String fileName, byte[] workbook, List<Finding> findings) {}

    private final Profile profile;

    public FormChain(Profile profile) {
        this.profile = profile;
    }

    /** The Renja to the Lampiran Realisasi of triwulan {@code tw} (1-4). */
    public Prefilled lampiranFromRenja(Evaluation renja, int tw) throws ConvertException {
        require(renja, Forms.RENJA, "Renja");
        if (tw < 1 || tw > 4) throw new ConvertException("Triwulan harus I, II, III atau IV.");
        SheetResult main = main(renja);
        FormFiller f = filler(Forms.LAMPIRAN_REALISASI, main.rows().size());
        header(f, renja, tw);
        int n = 0;
        for (RowResult r : main.rows()) {
            for (Role role : FROM_RENJA) f.set(Forms.LAMPIRAN_REALISASI.mainSheet(), n, role, r.row().typed(role));
            n++;
        }
        return new Prefilled(Forms.LAMPIRAN_REALISASI, name("lampiran-realisasi", renja, tw), f.bytes(), List.of());
    }

    /**
     * A Lampiran Realisasi of TW n to TW n+1: everything carried (realisasi is cumulative, so this quarter's
     * is the next one's starting point) except permasalahan, solusi and the s/d-triwulan target.
     *
     * @param renja the year's Renja to compare with, or null
     */
    public Prefilled nextLampiran(Evaluation lampiran, Evaluation renja) throws ConvertException {
        require(lampiran, Forms.LAMPIRAN_REALISASI, "Lampiran Realisasi");
        int tw = triwulan(lampiran);
        if (tw == 4) {
            throw new ConvertException("Lampiran ini sudah triwulan IV. Formulir berikutnya adalah Monitoring Capaian "
                    + "Kinerja: buat dari Renja dan Lampiran Realisasi triwulan I-IV.");
        }
        List<Finding> findings = renja == null ? List.of() : compare(renja, lampiran);
        SheetResult main = main(lampiran);
        SheetDefinition def = Forms.LAMPIRAN_REALISASI.mainSheet();
        FormFiller f = filler(Forms.LAMPIRAN_REALISASI, main.rows().size());
        header(f, lampiran, tw + 1);
        int n = 0;
        for (RowResult r : main.rows()) {
            for (var c : def.columns()) {
                if (!c.computed() && !CLEARED_NEXT_QUARTER.contains(c.role())) f.set(def, n, c.role(), r.row().typed(c.role()));
            }
            n++;
        }
        return new Prefilled(Forms.LAMPIRAN_REALISASI, name("lampiran-realisasi", lampiran, tw + 1), f.bytes(), findings);
    }

    /**
     * The Renja and the quarters' Lampiran Realisasi (any of TW I-IV, each once) to the Monitoring Capaian Kinerja:
     * the Renja's rows with (8) its target and pagu, and (9)-(12) each quarter's own realisasi. The Lampiran's
     * figures are cumulative (s/d triwulan): a kumulatif indicator's quarter is the difference from the quarter
     * before, an akhir indicator's is the quarter's value as it is, and rupiah are always differences.
     */
    public Prefilled monitoring(Evaluation renja, List<Evaluation> lampirans) throws ConvertException {
        require(renja, Forms.RENJA, "Renja");
        Map<Integer, Evaluation> quarters = new TreeMap<>();
        for (Evaluation l : lampirans) {
            require(l, Forms.LAMPIRAN_REALISASI, "Lampiran Realisasi");
            int tw = triwulan(l);
            if (quarters.put(tw, l) != null) {
                throw new ConvertException("Ada dua Lampiran Realisasi triwulan " + ROMAN[tw - 1] + ". Kirim satu per triwulan.");
            }
        }
        if (quarters.isEmpty()) throw new ConvertException("Sertakan minimal satu Lampiran Realisasi.");
        List<Finding> findings = new ArrayList<>();
        Map<Integer, Map<Key, RowResult>> byQuarter = new TreeMap<>();
        for (var e : quarters.entrySet()) {
            findings.addAll(compare(renja, e.getValue()));
            byQuarter.put(e.getKey(), index(main(e.getValue())));
        }
        SheetResult plan = main(renja);
        SheetDefinition def = Forms.MONITORING_CAPAIAN.mainSheet();
        FormFiller f = filler(Forms.MONITORING_CAPAIAN, plan.rows().size());
        header(f, renja, quarters.keySet().stream().max(Integer::compare).orElseThrow());
        int n = 0;
        for (RowResult r : plan.rows()) {
            SheetRow row = r.row();
            for (Role role : List.of(Role.NO, Role.KODE, Role.TINGKAT, Role.URAIAN, Role.INDIKATOR, Role.SATUAN,
                    Role.POLARITAS, Role.JENIS)) {
                f.set(def, n, role, row.typed(role));
            }
            f.set(def, n, Role.RENJA_TARGET_K, row.typed(Role.TARGET));
            f.set(def, n, Role.RENJA_TARGET_RP, row.typed(Role.PAGU));
            Jenis jenis = Jenis.parse(row.text(Role.JENIS));
            if (jenis == null) jenis = Jenis.assumed(row.text(Role.SATUAN), row.get(Role.TARGET));
            Key key = Key.of(r);
            CellValue previousK = null;
            BigDecimal previousRp = null;
            Object penanggungJawab = null;
            for (var q : byQuarter.entrySet()) {
                RowResult l = q.getValue().get(key);
                if (l == null) continue;
                CellValue k = l.row().get(Role.REALISASI);
                f.set(def, n, Role.quarterK(q.getKey()), quarterK(jenis, l.row(), k, previousK));
                if (!k.isBlank()) previousK = k;
                BigDecimal rp = leafMoney(l, Role.REALISASI_ANGGARAN);
                if (rp != null) {
                    f.set(def, n, Role.quarterRp(q.getKey()), previousRp == null ? rp : rp.subtract(previousRp));
                    previousRp = rp;
                }
                penanggungJawab = l.row().typed(Role.PENANGGUNG_JAWAB);
            }
            f.set(def, n, Role.PENANGGUNG_JAWAB, penanggungJawab);
            n++;
        }
        return new Prefilled(Forms.MONITORING_CAPAIAN, name("monitoring-capaian", renja, quarters.keySet().stream()
                .max(Integer::compare).orElseThrow()), f.bytes(), List.copyOf(findings));
    }

    /** A kumulatif quarter from cumulative figures: the difference from the last quarter before that has one. */
    private static Object quarterK(Jenis jenis, SheetRow row, CellValue k, CellValue previous) {
        if (k.isBlank()) return null;
        if (jenis == Jenis.AKHIR || !k.isNumeric() || previous == null || !previous.isNumeric()) return row.typed(Role.REALISASI);
        return k.numeric().subtract(previous.numeric());
    }

    /** A leaf's own money on its entity's first row; parents are left for the form to sum. */
    private static BigDecimal leafMoney(RowResult r, Role role) {
        if (!r.entityRow() || !r.entity().isLeaf()) return null;
        return r.money().get(role);
    }

    /**
     * A Lampiran Realisasi against its Renja: rows (code and indicator) added or removed, targets changed, and
     * sub kegiatan pagu changed.
     */
    public List<Finding> compare(Evaluation renja, Evaluation lampiran) {
        SheetResult plan = main(renja);
        SheetResult actual = main(lampiran);
        String sheet = actual.sheet().name();
        int tw = safeTriwulan(lampiran);
        String periode = tw == 0 ? "Lampiran" : "TW " + ROMAN[tw - 1];
        // A Renja of another year or OPD differs on every row: one finding says so instead of a flood of them.
        List<Finding> out = otherPlan(renja, lampiran, actual, periode);
        if (!out.isEmpty()) return out;
        Map<Key, RowResult> planned = index(plan);
        Map<Key, RowResult> reported = index(actual);
        for (var e : reported.entrySet()) {
            RowResult l = e.getValue();
            RowResult p = planned.get(e.getKey());
            int row = l.row().row();
            if (p == null) {
                out.add(Finding.of(FindingCode.CHAIN_ROW_ADDED, sheet, actual.sheet().cell(Role.KODE, row), row,
                        e.getKey().describe(), Map.of("periode", periode)));
                continue;
            }
            CellValue t = l.row().get(Role.TARGET);
            CellValue pt = p.row().get(Role.TARGET);
            if (!same(t, pt)) {
                out.add(Finding.of(FindingCode.CHAIN_TARGET_CHANGED, sheet, actual.sheet().cell(Role.TARGET, row), row,
                        shown(t), Map.of("periode", periode, "expected", shown(pt), "key", e.getKey().describe())));
            }
            BigDecimal pagu = leafMoney(l, Role.PAGU);
            BigDecimal plannedPagu = leafMoney(p, Role.PAGU);
            if (pagu != null && plannedPagu != null && pagu.compareTo(plannedPagu) != 0) {
                out.add(Finding.of(FindingCode.CHAIN_PAGU_CHANGED, sheet, actual.sheet().cell(Role.PAGU, row), row,
                        capaian.compute.Numbers.display(pagu), Map.of("periode", periode, "expected",
                                capaian.compute.Numbers.display(plannedPagu), "key", e.getKey().describe())));
            }
        }
        for (var e : planned.entrySet()) {
            if (reported.containsKey(e.getKey())) continue;
            out.add(Finding.of(FindingCode.CHAIN_ROW_REMOVED, sheet, null, 0, e.getKey().describe(),
                    Map.of("periode", periode, "renjaRow", Integer.toString(e.getValue().row().row()))));
        }
        return out;
    }

    /** CHAIN_YEAR_MISMATCH and CHAIN_OPD_MISMATCH from the two header blocks; empty when they agree or are unknown. */
    private static List<Finding> otherPlan(Evaluation renja, Evaluation lampiran, SheetResult actual, String periode) {
        List<Finding> out = new ArrayList<>();
        String sheet = actual.sheet().name();
        String planYear = year(renja.document().headerText("tahun"));
        String year = year(lampiran.document().headerText("tahun"));
        if (planYear != null && year != null && !planYear.equals(year)) {
            var cell = actual.sheet().header().get("tahun");
            String a1 = cell == null ? null : cell.cell();
            out.add(Finding.of(FindingCode.CHAIN_YEAR_MISMATCH, sheet, a1, a1 == null ? 0 : capaian.model.CellRef.rowNumber(a1),
                    year, Map.of("expected", planYear, "periode", periode)));
        }
        String planKode = compact(renja.document().headerText("kodeOpd"));
        String kode = compact(lampiran.document().headerText("kodeOpd"));
        String planName = compact(renja.document().headerText("opd"));
        String name = compact(lampiran.document().headerText("opd"));
        boolean other = planKode != null && kode != null ? !planKode.equals(kode)
                // Without codes, names: one may be the other's short form ("BKPSDM Kabupaten Way Kanan").
                : planKode == null && kode == null && planName != null && name != null
                        && !planName.contains(name) && !name.contains(planName);
        if (other) {
            String field = kode != null ? "kodeOpd" : "opd";
            var cell = actual.sheet().header().get(field);
            String a1 = cell == null ? null : cell.cell();
            out.add(Finding.of(FindingCode.CHAIN_OPD_MISMATCH, sheet, a1, a1 == null ? 0 : capaian.model.CellRef.rowNumber(a1),
                    opd(lampiran), Map.of("expected", opd(renja), "periode", periode)));
        }
        return out;
    }

    private static String year(String text) {
        if (text == null) return null;
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("(19|20)[0-9]{2}").matcher(text);
        return m.find() ? m.group() : null;
    }

    /** Letters and digits only, lower case; null when nothing is left. */
    private static String compact(String s) {
        if (s == null) return null;
        String c = s.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
        return c.isEmpty() ? null : c;
    }

    private static String opd(Evaluation ev) {
        String name = ev.document().headerText("opd");
        String kode = ev.document().headerText("kodeOpd");
        if (name == null) return kode == null ? "(tanpa nama OPD)" : "kode " + kode.trim();
        return name.trim() + (kode == null ? "" : " (" + kode.trim() + ")");
    }

    private static boolean same(CellValue a, CellValue b) {
        if (a.isNumeric() && b.isNumeric()) return a.numeric().compareTo(b.numeric()) == 0;
        if (a.predicate() != null || b.predicate() != null) return Objects.equals(a.predicate(), b.predicate());
        return Objects.equals(norm(a.raw()), norm(b.raw()));
    }

    private static String shown(CellValue v) {
        return v.isBlank() ? "(kosong)" : v.raw().trim();
    }

    private static String norm(String s) {
        return s == null ? "" : s.trim().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }

    /**
     * The key of a row (RULES 2): its entity's code, or without one its name, and its indicator; compared
     * without case and spacing, described as typed.
     */
    record Key(String entity, String indikator, String display) {
        static Key of(RowResult r) {
            Entity e = r.entity();
            String kode = e != null ? e.kode() : r.row().text(Role.KODE);
            String name = kode != null ? kode : e != null ? e.first().text(Role.URAIAN) : r.row().text(Role.URAIAN);
            String ind = r.row().text(Role.INDIKATOR);
            String what = kode != null ? "kode " + kode : "\"" + (name == null ? "" : name.trim()) + "\"";
            return new Key(norm(name), norm(ind), ind == null ? what : what + " indikator \"" + ind.trim() + "\"");
        }

        String describe() {
            return display;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && k.entity.equals(entity) && k.indikator.equals(indikator);
        }

        @Override
        public int hashCode() {
            return Objects.hash(entity, indikator);
        }
    }

    private static Map<Key, RowResult> index(SheetResult s) {
        Map<Key, RowResult> out = new LinkedHashMap<>();
        for (RowResult r : s.rows()) {
            if (r.entity() != null && r.entity().level().isTotal()) continue;
            out.putIfAbsent(Key.of(r), r);
        }
        return out;
    }

    private FormFiller filler(FormDefinition form, int rows) {
        return new FormFiller(profile, form, Map.of(form.mainSheet().name(), rows));
    }

    private static void header(FormFiller f, Evaluation from, int tw) {
        var doc = from.document();
        f.header("opd", doc.headerText("opd"));
        f.header("kodeOpd", doc.headerText("kodeOpd"));
        String tahun = doc.headerText("tahun");
        f.header("tahun", tahun != null && tahun.trim().matches("[0-9]{4}") ? (Object) Integer.valueOf(tahun.trim()) : tahun);
        f.header("triwulan", ROMAN[tw - 1]);
    }

    private static String name(String form, Evaluation from, int tw) {
        String tahun = from.document().headerText("tahun");
        String y = tahun == null ? "" : "-" + tahun.trim().replaceAll("[^0-9]", "");
        return form + y + "-tw" + tw + ".xlsx";
    }

    private static SheetResult main(Evaluation ev) {
        SheetResult s = ev.sheet(ev.document().form().mainSheet().name());
        if (s == null) throw new IllegalStateException("no main sheet");
        return s;
    }

    private static void require(Evaluation ev, FormDefinition form, String what) throws ConvertException {
        if (ev.document().form() != form) {
            throw new ConvertException("Berkas ini dibaca sebagai " + ev.document().form().title() + ", bukan " + what
                    + ". Pilih berkas " + what + ".");
        }
        if (ev.sheet(form.mainSheet().name()) == null) {
            throw new ConvertException("Lembar " + form.mainSheet().name() + " tidak ditemukan di berkas " + what + ".");
        }
    }

    static int triwulan(Evaluation ev) throws ConvertException {
        int tw = safeTriwulan(ev);
        if (tw == 0) {
            throw new ConvertException("Triwulan di kepala Lampiran Realisasi kosong atau tidak sah. Isi I, II, III atau IV.");
        }
        return tw;
    }

    private static int safeTriwulan(Evaluation ev) {
        String t = ev.document().headerText("triwulan");
        if (t == null) return 0;
        String s = t.trim().toUpperCase(Locale.ROOT).replace("TW", "").replace("TRIWULAN", "").trim();
        for (int i = 0; i < 4; i++) if (ROMAN[i].equals(s) || Integer.toString(i + 1).equals(s)) return i + 1;
        return 0;
    }
}
