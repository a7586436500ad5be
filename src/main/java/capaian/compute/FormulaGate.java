package capaian.compute;

import capaian.findings.FindingCode;
import capaian.findings.Findings;
import capaian.form.Column;
import capaian.form.Role;
import capaian.formula.Expr;
import capaian.formula.F;
import capaian.formula.Ref;
import capaian.formula.UserFormula;
import capaian.formula.XValue;
import capaian.model.CellRef;
import capaian.model.SheetData;
import capaian.model.SheetRow;
import capaian.rules.Profile;
import capaian.value.CellValue;
import capaian.value.ValueKind;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Executor;
import java.util.function.ToIntFunction;

/**
 * Decides, cell by cell, whether the result workbook gets a formula or a value: a computed cell gets its
 * formula only where that formula, evaluated with Excel's semantics over the cells as the file stores them
 * (each computed cell it reads holding the value Capaian writes there), gives the value Capaian computed.
 * So what Excel or LibreOffice show after recalculating is always what the report says. Elsewhere the value
 * is written, and one finding per sheet names the first input cell that prevents the formula, and why.
 *
 * <p>First, a parent money cell Capaian would fill is left empty when a formula the user typed (a JUMLAH row's
 * =SUM(N9:N20)) already reads it: filling it would count those rupiah twice in the user's total.
 */
public final class FormulaGate {
    private final Profile profile;

    public FormulaGate(Profile profile) {
        this.profile = profile;
    }

    /**
     * Formula or value, cell by cell, once the user's totals are kept ({@link #keepUserTotals}). It only marks each
     * row's formulas and adds its findings, so the summaries can be made beside it. With a second core
     * ({@code spare}, null for none) the second half of each sheet's rows is decided there while this thread decides
     * the first. Each half has its own view of the cells and its own formulas (both keep what they last looked up), and
     * each row's marks are its own; the halves' first failures and counts make the one finding a single pass makes.
     */
    public void decide(List<SheetResult> results, Findings findings, Executor spare) {
        SidePart<List<Tally>> upper = spare == null ? null
                : SidePart.start(spare, () -> decide(results, s -> s.rows().size() / 2, s -> s.rows().size()));
        List<Tally> tallies = decide(results, s -> 0, s -> spare == null ? s.rows().size() : s.rows().size() / 2);
        List<Tally> second = upper == null ? null : upper.join();
        for (int i = 0; i < results.size(); i++) {
            Tally t = second == null ? tallies.get(i) : tallies.get(i).then(second.get(i));
            if (t.first == null) continue;
            Failure first = t.first;
            findings.atCell(FindingCode.FORMULA_AS_VALUE, results.get(i).sheet().name(), first.cell, first.row,
                    first.value, "reason", first.reason, "target", first.target,
                    "others", Integer.toString(t.failures - 1), "hint", first.hint);
        }
    }

    /** Each sheet's rows {@code from} to {@code to} (exclusive), over a view of the cells of their own. */
    private List<Tally> decide(List<SheetResult> results, ToIntFunction<SheetResult> from, ToIntFunction<SheetResult> to) {
        WrittenView view = new WrittenView(results);
        List<Tally> out = new ArrayList<>();
        for (SheetResult s : results) out.add(decide(s, view, from.applyAsInt(s), to.applyAsInt(s)));
        return out;
    }

    /**
     * Only the part that changes figures: parents a user's total formula reads are left empty. For an evaluation
     * no result workbook is written from (a rekap), where deciding each cell's formula was a tenth of the work.
     */
    public static void keepUserTotals(List<SheetResult> results, Findings findings) {
        for (SheetResult s : results) keepUserTotals(s, findings);
    }

    /** A run of rows' first failure (worded) and how many failed. */
    private record Tally(Failure first, int failures) {
        Tally then(Tally later) {
            return new Tally(first != null ? first : later.first, failures + later.failures);
        }
    }

    /** Rows {@code from} to {@code to} (exclusive) of a sheet. */
    private Tally decide(SheetResult s, WrittenView view, int from, int to) {
        SheetData sheet = s.sheet();
        RuleFormulas rules = new RuleFormulas(profile, sheet.columns());
        var cells = view.on(sheet.name());
        Failure first = null;
        int failures = 0;
        List<RowResult> rows = s.rows();
        for (int i = from; i < to; i++) {
            RowResult r = rows.get(i);
            int row = r.row().row();
            for (Column col : sheet.definition().columns()) {
                Role role = col.role();
                Integer c = sheet.column(role);
                if (c == null) continue;
                Object value;
                Expr e;
                if (col.computed()) {
                    value = r.computed().get(role);
                    e = value == null ? null : rules.forResult(col.derivation(), role, r, s);
                } else if (r.links().containsKey(role)) {
                    value = r.links().get(role).value();
                    e = RuleFormulas.link(r.links().get(role));
                } else if (r.filled().containsKey(role)) {
                    value = r.filled().get(role);
                    e = rules.sumOfLeaves(role, r, s.hierarchy());
                } else {
                    continue;
                }
                if (!F.renders(e)) continue;
                XValue got = e.result(cells);
                if (got.shows(value)) {
                    r.formula(role);
                    continue;
                }
                Failure f = failure(s, view, e, c, row, got, value, first == null);
                if (f == null) continue;
                failures++;
                if (first == null) first = f;
            }
        }
        return new Tally(first, failures);
    }

    private record Failure(String cell, int row, String value, String reason, String target, String hint) {}

