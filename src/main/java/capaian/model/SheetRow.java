package capaian.model;

import capaian.form.Role;
import capaian.value.CellValue;

/** One data row of a form sheet as read: its values by role. */
public final class SheetRow {
    private final int row;
    private final CellValue[] values = new CellValue[Role.values().length];
    private final java.util.BitSet numericCells = new java.util.BitSet();
    private boolean hidden;

    public SheetRow(int row) {
        this.row = row;
    }

    /** The 1-based row number in the sheet. */
    public int row() { return row; }

    public boolean hidden() { return hidden; }

    public void hidden(boolean h) { hidden = h; }

    public void put(Role role, CellValue v) {
        values[role.ordinal()] = v;
    }

    /** Marks the role's cell as a numeric cell in the workbook (not text), so a formula can refer to it. */
    public void numericCell(Role role) {
        numericCells.set(role.ordinal());
    }

    /** Whether the role's cell is a numeric cell (or a formula with a numeric cached value). */
    public boolean isNumericCell(Role role) {
        return numericCells.get(role.ordinal());
    }

    /** The value in the role's column; BLANK when the cell or the column is absent. */
    public CellValue get(Role role) {
        CellValue v = values[role.ordinal()];
        return v == null ? CellValue.BLANK : v;
    }

    /** The cell's text, trimmed; null when blank. */
    public String text(Role role) {
        CellValue v = get(role);
        if (v.isBlank()) return null;
        String s = v.raw() == null ? null : v.raw().trim();
        return s == null || s.isEmpty() ? null : s;
    }

    /**
     * The cell as typed, for copying it into another workbook: a numeric cell's number (a percent-formatted
     * one as its text, "75%"), anything else as its text; null when blank.
     */
    public Object typed(Role role) {
        CellValue v = get(role);
        if (v.isBlank()) return null;
        if (isNumericCell(role) && v.number() != null && !v.percent()) return v.number();
        return v.raw();
    }

    public boolean isEmpty() {
        for (CellValue v : values) {
            if (v != null && !v.isBlank()) return false;
        }
        return true;
    }
}
