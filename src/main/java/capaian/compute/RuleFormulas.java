package capaian.compute;

import capaian.form.Derivation;
import capaian.form.Role;
import capaian.formula.Expr;
import capaian.formula.F;
import capaian.formula.Ref;
import capaian.formula.RowList;
import capaian.formula.RowShape;
import capaian.model.CellRef;
import capaian.model.SheetRow;
import capaian.rules.Band;
import capaian.rules.IndexRules;
import capaian.rules.Profile;
import capaian.rules.Scale;
import capaian.value.ValueKind;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.IntFunction;

/**
 * Every computed column's rule as a spreadsheet expression over the sheet's cells, from the same profile as
 * the arithmetic: the writer renders it as the cell's formula, and {@link FormulaGate} evaluates it over the
 * cells as the file stores them to decide whether the formula recomputes Capaian's value. Where a rule is not
 * arithmetic (predicates, a polaritas Excel cannot read, a conclusion) there is no expression and the value
 * is written.
 */
public final class RuleFormulas {
    private final Profile profile;
    private final Map<Role, Integer> columns;
    private final int scale;
    // A parent's leaf rows, made once per sheet: every money column of the parent sums the same rows, and
    // RowList takes the array as is (it never changes it).
    private final Map<Entity, int[]> leafRows = new IdentityHashMap<>();
    private final Map<BigDecimal, Expr> bounds = new IdentityHashMap<>();
    /** Per derivation and role, the expression every row has alike, or none (see {@link #perRow}). */
    private final Map<Derivation, Map<Role, Optional<RowShape>>> shapes = new EnumMap<>(Derivation.class);

    public RuleFormulas(Profile profile, Map<Role, Integer> columns) {
        this.profile = profile;
        this.columns = columns;
        this.scale = profile.roundingScale();
    }

    /** The role's cell in a row, or null when the sheet lacks the column. */
    public Ref ref(Role role, int row) {
        Integer c = columns.get(role);
        return c == null ? null : Ref.of(c, row);
    }

    /** The expression of a computed cell in a result workbook, or null when its value is written as is. */
    public Expr forResult(Derivation d, Role role, RowResult r, SheetResult s) {
        if (s.index() != null) return index(d, r.row(), s.index());
        Hierarchy h = s.hierarchy();
        SheetRow row = r.row();
        int n = row.row();
        boolean oneRow = oneRow(r);
        return switch (d) {
            case CAPAIAN -> arithmetic(row, Role.TARGET, Role.REALISASI)
                    ? perRow(d, role, n, k -> capaian(k, ref(Role.TARGET, k), ref(Role.REALISASI, k))) : null;
            case CAPAIAN_TW -> arithmetic(row, Role.TARGET_TW, Role.REALISASI)
                    ? perRow(d, role, n, k -> capaian(k, ref(Role.TARGET_TW, k), ref(Role.REALISASI, k))) : null;
            case KATEGORI -> perRow(d, role, n, k -> category(ref(Role.CAPAIAN, k), profile.capaianScale()));
            case KATEGORI_IKU -> perRow(d, role, n, k -> category(ref(Role.CAPAIAN, k), profile.ikuScale()));
            case PREDIKAT -> perRow(d, role, n, k -> category(ref(Role.RENJA_CAPAIAN_K, k), profile.capaianScale()));
            case SERAPAN -> oneRow ? perRow(d, role, n, k -> serapan(ref(Role.PAGU, k), ref(Role.REALISASI_ANGGARAN, k)))
                    : serapan(money(r, h, Role.PAGU), money(r, h, Role.REALISASI_ANGGARAN));
            case SISA -> oneRow ? perRow(d, role, n, k -> sisa(ref(Role.PAGU, k), ref(Role.REALISASI_ANGGARAN, k)))
                    : sisa(money(r, h, Role.PAGU), money(r, h, Role.REALISASI_ANGGARAN));
            case EFISIENSI -> oneRow && r.entity() != null
                    ? perRow(d, role, n, k -> efisiensi(ownRow(capaianRole(), k), ref(serapanRole(), k)))
                    : efisiensi(capaianCells(r.entity()), ref(serapanRole(), n));
            case YEAR_REALISASI -> role == Role.RENJA_REALISASI_K ? yearKinerja(row) : yearMoney(r, h);
            case RENJA_CAPAIAN -> role == Role.RENJA_CAPAIAN_K
                    ? (arithmetic(row, Role.RENJA_TARGET_K) && r.number(Role.RENJA_REALISASI_K) != null
                        ? capaian(n, ref(Role.RENJA_TARGET_K, n), ref(Role.RENJA_REALISASI_K, n)) : null)
                    : serapan(money(r, h, Role.RENJA_TARGET_RP), ref(Role.RENJA_REALISASI_RP, n));
            case RENSTRA_REALISASI -> role == Role.RENSTRA_REALISASI_K ? renstraKinerja(row) : renstraMoney(r, h);
            case RENSTRA_CAPAIAN -> role == Role.RENSTRA_CAPAIAN_K
                    ? (arithmetic(row, Role.RENSTRA_TARGET_K) && r.number(Role.RENSTRA_REALISASI_K) != null
                        ? capaian(n, ref(Role.RENSTRA_TARGET_K, n), ref(Role.RENSTRA_REALISASI_K, n)) : null)
                    : serapan(money(r, h, Role.RENSTRA_TARGET_RP), ref(Role.RENSTRA_REALISASI_RP, n));
            case CONCLUSION, INDEX_MAKSIMUM, INDEX_SKOR, INDEX_PERSENTASE, INDEX_KATEGORI -> null;
        };
    }

