package capaian.write;

import capaian.formula.Expr;
import capaian.formula.RowShape;
import capaian.model.CellRef;

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
        /** On the first cell of a shared formula, the range it covers ("L9:L308"); null on the others. */
        String sharedRange;
        Object value;
        int style = KEEP;
        String fill;
        String comment;
    }

    /**
     * One row's edits, in column order. Arrays rather than tree maps: a 100,000-row result has 600,000 edits, and
     * a tree map's entry for each weighed 30 MB of a 256 MB heap.
     */
    static final class Row {
        final int row;
        private Edit[] cells = new Edit[8];
        private int count;

        Row(int row) {
            this.row = row;
        }

        int size() {
            return count;
        }

        Edit cell(int i) {
            return cells[i];
        }

        Edit at(int col) {
            // the walk adds a row's cells left to right: the last one or a new last one
            if (count > 0 && cells[count - 1].col == col) return cells[count - 1];
            int i = count;
            if (count > 0 && cells[count - 1].col > col) {
                i = search(col);
                if (i >= 0) return cells[i];
                i = -i - 1;
            }
            if (count == cells.length) cells = Arrays.copyOf(cells, count * 2);
            System.arraycopy(cells, i, cells, i + 1, count - i);
            Edit e = new Edit(col);
            cells[i] = e;
            count++;
            return e;
        }

        private int search(int col) {
            int lo = 0, hi = count - 1;
            while (lo <= hi) {
                int mid = (lo + hi) >>> 1;
                int c = cells[mid].col;
                if (c < col) lo = mid + 1;
                else if (c > col) hi = mid - 1;
                else return mid;
            }
            return -lo - 1;
        }
    }

    final String sheet;
    /** The rows with edits, in row order (1-based row numbers), as the sheet XML must be written. */
    private Row[] rows = new Row[16];
    private int rowCount;
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
        return rowCount;
    }

    /** The i-th row with edits, in row order. */
    Row row(int i) {
        return rows[i];
    }

    Edit at(int row, int col) {
        maxCol = Math.max(maxCol, col);
        return rowAt(row).at(col);
    }

    private Row rowAt(int row) {
        // the walk goes down the sheet: the last row or a new last row; a finding's mark may land anywhere
        if (rowCount > 0 && rows[rowCount - 1].row == row) return rows[rowCount - 1];
        int i = rowCount;
        if (rowCount > 0 && rows[rowCount - 1].row > row) {
            int lo = 0, hi = rowCount - 1;
            while (lo <= hi) {
                int mid = (lo + hi) >>> 1;
                int r = rows[mid].row;
                if (r < row) lo = mid + 1;
                else if (r > row) hi = mid - 1;
                else return rows[mid];
            }
            i = lo;
        }
        if (rowCount == rows.length) rows = Arrays.copyOf(rows, rowCount * 2);
        System.arraycopy(rows, i, rows, i + 1, rowCount - i);
        Row r = new Row(row);
        rows[i] = r;
        rowCount++;
        return r;
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
        for (int ri = 0; ri < rowCount; ri++) {
            Row r = rows[ri];
            int row = r.row;
            for (int ci = 0; ci < r.count; ci++) {
                Edit e = r.cells[ci];
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
                if (run != null) run.close(col);
                runs[col] = shareable ? new Run(e, row) : null;
            }
        }
        for (int col = 0; col < runs.length; col++) if (runs[col] != null) runs[col].close(col);
    }

    private static final class Run {
        final Edit first;
        final int firstRow;
        int last;

        Run(Edit first, int row) {
            this.first = first;
            this.firstRow = row;
            this.last = row;
        }

        void close(int col) {
            if (first.shared >= 0) first.sharedRange = CellRef.a1(col, firstRow) + ":" + CellRef.a1(col, last);
        }
    }

    boolean hasComments() {
        for (int i = 0; i < rowCount; i++) {
            Row r = rows[i];
            for (int c = 0; c < r.count; c++) if (r.cells[c].comment != null) return true;
        }
        return false;
    }

    boolean isEmpty() {
        return rowCount == 0;
    }

    int maxRow() {
        return rowCount == 0 ? 0 : rows[rowCount - 1].row;
    }

    int maxCol() {
        return maxCol;
    }
}
