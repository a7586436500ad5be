package capaian.compute;

import capaian.form.Column;
import capaian.form.Role;
import capaian.formula.Cells;
import capaian.formula.XValue;
import capaian.model.OutsideFormula;
import capaian.model.SheetRow;
import capaian.value.CellValue;
import capaian.value.ValueKind;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The form sheets' cells as the result workbook holds them, which is what Excel recalculates from: each
 * computed cell, filled parent sum and link holds the value Capaian writes there; every other cell of a data
 * row holds what the file stores (a %-formatted 0.855 is 0.855, a text amount is text, blank is blank).
 */
public final class WrittenView {
    private final Map<String, Sheet> sheets = new HashMap<>();

    private static final class Sheet {
        final SheetResult result;
        final Map<Integer, Role> roles = new HashMap<>();
        final Map<Long, Object> outside = new HashMap<>();
        long computedRoles;

        Sheet(SheetResult result) {
            this.result = result;
            for (Map.Entry<Role, Integer> e : result.sheet().columns().entrySet()) roles.put(e.getValue(), e.getKey());
            for (OutsideFormula f : result.sheet().outsideFormulas()) outside.put(key(f.column(), f.row()), f.cached());
            for (Column c : result.sheet().definition().columns()) if (c.computed()) computedRoles |= 1L << c.role().ordinal();
        }

        RowResult row(int n) {
            List<RowResult> rows = result.rows();
            int lo = 0;
            int hi = rows.size() - 1;
            while (lo <= hi) {
                int mid = (lo + hi) >>> 1;
                int r = rows.get(mid).row().row();
                if (r == n) return rows.get(mid);
                if (r < n) lo = mid + 1;
                else hi = mid - 1;
            }
            return null;
        }
    }

    public WrittenView(List<SheetResult> results) {
        for (SheetResult s : results) sheets.put(s.sheet().name(), new Sheet(s));
    }

    /** The cells of one sheet: a reference without a sheet name is to this one. */
    public Cells on(String sheetName) {
        return (sheet, column, row) -> get(sheet == null ? sheetName : sheet, column, row);
    }

    public XValue get(String sheetName, int column, int row) {
        Sheet s = sheets.get(sheetName);
        if (s == null) return XValue.BLANK;
        if (s.outside.containsKey(key(column, row))) return XValue.of(s.outside.get(key(column, row)));
        Role role = s.roles.get(column);
        RowResult r = role == null ? null : s.row(row);
        if (r == null) return XValue.BLANK;
        if ((s.computedRoles & (1L << role.ordinal())) != 0) return XValue.of(r.computed().get(role));
        if (r.links().containsKey(role)) return XValue.of(r.links().get(role).value());
        if (r.filled().containsKey(role)) return XValue.of(r.filled().get(role));
        return stored(r.row(), role);
    }

    /** An input cell as the file stores it. */
    public static XValue stored(SheetRow row, Role role) {
        if (row.isNumericCell(role)) return XValue.number(row.storedNumber(role));
        CellValue v = row.get(role);
        if (v.isBlank()) return XValue.BLANK;
        if (v.kind() == ValueKind.ERROR) return XValue.error(v.raw() == null ? "#VALUE!" : v.raw().trim());
        return XValue.text(v.raw() == null ? "" : v.raw());
    }

    /** Whether the role is a computed column of the sheet (its cell always holds Capaian's value). */
    public static boolean computed(SheetResult s, Role role) {
        return s.sheet().definition().column(role).map(Column::computed).orElse(false);
    }

    /** The sheet's data row with this number, or null. */
    public RowResult row(String sheetName, int row) {
        Sheet s = sheets.get(sheetName);
        return s == null ? null : s.row(row);
    }

    /** The role of a sheet's column, or null. */
    public Role role(String sheetName, int column) {
        Sheet s = sheets.get(sheetName);
        return s == null ? null : s.roles.get(column);
    }

    private static long key(int column, int row) {
        return ((long) row << 20) | column;
    }
}
