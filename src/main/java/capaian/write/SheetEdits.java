package capaian.write;

import capaian.formula.Expr;
import capaian.formula.RowShape;

import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What the write-back changes in one form sheet, decided from the evaluation before the sheet is streamed:
 * cells whose content is replaced (computed cells, empty parent money cells), cells marked with a finding
 * (a fill on whatever style the cell ends up with, and a comment), and cells whose earlier mark is undone.
 */
final class SheetEdits {
    /** Keep the cell's own style (after an earlier mark is undone). */
    static final int KEEP = -1;

    static final class Edit {
        /** The 0-based column. */
        final int col;

        Edit(int col) {
            this.col = col;
        }

        String formula() {
            return formula == null ? null : formula.text();
        }

        boolean content;
        /**
         * Rendered when the cell is written (see {@link ComputedCells.Formula}), or null for a value; also null on
         * the cells of a shared formula after its first, which are written with its number only.
         */
        ComputedCells.Formula formula;
        /** The shape the formula has where every row has it alike (see {@link RowShape}), or null. */
        RowShape shape;
        /** The shared formula the cell is in ({@link #shareFormulas}), or -1. */
        int shared = -1;
        /**
         * On the first cell of a shared formula, the last row of the range it covers (from itself down: L9:L308 has
         * 308); 0 on the others. Kept as a number and written as the range, as a string it was 1.6 % of an upload.
         */
        int sharedTo;
        Object value;
        int style = KEEP;
        String fill;
        String comment;
    }

    /**
     * Entries in order of an int key, added mostly at the end (the walk goes down the sheet and along each row; a
     * finding's mark may land anywhere). Arrays rather than tree maps: a 100,000-row result has 600,000 edits, and
     * a tree map's entry for each weighed 30 MB of a 256 MB heap.
     */
    abstract static class Ordered<T> {
        private Object[] items;
        private int count;

        Ordered(int capacity) {
            items = new Object[capacity];
        }

        abstract int keyOf(T item);

        abstract T create(int key);

        int size() {
            return count;
        }

        @SuppressWarnings("unchecked")
        T get(int i) {
            return (T) items[i];
        }

        /** The entry with this key, made and put in its place when there is none. */
        T at(int key) {
            if (count > 0 && keyOf(get(count - 1)) == key) return get(count - 1);
            int i = count;
            if (count > 0 && keyOf(get(count - 1)) > key) {
                int lo = 0, hi = count - 1;
                while (lo <= hi) {
                    int mid = (lo + hi) >>> 1;
                    int k = keyOf(get(mid));
                    if (k < key) lo = mid + 1;
                    else if (k > key) hi = mid - 1;
                    else return get(mid);
                }
                i = lo;
            }
            if (count == items.length) items = Arrays.copyOf(items, count * 2);
            System.arraycopy(items, i, items, i + 1, count - i);
            T t = create(key);
            items[i] = t;
            count++;
            return t;
        }
    }

    /** One row's edits, in column order. */
    static final class Row extends Ordered<Edit> {
        final int row;

        Row(int row) {
            super(8);
            this.row = row;
        }

        @Override
        int keyOf(Edit e) {
            return e.col;
        }

        @Override
        Edit create(int col) {
            return new Edit(col);
        }
    }

    final String sheet;
    /** The rows with edits, in row order (1-based row numbers), as the sheet XML must be written. */
    private final Ordered<Row> rows = new Ordered<>(16) {
        @Override
        int keyOf(Row r) {
            return r.row;
        }

        @Override
        Row create(int row) {
            return new Row(row);
        }
    };
    private int maxCol = -1;
    /** Cells an earlier run marked, to the style they had before. */
    final Map<Long, Integer> undo = new HashMap<>();
    /** Filled in by the transform: each marked cell's style before its fill, in the order of the marks. */
    final Map<Long, Integer> markedBase = new LinkedHashMap<>();
    /** The shared formulas the edits make, numbered 0 to this - 1 (the sheet's own are numbered after them). */
    int sharedFormulas;

    SheetEdits(String sheet) {
        this.sheet = sheet;
    }

    static long key(int row, int col) {
        return ((long) row << 20) | col;
    }

    int rowCount() {
        return rows.size();
    }

    /** The i-th row with edits, in row order. */
    Row row(int i) {
        return rows.get(i);
    }

    Edit at(int row, int col) {
        maxCol = Math.max(maxCol, col);
        return rows.at(row).at(col);
    }

    void content(int row, int col, ComputedCells.Formula formula, Object value, int style) {
        Edit e = at(row, col);
        e.content = true;
        e.formula = formula;
        e.value = value;
        if (formula != null) {
            // a row shape's expression is a small record; any other is built again when the cell is written
            Expr x = formula.expr();
            e.shape = RowShape.shapeOf(x);
        }
        if (style != KEEP) e.style = style;
    }

    /**
     * Writes each column's run of consecutive rows whose formula is the same row shape as one shared formula, as
     * Excel itself does: the first cell carries the text and the range, the others only the formula's number. A
     * 300-row result held the same six formulas written out 300 times, 40 % of its bytes.
     */
    void shareFormulas() {
        Run[] runs = new Run[maxCol + 1]; // by column: a map's look-up per edit was 3 % of a write-back on C1
        for (int ri = 0; ri < rows.size(); ri++) {
            Row r = rows.get(ri);
            int row = r.row;
            for (int ci = 0; ci < r.size(); ci++) {
                Edit e = r.get(ci);
                int col = e.col;
                Run run = runs[col];
                boolean shareable = e.content && e.formula != null && e.shape != null;
                if (run != null && shareable && run.first.shape == e.shape && run.last == row - 1) {
                    if (run.first.shared < 0) run.first.shared = sharedFormulas++;
                    e.shared = run.first.shared;
                    // written with the formula's number only: nothing of its own to keep
                    e.formula = null;
                    e.shape = null;
                    run.last = row;
                    continue;
                }
                if (run != null) run.close();
                runs[col] = shareable ? new Run(e, row) : null;
            }
        }
        for (Run run : runs) if (run != null) run.close();
    }

    private static final class Run {
        final Edit first;
        int last;

        Run(Edit first, int row) {
            this.first = first;
            this.last = row;
        }

        void close() {
            if (first.shared >= 0) first.sharedTo = last;
        }
    }

    boolean hasComments() {
        for (int i = 0; i < rows.size(); i++) {
            Row r = rows.get(i);
            for (int c = 0; c < r.size(); c++) if (r.get(c).comment != null) return true;
        }
        return false;
    }

    boolean isEmpty() {
        return rows.size() == 0;
    }

    int maxRow() {
        return rows.size() == 0 ? 0 : rows.get(rows.size() - 1).row;
    }

    int maxCol() {
        return maxCol;
    }
}
