package capaian.compute;

import capaian.form.Role;
import capaian.model.Level;
import capaian.model.SheetRow;
import capaian.rules.Profile;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The OPD's and each program's figures: money summed from leaves, serapan as the ratio of sums, capaian
 * concluded per the profile (RULES section 9), efisiensi from those two.
 */
public final class Summaries {
    private final Profile profile;
    private final ConclusionRule conclusion;
    private final EfisiensiRule efisiensi;

    public Summaries(Profile profile) {
        this.profile = profile;
        this.conclusion = new ConclusionRule(profile);
        this.efisiensi = new EfisiensiRule(profile);
    }

    /** Which columns hold a sheet's money and capaian: the Lampiran's or the Monitoring form's. */
    public record Columns(Role pagu, Role realisasi, Role capaian) {
        public static Columns of(SheetResult r) {
            if (r.sheet().has(Role.RENJA_TARGET_RP) || r.sheet().has(Role.RENJA_TARGET_K)) {
                return new Columns(Role.RENJA_TARGET_RP, null, Role.RENJA_CAPAIAN_K);
            }
            return new Columns(Role.PAGU, Role.REALISASI_ANGGARAN, Role.CAPAIAN);
        }
    }

    /** The OPD: all leaves of the main sheet; capaian by sasaran from the IKU sheet when it has any. */
    public Totals opd(SheetResult main, SheetResult iku) {
        Columns cols = Columns.of(main);
        List<Entity> leaves = main.hierarchy() == null ? List.of() : main.hierarchy().leaves();
        Map<String, List<BigDecimal>> groups = iku != null ? bySasaran(iku, Role.CAPAIAN) : Map.of();
        if (groups.values().stream().allMatch(List::isEmpty)) groups = bySasaran(main, cols.capaian());
        return totals(main, leaves, groups, main.rows());
    }

    /** The computed footer lines of a sheet (the Monitoring form's rata-rata and predikat), by label. */
    public Map<String, Object> footer(SheetResult sheet) {
        Map<String, Object> out = new LinkedHashMap<>();
        if (sheet.sheet().definition().footer().isEmpty()) return out;
        BigDecimal mean = Numbers.round(conclude(bySasaran(sheet, Columns.of(sheet).capaian())), profile.roundingScale());
        for (var f : sheet.sheet().definition().footer()) {
            if (f.derivation() == capaian.form.Derivation.CONCLUSION && mean != null) out.put(f.label(), mean);
            if (f.derivation() == capaian.form.Derivation.PREDIKAT && mean != null) {
                out.put(f.label(), profile.conclusionScale().categorize(mean));
            }
        }
        return out;
    }

    /** One line per program (or per top-level entity when the sheet has no programs). */
    public List<GroupSummary> programs(SheetResult main) {
        List<GroupSummary> out = new ArrayList<>();
        Hierarchy h = main.hierarchy();
        if (h == null) return out;
        boolean hasPrograms = h.entities().stream().anyMatch(e -> e.level() == Level.PROGRAM);
        List<Entity> tops = h.entities().stream()
                .filter(e -> hasPrograms ? e.level() == Level.PROGRAM : e.parent() == null && !e.level().isTotal())
                .toList();
        Map<Entity, List<RowResult>> rowsOf = new LinkedHashMap<>();
        for (Entity top : tops) rowsOf.put(top, new ArrayList<>());
        // One pass: each row goes to the top entity above it.
        for (RowResult r : main.rows()) {
            Entity e = r.entity();
            while (e != null && !rowsOf.containsKey(e)) e = e.parent();
            if (e != null) rowsOf.get(e).add(r);
        }
        for (Entity top : tops) {
            List<RowResult> rows = rowsOf.get(top);
            Map<String, List<BigDecimal>> one = new LinkedHashMap<>();
            one.put("", capaianOf(rows, Columns.of(main).capaian()));
            List<Entity> leaves = h.leavesUnder(top);
            Totals t = totals(main, leaves, one, rows);
            int first = rows.get(0).row().row();
            int last = rows.get(rows.size() - 1).row().row();
            List<Integer> numbers = rows.stream().map(r -> r.row().row()).toList();
            out.add(new GroupSummary(top.kode(), top.first().text(Role.URAIAN), main.sheet().name(), first, last, t,
                    numbers, leaves));
        }
        return out;
    }

