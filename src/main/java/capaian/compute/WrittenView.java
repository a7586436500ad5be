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
 * row holds what the file stores (a %-formatted 0.855 is 0.855, a text amount is text, blank is blank). What it
 * shows must not change while it is read: it is made after the parents a user's total covers are emptied.
 */
public final class WrittenView {
    private final Map<String, Sheet> sheets = new HashMap<>();

    private static final class Sheet {
        final SheetResult result;
        final Role[] roles; // by 0-based column
        final Map<Long, Object> outside; // null when the sheet has none (the usual case)
        final RowResult[] rows; // by row number - firstRow
        final int firstRow;
        long computedRoles;

        Sheet(SheetResult result) {
            this.result = result;
            int width = 0;
            for (Integer c : result.sheet().columns().values()) width = Math.max(width, c + 1);
            roles = new Role[width];
            lastRow = new int[width];
            java.util.Arrays.fill(lastRow, -1);
            lastValue = new XValue[width];
            for (Map.Entry<Role, Integer> e : result.sheet().columns().entrySet()) roles[e.getValue()] = e.getKey();
            List<OutsideFormula> formulas = result.sheet().outsideFormulas();
            outside = formulas.isEmpty() ? null : new HashMap<>();
            for (OutsideFormula f : formulas) outside.put(key(f.column(), f.row()), f.cached());
            for (Column c : result.sheet().definition().columns()) if (c.computed()) computedRoles |= 1L << c.role().ordinal();
            List<RowResult> list = result.rows();
            int first = Integer.MAX_VALUE;
            int last = 0;
            for (RowResult r : list) {
                first = Math.min(first, r.row().row());
                last = Math.max(last, r.row().row());
            }
            firstRow = list.isEmpty() ? 0 : first;
            rows = new RowResult[list.isEmpty() ? 0 : last - first + 1];
            for (RowResult r : list) rows[r.row().row() - first] = r;
        }

        RowResult row(int n) {
            int i = n - firstRow;
            return i >= 0 && i < rows.length ? rows[i] : null;
        }

        Role role(int column) {
            return column >= 0 && column < roles.length ? roles[column] : null;
        }

        /**
         * The last value read in each column, and its row: the gate evaluates a row's formulas one after another,
         * and each reads the same few cells of the row several times (a capaian's formula reads its target four).
         */
        private final int[] lastRow;
        private final XValue[] lastValue;

        XValue get(int column, int row) {
            // a column of no role is blank or an outside formula's cached value: nothing to keep
            if (column < 0 || column >= lastRow.length) return read(column, row);
            if (lastRow[column] == row) return lastValue[column];
            XValue v = read(column, row);
            lastRow[column] = row;
            lastValue[column] = v;
            return v;
        }

        private XValue read(int column, int row) {
            if (outside != null) {
                Long k = key(column, row);
                if (outside.containsKey(k)) return XValue.of(outside.get(k));
            }
            Role role = role(column);
            RowResult r = role == null ? null : row(row);
            if (r == null) return XValue.BLANK;
            if ((computedRoles & (1L << role.ordinal())) != 0) return XValue.of(r.computed().get(role));
            if (r.links().containsKey(role)) return XValue.of(r.links().get(role).value());
            if (r.filled().containsKey(role)) return XValue.of(r.filled().get(role));
            return stored(r.row(), role);
        }
    }

    public WrittenView(List<SheetResult> results) {
        for (SheetResult s : results) sheets.put(s.sheet().name(), new Sheet(s));
    }

    /** The cells of one sheet: a reference without a sheet name is to this one. */
    public Cells on(String sheetName) {
        Sheet own = sheets.get(sheetName);
        return (sheet, column, row) -> sheet == null ? (own == null ? XValue.BLANK : own.get(column, row)) : get(sheet, column, row);
    }

    public XValue get(String sheetName, int column, int row) {
        Sheet s = sheets.get(sheetName);
        return s == null ? XValue.BLANK : s.get(column, row);
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
        return s == null ? null : s.role(column);
    }

    private static long key(int column, int row) {
        return ((long) row << 20) | column;
    }
}