    /**
     * The expression {@code build} gives for row {@code n}, from the shape every row shares (built once per sheet)
     * where it is one; {@code build} must depend on nothing but the row number and this sheet's columns and profile.
     */
    private Expr perRow(Derivation d, Role role, int n, IntFunction<Expr> build) {
        // asked per cell: enum maps, no key built per call
        Map<Role, Optional<RowShape>> byRole = shapes.computeIfAbsent(d, k -> new EnumMap<>(Role.class));
        Optional<RowShape> shape = byRole.get(role);
        if (shape == null) {
            shape = Optional.ofNullable(RowShape.of(build));
            byRole.put(role, shape);
        }
        return shape.isPresent() ? shape.get().at(n) : build.apply(n);
    }

    /** Whether the row's money is its own cells: no hierarchy, or a leaf of this one row (see {@link #money}). */
    private static boolean oneRow(RowResult r) {
        Entity e = r.entity();
        return e == null || (e.isLeaf() && e.rows().size() == 1 && e.first() == r.row());
    }

    /** A role's cell on one row as the row list efisiensi averages, or null without the column. */
    private RowList ownRow(Role role, int n) {
        Integer c = columns.get(role);
        return c == null ? null : new RowList(null, c, new int[]{n});
    }

    /** The expression a template's empty row carries: the leaf form, guarded so that empty inputs show nothing. */
    public Expr forTemplate(Derivation d, Role role, int n) {
        return switch (d) {
            case CAPAIAN -> capaian(n, ref(Role.TARGET, n), ref(Role.REALISASI, n));
            case CAPAIAN_TW -> capaian(n, ref(Role.TARGET_TW, n), ref(Role.REALISASI, n));
            case KATEGORI -> category(ref(Role.CAPAIAN, n), profile.capaianScale());
            case KATEGORI_IKU -> category(ref(Role.CAPAIAN, n), profile.ikuScale());
            case PREDIKAT -> category(ref(Role.RENJA_CAPAIAN_K, n), profile.capaianScale());
            case SERAPAN -> serapan(ref(Role.PAGU, n), ref(Role.REALISASI_ANGGARAN, n));
            case SISA -> sisa(ref(Role.PAGU, n), ref(Role.REALISASI_ANGGARAN, n));
            case EFISIENSI -> columns.containsKey(capaianRole())
                    ? efisiensi(F.rows(null, columns.get(capaianRole()), List.of(n)), ref(serapanRole(), n)) : null;
            default -> null;
        };
    }

