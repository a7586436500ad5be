package capaian.formula;

import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;

/**
 * The cells of one column in an explicit list of rows (K8:K10,K12 for rows 8, 9, 10 and 12): what a SUM or an
 * AVERAGE reads, so that it takes exactly these rows and never a span that could take in others.
 * Only valid as an argument of {@link Fn}'s aggregate functions. The rows are an int array: a parent's SUM of
 * leaves is built for every parent cell the formula gate and the writer visit.
 */
public final class RowList implements Expr {
    private final String sheet;
    private final int column;
    private final int[] rows;

    public RowList(String sheet, int column, List<Integer> rows) {
        this(sheet, column, rows.stream().mapToInt(Integer::intValue).toArray());
    }

    /** @param rows taken as is, not copied: the caller hands it over */
    public RowList(String sheet, int column, int[] rows) {
        this.sheet = sheet;
        this.column = column;
        this.rows = rows;
    }

    public String sheet() { return sheet; }
    public int column() { return column; }
    public int size() { return rows.length; }
    public boolean isEmpty() { return rows.length == 0; }

    /** The rows, as a read-only list. */
    public List<Integer> rows() {
        return new AbstractList<>() {
            @Override public Integer get(int i) { return rows[i]; }
            @Override public int size() { return rows.length; }
        };
    }

    /** The value of the i-th cell, read without making a {@link Ref}. */
    XValue value(Cells cells, int i) {
        return cells.get(sheet, column, rows[i]);
    }

    /** The runs of consecutive rows, rendered: "K8:K10", "K12". */
    List<String> parts() {
        List<String> out = new ArrayList<>();
        StringBuilder s = new StringBuilder();
        int i = 0;
        while (i < rows.length) {
            s.setLength(0);
            i = appendRun(s, i);
            out.add(s.toString());
        }
        return out;
    }

    /** How many parts {@link #parts()} gives: the runs of consecutive rows. */
    int partCount() {
        int n = 0;
        for (int i = 0; i < rows.length; i++) if (i == 0 || rows[i] != rows[i - 1] + 1) n++;
        return n;
    }

    /** Appends the parts, comma-separated, as {@link #render()}. */
    @Override
    public void render(StringBuilder out) {
        int i = 0;
        while (i < rows.length) {
            if (i > 0) out.append(',');
            i = appendRun(out, i);
        }
    }

    /** Appends the run of consecutive rows starting at index i; the index after it. */
    private int appendRun(StringBuilder out, int i) {
        int start = rows[i];
        int end = start;
        while (i + 1 < rows.length && rows[i + 1] == end + 1) end = rows[++i];
        if (sheet != null) out.append(Ref.prefix(sheet));
        A1.appendColumn(out, column);
        out.append(start);
        if (start != end) {
            out.append(':');
            A1.appendColumn(out, column);
            out.append(end);
        }
        return i + 1;
    }

    @Override
    public String render() {
        return String.join(",", parts());
    }

    @Override
    public XValue evaluate(Cells cells) {
        throw new IllegalStateException("a row list is only read by an aggregate function");
    }

    @Override
    public void cells(Consumer<Ref> out) {
        for (int r : rows) out.accept(new Ref(sheet, column, r));
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof RowList l && l.column == column && java.util.Objects.equals(l.sheet, sheet)
                && Arrays.equals(l.rows, rows);
    }

    @Override
    public int hashCode() {
        return (java.util.Objects.hashCode(sheet) * 31 + column) * 31 + Arrays.hashCode(rows);
    }

    @Override
    public String toString() {
        return "RowList[sheet=" + sheet + ", column=" + column + ", rows=" + Arrays.toString(rows) + "]";
    }
}
