package capaian.write;

import capaian.formula.Expr;
import capaian.formula.RowShape;
import capaian.model.CellRef;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * What the write-back changes in one form sheet, decided from the evaluation before the sheet is streamed:
 * cells whose content is replaced (computed cells, empty parent money cells), cells marked with a finding
 * (a fill on whatever style the cell ends up with, and a comment), and cells whose earlier mark is undone.
 */
final class SheetEdits {
    /** Keep the cell's own style (after an earlier mark is undone). */
    static final int KEEP = -1;

    static final class Edit {
        String formula() {
            return formula == null ? null : formula.text();
        }

        boolean content;
        /** Rendered when the cell is written (see {@link ComputedCells.Formula}), or null for a value. */
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

    final String sheet;
    /** 1-based row to 0-based column to edit, both in order, as the sheet XML must be written. */
    final TreeMap<Integer, TreeMap<Integer, Edit>> rows = new TreeMap<>();
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

    Edit at(int row, int col) {
        return rows.computeIfAbsent(row, r -> new TreeMap<>()).computeIfAbsent(col, c -> new Edit());
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
        Map<Integer, Run> runs = new HashMap<>();
        for (Map.Entry<Integer, TreeMap<Integer, Edit>> r : rows.entrySet()) {
            int row = r.getKey();
            for (Map.Entry<Integer, Edit> c : r.getValue().entrySet()) {
                Edit e = c.getValue();
                int col = c.getKey();
                Run run = runs.get(col);
                boolean shareable = e.content && e.formula != null && e.shape != null;
                if (run != null && shareable && run.first.shape == e.shape && run.last == row - 1) {
                    if (run.first.shared < 0) run.first.shared = sharedFormulas++;
                    e.shared = run.first.shared;
                    run.last = row;
                    continue;
                }
                if (run != null) run.close(col);
                if (shareable) runs.put(col, new Run(e, row));
                else runs.remove(col);
            }
        }
        runs.forEach((col, run) -> run.close(col));
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
        for (TreeMap<Integer, Edit> r : rows.values()) for (Edit e : r.values()) if (e.comment != null) return true;
        return false;
    }

    int maxRow() {
        return rows.isEmpty() ? 0 : rows.lastKey();
    }

    int maxCol() {
        int max = -1;
        for (TreeMap<Integer, Edit> r : rows.values()) max = Math.max(max, r.lastKey());
        return max;
    }
}