    /**
     * Capaian by the row's Polaritas cell: positif R/T × 100, negatif per the profile (2T−R or T/R); T = 0 is
     * undefined except negatif with R = 0, which is 100 (RULES 4.2). Rounded as the core rounds.
     */
    public Expr capaian(int n, Expr t, Expr r) {
        if (t == null || r == null) return null;
        Ref p = ref(Role.POLARITAS, n);
        Expr neg = p == null ? F.num(0) : F.eq(F.lower(F.left(F.trim(p), 3)), F.text("neg"));
        Expr hundred = F.num(100);
        Expr negExpr = profile.negatifFormula() == Profile.NegatifFormula.TWO_T_MINUS_R
                ? F.round(F.mul(F.div(F.sub(F.mul(F.num(2), t), r), t), hundred), scale)
                : F.iff(F.eq(r, F.num(0)), F.empty(), F.round(F.mul(F.div(t, r), hundred), scale));
        Expr body = F.iff(F.eq(t, F.num(0)), F.iff(F.and(neg, F.eq(r, F.num(0))), hundred, F.empty()),
                F.iff(neg, negExpr, F.round(F.mul(F.div(r, t), hundred), scale)));
        if (p == null) {
            body = F.iff(F.eq(t, F.num(0)), F.empty(), F.round(F.mul(F.div(r, t), hundred), scale));
        }
        return F.ifError(F.iff(F.or(F.isEmpty(t), F.isEmpty(r)), F.empty(), body), F.empty());
    }

    /** The scale's bands as nested IFs, each band exactly as {@link Scale#categorize} reads it. */
    public Expr category(Expr c, Scale s) {
        if (c == null) return null;
        Expr inner = F.empty();
        List<Band> bands = s.bands();
        for (int i = bands.size() - 1; i >= 0; i--) {
            Band b = bands.get(i);
            List<Expr> cond = new ArrayList<>();
            if (b.min() != null) cond.add(b.minInclusive() ? F.ge(c, bound(b.min())) : F.gt(c, bound(b.min())));
            if (b.max() != null) cond.add(b.maxInclusive() ? F.le(c, bound(b.max())) : F.lt(c, bound(b.max())));
            Expr test = cond.isEmpty() ? F.num(1) : cond.size() == 1 ? cond.get(0) : F.and(cond.toArray(Expr[]::new));
            inner = F.iff(test, F.text(b.label()), inner);
        }
        return F.iff(F.isEmpty(c), F.empty(), inner);
    }

    /** A band's bound as a constant, spelled once per sheet (every category cell of every row has them all). */
    private Expr bound(BigDecimal n) {
        return bounds.computeIfAbsent(n, F::num);
    }

    /** realisasi ÷ pagu × 100, nothing when either is empty or the pagu is 0. */
    public Expr serapan(Expr pagu, Expr real) {
        if (pagu == null || real == null) return null;
        return F.ifError(F.iff(F.or(F.isEmpty(pagu), F.isEmpty(real), F.eq(pagu, F.num(0))), F.empty(),
                F.round(F.mul(F.div(real, pagu), F.num(100)), scale)), F.empty());
    }

    public Expr sisa(Expr pagu, Expr real) {
        if (pagu == null || real == null) return null;
        return F.ifError(F.iff(F.or(F.isEmpty(pagu), F.isEmpty(real)), F.empty(), F.sub(pagu, real)), F.empty());
    }

    /** Efisiensi from the mean capaian of the unit's indicator rows and its serapan (RULES 6). */
    public Expr efisiensi(RowList capaianCells, Expr serapan) {
        if (capaianCells == null || capaianCells.isEmpty() || serapan == null) return null;
        Expr mean = F.average(capaianCells);
        if (profile.efisiensiCapsCapaianAt100()) mean = F.min(F.num(100), mean);
        Expr expr = profile.efisiensiMethod() == Profile.EfisiensiMethod.SELISIH
                ? F.round(F.sub(mean, serapan), scale)
                : F.round(F.div(mean, serapan), scale);
        return F.ifError(F.iff(F.or(F.isEmpty(serapan), F.eq(F.count(capaianCells), F.num(0))), F.empty(), expr), F.empty());
    }

