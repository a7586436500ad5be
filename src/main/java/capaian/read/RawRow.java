package capaian.read;

import java.util.List;

/** A sheet row as streamed: its 1-based number, whether it is hidden, its non-empty cells in column order. */
record RawRow(int row, boolean hidden, List<RawCell> cells) {

    RawCell cell(int column) {
        for (RawCell c : cells) {
            if (c.column() == column) return c;
            if (c.column() > column) return null;
        }
        return null;
    }

    String text(int column) {
        RawCell c = cell(column);
        return c == null ? null : c.display();
    }
}
