package capaian.write;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

/** The edits stay in row and column order, as the sheet XML must be written, whatever order they come in. */
class SheetEditsTest {

    private static List<String> order(SheetEdits edits) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < edits.rowCount(); i++) {
            SheetEdits.Row r = edits.row(i);
            for (int c = 0; c < r.size(); c++) out.add(r.row + ":" + r.get(c).col);
        }
        return out;
    }

    @Test
    void editsComeOutInRowAndColumnOrder() {
        SheetEdits e = new SheetEdits("Realisasi");
        // the walk goes down the sheet and along each row; findings' marks land anywhere, some on the same cell
        SheetEdits.Edit first = e.at(9, 12);
        e.at(9, 14);
        e.at(10, 12);
        e.at(10, 3);
        e.at(4, 1);
        e.at(12, 20);
        e.at(7, 5);
        e.at(9, 13);
        assertSame(first, e.at(9, 12), "one cell, one edit");
        assertEquals(List.of("4:1", "7:5", "9:12", "9:13", "9:14", "10:3", "10:12", "12:20"), order(e));
        assertEquals(12, e.maxRow());
        assertEquals(20, e.maxCol());
    }

    @Test
    void manyRowsAndCellsOutOfOrderStayOrdered() {
        SheetEdits e = new SheetEdits("Realisasi");
        List<String> expected = new ArrayList<>();
        for (int r = 1; r <= 40; r++) for (int c = 0; c < 20; c++) expected.add(r + ":" + c);
        // every row and every column added backwards: each insert goes before all the others
        for (int r = 40; r >= 1; r--) for (int c = 19; c >= 0; c--) e.at(r, c);
        assertEquals(expected, order(e));
    }
}