    /** (13) K: kumulatif sums the quarters, akhir takes the last one filled (RULES 4.4). */
    private Expr yearKinerja(SheetRow row) {
        int n = row.row();
        List<Ref> q = new ArrayList<>();
        for (int tw = 1; tw <= 4; tw++) {
            Role role = Role.quarterK(tw);
            if (row.get(role).kind() == ValueKind.PREDICATE) return null;
            Ref r = ref(role, n);
            if (r == null) return null;
            q.add(r);
        }
        Expr[] list = q.toArray(Expr[]::new);
        Expr value = jenisOf(row) == Jenis.AKHIR
                ? F.iff(F.ne(q.get(3), F.empty()), q.get(3), F.iff(F.ne(q.get(2), F.empty()), q.get(2),
                    F.iff(F.ne(q.get(1), F.empty()), q.get(1), q.get(0))))
                : F.sum(list);
        return F.iff(F.eq(F.count(list), F.num(0)), F.empty(), F.round(value, scale));
    }

    private Expr renstraKinerja(SheetRow row) {
        int n = row.row();
        Ref year = ref(Role.RENJA_REALISASI_K, n);
        Ref lalu = ref(Role.RENSTRA_LALU_K, n);
        if (year == null) return null;
        if (jenisOf(row) == Jenis.AKHIR || lalu == null) return F.iff(F.isEmpty(year), F.empty(), year);
        return F.iff(F.isEmpty(year), F.empty(), F.round(F.add(F.iff(F.isEmpty(lalu), F.num(0), lalu), year), scale));
    }

    private Expr yearMoney(RowResult r, Hierarchy h) {
        List<Expr> parts = new ArrayList<>();
        for (int tw = 1; tw <= 4; tw++) {
            Expr m = money(r, h, Role.quarterRp(tw));
            if (m == null) return null;
            parts.add(m);
        }
        return F.sum(parts.toArray(Expr[]::new));
    }

    private Expr renstraMoney(RowResult r, Hierarchy h) {
        Ref year = ref(Role.RENJA_REALISASI_RP, r.row().row());
        Expr lalu = money(r, h, Role.RENSTRA_LALU_RP);
        if (year == null || lalu == null) return null;
        return F.iff(F.isEmpty(year), F.empty(), F.add(lalu, year));
    }

    /** The jenis the core used: typed, else assumed from the unit by the same rule ({@link Jenis#assumed}). */
    private static Jenis jenisOf(SheetRow row) {
        Jenis j = Jenis.parse(row.text(Role.JENIS));
        return j != null ? j : Jenis.assumed(row.text(Role.SATUAN), row.get(Role.RENJA_TARGET_K));
    }

    /** The SUM of a parent's leaf cells, for an empty parent money cell (RULES 5). */
    public Expr sumOfLeaves(Role role, RowResult r, Hierarchy h) {
        return money(r, h, role);
    }

    /** A cell linked to another (an IKU realisasi fed by an index total): empty while the source is. */
    public static Expr link(CellLink l) {
        Ref src = new Ref(l.sheet(), CellRef.columnIndex(l.cell()), CellRef.rowNumber(l.cell()));
        return F.iff(F.isEmpty(src), F.empty(), src);
    }

    /**
     * An entity's money: a one-row leaf's own cell, a leaf with several indicator rows the SUM of its rows, a
     * parent the SUM of exactly its leaves' rows (RULES 5: parents are sums of leaves, never a span).
     */
    private Expr money(RowResult r, Hierarchy h, Role role) {
        Integer c = columns.get(role);
        if (c == null) return null;
        Entity e = r.entity();
        if (e == null) return Ref.of(c, r.row().row());
        if (e.isLeaf() && e.rows().size() == 1) return Ref.of(c, e.first().row());
        return F.sum(new RowList(null, c, leafRows.computeIfAbsent(e, k -> rowsOf(h.leavesUnder(k)))));
    }

    private static int[] rowsOf(List<Entity> leaves) {
        int n = 0;
        for (Entity leaf : leaves) n += leaf.rows().size();
        int[] rows = new int[n];
        int i = 0;
        for (Entity leaf : leaves) for (SheetRow lr : leaf.rows()) rows[i++] = lr.row();
        return rows;
    }

    /** The rows of a role's column over the given leaves, on another sheet (prefix given by the sheet name). */
    public RowList leafRows(String sheet, Role role, List<Entity> leaves) {
        Integer c = columns.get(role);
        if (c == null) return null;
        return new RowList(sheet, c, rowsOf(leaves));
    }

