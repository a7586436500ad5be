package capaian.formula;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.IntFunction;

/**
 * An expression every row of a sheet has alike, reading only cells of its own row (a capaian, a category, a
 * one-row leaf's serapan): made once per sheet at an anchor row and moved to each row ({@link #at}), where a tree
 * was built for every cell twice (the formula gate evaluates it, the writer renders it) for a fifth of a process's
 * CPU. Its text is kept as the pieces between the row numbers, so rendering a row is a few appends.
 */
public final class RowShape {
    /** Two anchors with as many digits as Excel's last row: their renderings differ exactly at the row numbers. */
    private static final int A = 1_000_000;
    private static final int B = 2_000_000;
    private static final String A_TEXT = Integer.toString(A);
    private static final String B_TEXT = Integer.toString(B);

    /** The expression at row {@link #A}. */
    final Expr expr;
    private final String[] pieces;
    /**
     * Whether its text fits in a cell on every row: the anchor's row numbers have as many digits as Excel's last
     * row, so no row renders it longer. Asked for every cell by the formula gate ({@link F#renders}).
     */
    final boolean fits;
    /** Its text's length at the anchor, the longest it renders: a row's text is built without growing. */
    private final int length;

    private RowShape(Expr expr, String[] pieces, int anchorLength) {
        this.expr = expr;
        this.pieces = pieces;
        this.fits = anchorLength <= F.MAX_FORMULA;
        this.length = anchorLength;
    }

    /**
     * The shape of what {@code build} gives for a row, or null when that is no shape: no expression, a cell on
     * another row or sheet, or a text that does not move with the row as a shape's must.
     */
    public static RowShape of(IntFunction<Expr> build) {
        Expr a = build.apply(A);
        Expr b = build.apply(B);
        if (a == null || b == null) return null;
        boolean[] ownRow = {true};
        int[] refs = {0};
        a.cells(r -> {
            ownRow[0] &= r.sheet() == null && r.row() == A;
            refs[0]++;
        });
        if (!ownRow[0]) return null;
        String ta;
        String tb;
        try {
            ta = a.render();
            tb = b.render();
        } catch (Fn.Unrenderable tooBig) {
            return null;
        }
        if (ta.length() != tb.length()) return null;
        List<String> pieces = new ArrayList<>();
        int from = 0;
        int i = 0;
        while (i < ta.length()) {
            if (ta.startsWith(A_TEXT, i) && tb.startsWith(B_TEXT, i)) {
                pieces.add(ta.substring(from, i));
                i += A_TEXT.length();
                from = i;
            } else if (ta.charAt(i) != tb.charAt(i)) {
                return null;
            } else {
                i++;
            }
        }
        pieces.add(ta.substring(from));
        // every row number in the text is a cell's: a number made from the row itself would render moved but
        // evaluate as at the anchor
        if (pieces.size() - 1 != refs[0]) return null;
        return new RowShape(a, pieces.toArray(String[]::new), ta.length());
    }

    /** The shape {@code e} is on some row, or null when it is no shape's. */
    public static RowShape shapeOf(Expr e) {
        return e instanceof At a ? a.shape : null;
    }

    /** The expression on row {@code row}. */
    public Expr at(int row) {
        return new At(this, row);
    }

    /**
     * The cells seen {@code rows} rows further down. A class rather than a lambda: one is made for every cell the
     * formula gate checks, and C1 makes a capturing lambda through a call into the VM.
     */
    private record Moved(Cells cells, int rows) implements Cells {
        @Override
        public XValue get(String sheet, int column, int row) {
            return cells.get(sheet, column, row + rows);
        }
    }

    /** A shape on one row: evaluated over the cells moved by the rows between, rendered from the pieces. */
    record At(RowShape shape, int row) implements Expr {
        @Override
        public String render() {
            StringBuilder s = new StringBuilder(shape.length);
            render(s);
            return s.toString();
        }

        @Override
        public void render(StringBuilder out) {
            String[] p = shape.pieces;
            out.append(p[0]);
            for (int i = 1; i < p.length; i++) out.append(row).append(p[i]);
        }

        @Override
        public XValue evaluate(Cells cells) {
            return shape.expr.evaluate(new Moved(cells, row - A));
        }

        @Override
        public void cells(Consumer<Ref> out) {
            shape.expr.cells(r -> out.accept(new Ref(null, r.column(), row)));
        }
    }
}
