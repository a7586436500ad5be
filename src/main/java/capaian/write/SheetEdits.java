package capaian.write;

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
        if (style != KEEP) e.style = style;
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