    /** The rows of a role's column, on another sheet. */
    public RowList rows(String sheet, Role role, List<Integer> rows) {
        Integer c = columns.get(role);
        return c == null ? null : F.rows(sheet, c, rows);
    }

    /**
     * The kinerja capaian efisiensi reads: the Lampiran's capaian, or on the Monitoring form (14) K (RULES 6, the
     * per-row decision); {@link #serapanRole} is its rupiah counterpart, serapan or (14) Rp.
     */
    private Role capaianRole() {
        return columns.containsKey(Role.CAPAIAN) || !columns.containsKey(Role.RENJA_CAPAIAN_K) ? Role.CAPAIAN : Role.RENJA_CAPAIAN_K;
    }

    private Role serapanRole() {
        return capaianRole() == Role.CAPAIAN ? Role.SERAPAN : Role.RENJA_CAPAIAN_RP;
    }

    private RowList capaianCells(Entity e) {
        Integer c = columns.get(capaianRole());
        if (e == null || c == null) return null;
        int[] rows = new int[e.rows().size()];
        for (int i = 0; i < rows.length; i++) rows[i] = e.rows().get(i).row();
        return new RowList(null, c, rows);
    }

    /**
     * Whether the capaian can be an expression: neither side a predicate (an ordinal rank is not arithmetic)
     * and a polaritas the formula reads ("Positif", "Negatif" or blank).
     */
    private boolean arithmetic(SheetRow row, Role... roles) {
        for (Role r : roles) if (row.get(r).kind() == ValueKind.PREDICATE) return false;
        if (row.get(Role.REALISASI).kind() == ValueKind.PREDICATE) return false;
        String p = row.text(Role.POLARITAS);
        if (p == null) return true;
        String t = p.trim().toLowerCase(Locale.ROOT);
        return t.startsWith("pos") || t.startsWith("neg");
    }

    // The Indeks sheet: the same arithmetic as IndexEvaluator.

    /** The expression of a computed cell of an Indeks row, or null when its value is written instead. */
    public Expr index(Derivation d, SheetRow row, IndexSheet index) {
        IndexLine line = index == null ? null : index.line(row);
        if (line == null) return null;
        int n = row.row();
        IndexRules rules = profile.index(line.block().kind());
        Ref bobot = ref(Role.BOBOT, n);
        Ref nilai = ref(Role.NILAI, n);
        return switch (d) {
            case INDEX_MAKSIMUM -> switch (line.kind()) {
                case PART -> line.indicator() && bobot != null
                        ? F.iff(F.isEmpty(bobot), F.empty(), F.round(F.mul(bobot, F.num(rules.nilaiMax())), scale)) : null;
                default -> indexSum(Role.MAKSIMUM, line.parts());
            };
            case INDEX_SKOR -> switch (line.kind()) {
                case PART -> line.indicator()
                        ? (bobot != null && nilai != null ? F.iff(F.or(F.isEmpty(bobot), F.isEmpty(nilai)), F.empty(),
                            F.round(F.mul(bobot, nilai), scale)) : null)
                        : (nilai != null ? F.iff(F.isEmpty(nilai), F.empty(), F.round(nilai, scale)) : null);
                default -> indexSum(Role.SKOR, line.parts());
            };
            case INDEX_PERSENTASE -> serapan(ref(Role.MAKSIMUM, n), ref(Role.SKOR, n));
            case INDEX_KATEGORI -> line.kind() == IndexLine.Kind.TOTAL
                    ? category(ref(Role.SKOR, n), profile.scale(rules.scaleName()))
                    : rules.partScaleName() != null && !line.indicator()
                        ? category(ref(Role.PERSENTASE, n), profile.scale(rules.partScaleName())) : null;
            default -> null;
        };
    }

    private Expr indexSum(Role role, List<SheetRow> parts) {
        Integer c = columns.get(role);
        if (parts.isEmpty() || c == null) return null;
        RowList cells = F.rows(null, c, parts.stream().map(SheetRow::row).toList());
        return F.iff(F.eq(F.count(cells), F.num(0)), F.empty(), F.round(F.sum(cells), scale));
    }
}
