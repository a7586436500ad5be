package capaian.model;

import capaian.form.Role;
import capaian.value.CellValue;

/** One data row of a form sheet as read: its values by role. */
public final class SheetRow {
    private final int row;
    // Only the cells that hold something, and one bit per role (Role has < 64) for the numeric ones: 100,000 rows
    // must fit in a 256 MB heap.
    private final RoleMap<CellValue> values = new RoleMap<>();
    private long numericCells;
    private boolean hidden;
    // The cells as the file stores them (Excel's view), kept compactly.
    private long formulaCells;
    private byte[] storedRoles;
    private double[] storedValues;
    private byte[] formulaRoles;
    private String[] formulaTexts;

    public SheetRow(int row) {
        this.row = row;
    }

    /** The 1-based row number in the sheet. */
    public int row() { return row; }

    public boolean hidden() { return hidden; }

    public void hidden(boolean h) { hidden = h; }

    /** Sets the role's value; a blank (or null) value removes it, as an absent cell reads blank. */
    public void put(Role role, CellValue v) {
        if (v == null || v.isBlank()) values.remove(role);
        else values.put(role, v);
    }

    /** Marks the role's cell as a numeric cell in the workbook (not text), so a formula can refer to it. */
    public void numericCell(Role role) {
        numericCells |= 1L << role.ordinal();
    }

    /**
     * Keeps the double the file stores for a numeric cell where it differs from the number as read (a
     * %-formatted 0.855 read as 85,5): with {@link #storedNumber} it is the cell as Excel sees it. Kept sparse,
     * as almost every numeric cell stores what is read.
     */
    public void storedNumber(Role role, double stored) {
        int i = indexOf(storedRoles, role);
        if (i < 0) {
            storedRoles = append(storedRoles, role);
            storedValues = storedValues == null ? new double[1] : java.util.Arrays.copyOf(storedValues, storedValues.length + 1);
            i = storedRoles.length - 1;
        }
        storedValues[i] = stored;
    }

    /** The double a numeric cell stores (Excel's view), or NaN when the cell is not numeric. */
    public double storedNumber(Role role) {
        if (!isNumericCell(role)) return Double.NaN;
        int i = indexOf(storedRoles, role);
        if (i >= 0) return storedValues[i];
        var n = get(role).number();
        return n == null ? Double.NaN : n.doubleValue();
    }

    /** Marks the role's cell as holding a formula; an input cell's formula text is kept (null when unknown). */
    public void formulaCell(Role role, String text) {
        formulaCells |= 1L << role.ordinal();
        if (text == null) return;
        int i = indexOf(formulaRoles, role);
        if (i < 0) {
            formulaRoles = append(formulaRoles, role);
            formulaTexts = formulaTexts == null ? new String[1] : java.util.Arrays.copyOf(formulaTexts, formulaTexts.length + 1);
            i = formulaRoles.length - 1;
        }
        formulaTexts[i] = text;
    }

    /** Whether the role's cell holds a formula (its value above is the formula's cached value). */
    public boolean isFormulaCell(Role role) {
        return (formulaCells & (1L << role.ordinal())) != 0;
    }

    /** Whether any input cell of the row has a formula text ({@link #formula}): most rows have none. */
    public boolean hasFormulas() {
        return formulaRoles != null;
    }

    /** The formula text of an input cell (without '='), or null. */
    public String formula(Role role) {
        int i = indexOf(formulaRoles, role);
        return i < 0 ? null : formulaTexts[i];
    }

    private static int indexOf(byte[] roles, Role role) {
        if (roles == null) return -1;
        for (int i = 0; i < roles.length; i++) if (roles[i] == role.ordinal()) return i;
        return -1;
    }

    private static byte[] append(byte[] roles, Role role) {
        byte[] out = roles == null ? new byte[1] : java.util.Arrays.copyOf(roles, roles.length + 1);
        out[out.length - 1] = (byte) role.ordinal();
        return out;
    }

    /** Whether the role's cell is a numeric cell (or a formula with a numeric cached value). */
    public boolean isNumericCell(Role role) {
        return (numericCells & (1L << role.ordinal())) != 0;
    }

    /** The value in the role's column; BLANK when the cell or the column is absent. */
    public CellValue get(Role role) {
        CellValue v = values.get(role);
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
        return values.isEmpty(); // blank values are never stored
    }
}
