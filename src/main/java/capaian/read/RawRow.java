package capaian.read;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * A sheet row as streamed: its 1-based number, whether it is hidden, its non-empty cells in column order
 * ({@link #inOrder} for a file that writes them otherwise).
 */
record RawRow(int row, boolean hidden, List<RawCell> cells) {

    /**
     * A row's cells put in column order, as Excel writes and expects them. Stable: two cells in one column (a
     * damaged file) stay in the file's order, and both stay, so that an outside formula in either is still seen.
     */
    static List<RawCell> inOrder(List<RawCell> cells) {
        List<RawCell> sorted = new ArrayList<>(cells);
        sorted.sort(Comparator.comparingInt(RawCell::column));
        return List.copyOf(sorted);
    }

    /** The cell in a column, or null: a binary search, as it is asked once per column of every row. */
    RawCell cell(int column) {
        int lo = 0, hi = cells.size() - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            RawCell c = cells.get(mid);
            if (c.column() < column) lo = mid + 1;
            else if (c.column() > column) hi = mid - 1;
            else {
                // of two cells in one column, the first in the file, as a reader going along the row finds it
                while (mid > 0 && cells.get(mid - 1).column() == column) mid--;
                return cells.get(mid);
            }
        }
        return null;
    }

    String text(int column) {
        RawCell c = cell(column);
        return c == null ? null : c.display();
    }
}