    private Totals totals(SheetResult sheet, List<Entity> leaves, Map<String, List<BigDecimal>> capaianGroups,
                          List<RowResult> rows) {
        Columns cols = Columns.of(sheet);
        BigDecimal pagu = null;
        BigDecimal real = null;
        int sub = 0;
        for (Entity leaf : leaves) {
            pagu = Numbers.sum(pagu, MoneyRollup.own(leaf, cols.pagu()));
            if (cols.realisasi() != null) real = Numbers.sum(real, MoneyRollup.own(leaf, cols.realisasi()));
            else real = Numbers.sum(real, yearMoney(sheet, leaf));
        }
        for (RowResult r : rows) {
            if (r.entityRow() && r.entity().level() == Level.SUB_KEGIATAN) sub++;
        }
        int scale = profile.roundingScale();
        BigDecimal serapan = Numbers.round(BudgetRule.serapan(pagu, real).value(), scale);
        BigDecimal capaian = Numbers.round(conclude(capaianGroups), scale);
        String kategori = profile.conclusionScale().categorize(capaian);
        BigDecimal ef = Numbers.round(efisiensi.efisiensi(capaian, serapan), scale);
        int indikator = (int) rows.stream().filter(r -> !onTotalRow(r) && r.number(cols.capaian()) != null).count();
        return new Totals(pagu, real, serapan, capaian, kategori, ef, efisiensi.category(ef), sub, indikator);
    }

    /** rata-rata: the mean of the sasaran means; data kelompok: over all indicators at once. */
    private BigDecimal conclude(Map<String, List<BigDecimal>> groups) {
        List<BigDecimal> all = new ArrayList<>();
        List<BigDecimal> means = new ArrayList<>();
        for (List<BigDecimal> g : groups.values()) {
            if (g.isEmpty()) continue;
            all.addAll(g);
            means.add(conclusion.conclude(g));
        }
        if (all.isEmpty()) return null;
        return profile.conclusionMethod() == Profile.ConclusionMethod.RATA_RATA ? ConclusionRule.mean(means)
                : conclusion.conclude(all);
    }

    /** Capaian values grouped by the Sasaran column, carried down over blank cells. */
    public static Map<String, List<BigDecimal>> bySasaran(SheetResult sheet, Role capaianRole) {
        Map<String, List<BigDecimal>> groups = new LinkedHashMap<>();
        String current = "";
        for (RowResult r : sheet.rows()) {
            String s = r.row().text(Role.SASARAN);
            if (s != null) current = s;
            if (onTotalRow(r)) continue;
            BigDecimal c = r.number(capaianRole);
            if (c != null) groups.computeIfAbsent(current, k -> new ArrayList<>()).add(c);
        }
        return groups;
    }

    private static List<BigDecimal> capaianOf(List<RowResult> rows, Role role) {
        List<BigDecimal> out = new ArrayList<>();
        for (RowResult r : rows) if (!onTotalRow(r) && r.number(role) != null) out.add(r.number(role));
        return out;
    }

    /** A total or subtotal row: what its own indicator cells give is never part of a mean (RULES 5, 9). */
    static boolean onTotalRow(RowResult r) {
        return r.entity() != null && r.entity().level().isTotal();
    }

    private static BigDecimal yearMoney(SheetResult sheet, Entity leaf) {
        BigDecimal sum = null;
        for (int tw = 1; tw <= 4; tw++) sum = Numbers.sum(sum, MoneyRollup.own(leaf, Role.quarterRp(tw)));
        return sum;
    }
}