    /** A failure after the sheet's first: only counted, so its message is not made. */
    private static final Failure COUNTED = new Failure(null, 0, null, null, null, null);

    /**
     * Why a formula would not recompute the value: the first input cell it reads that the file stores otherwise
     * than Capaian reads it. Null when the only such cells hold the nil marker ("-" is read as nothing on
     * purpose, and the value written is then simply right). Without {@code describe}, {@link #COUNTED} for a failure:
     * only a sheet's first is worded.
     */
    private static Failure failure(SheetResult s, WrittenView view, Expr e, int targetColumn, int targetRow, XValue got,
                                   Object value, boolean describe) {
        String target = describe ? CellRef.a1(targetColumn, targetRow) : null;
        List<Ref> refs = new ArrayList<>(16);
        e.cells(refs::add);
        boolean nil = false;
        for (Ref ref : refs) {
            String sheetName = ref.sheet() == null ? s.sheet().name() : ref.sheet();
            RowResult r = view.row(sheetName, ref.row());
            Role role = view.role(sheetName, ref.column());
            if (r == null || role == null) continue;
            SheetRow row = r.row();
            CellValue read = row.get(role);
            XValue stored = view.get(sheetName, ref.column(), ref.row());
            if (read.kind() == ValueKind.NIL) {
                nil = true;
                continue;
            }
            if (stored.isText() && read.number() != null) {
                if (!describe) return COUNTED;
                return new Failure(CellRef.a1(ref.column(), ref.row()), ref.row(), read.raw(), "berisi teks \"" + read.raw() + "\", bukan angka", target,
                        "Ketik angkanya saja tanpa teks, titik ribuan atau satuan (misalnya " + plain(read.number())
                        + ") agar rumusnya dapat dihitung ulang.");
            }
            if (read.percent() && stored.isNumber() && read.number() != null
                    && Math.abs(stored.number() - read.number().doubleValue()) > 1e-12) {
                if (!describe) return COUNTED;
                return new Failure(CellRef.a1(ref.column(), ref.row()), ref.row(), read.raw(), "berformat persen: tersimpan sebagai "
                        + Numbers.display(BigDecimal.valueOf(stored.number())) + " tetapi dibaca sebagai "
                        + Numbers.display(read.number()), target,
                        "Ketik angkanya tanpa tanda % dan dengan format Angka (misalnya " + Numbers.display(read.number())
                        + ") agar rumusnya dapat dihitung ulang.");
            }
            if (stored.isText() && !read.isBlank() && !WrittenView.computed(s, role)) {
                if (!describe) return COUNTED;
                return new Failure(CellRef.a1(ref.column(), ref.row()), ref.row(), read.raw(), "berisi teks \"" + read.raw() + "\"", target,
                        "Ketik angka di sel itu agar rumusnya dapat dihitung ulang.");
            }
        }
        if (nil) return null;
        if (!describe) return COUNTED;
        return new Failure(target, targetRow, got.toString(),
                "rumus Excel di sel ini akan menghasilkan " + got + ", bukan " + XValue.of(value), target,
                "Periksa isian yang dibaca sel ini.");
    }

    private static String plain(BigDecimal n) {
        return Numbers.display(n);
    }

    /**
     * A formula the user typed in a money cell that reads parent cells Capaian would fill: those parents are
     * left as the user had them (empty), so the user's total is not inflated by our sums.
     */
    private static void keepUserTotals(SheetResult s, Findings findings) {
        if (s.hierarchy() == null) return;
        SheetData sheet = s.sheet();
        // the filled cells by column, by row
        Map<Integer, TreeMap<Integer, RowResult>> fills = new TreeMap<>();
        for (RowResult r : s.rows()) {
            for (Role role : r.filled().keySet()) {
                Integer c = sheet.column(role);
                if (c != null) fills.computeIfAbsent(c, k -> new TreeMap<>()).put(r.row().row(), r);
            }
        }
        if (fills.isEmpty()) return;
        for (SheetRow row : sheet.rows()) {
            if (!row.hasFormulas()) continue;
            for (Map.Entry<Role, Integer> col : sheet.columns().entrySet()) {
                String f = row.formula(col.getKey());
                if (f == null) continue;
                List<String> covered = new ArrayList<>();
                for (UserFormula.Area a : UserFormula.areas(f)) {
                    for (Map.Entry<Integer, TreeMap<Integer, RowResult>> byCol : fills.entrySet()) {
                        int c = byCol.getKey();
                        if (c < a.firstColumn() || c > a.lastColumn()) continue;
                        for (RowResult r : byCol.getValue().subMap(a.firstRow(), true, a.lastRow(), true).values()) {
                            if (r.row() == row && c == col.getValue()) continue;
                            Role role = null;
                            for (Map.Entry<Role, Integer> e : sheet.columns().entrySet()) if (e.getValue() == c) role = e.getKey();
                            if (role == null || !r.filled().containsKey(role)) continue;
                            r.unfill(role);
                            covered.add(CellRef.a1(c, r.row().row()));
                        }
                    }
                }
                if (!covered.isEmpty()) {
                    String list = covered.size() <= 5 ? String.join(", ", covered)
                            : String.join(", ", covered.subList(0, 5)) + " dan " + (covered.size() - 5) + " sel lain";
                    findings.atCell(FindingCode.TOTAL_FORMULA_COVERS_PARENTS, sheet.name(),
                            CellRef.a1(col.getValue(), row.row()), row.row(), "=" + f, "parents", list);
                }
            }
        }
    }
}
