package capaian.read;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/** A row's cells looked up by column, including the rows a damaged file writes out of order or twice. */
class RawRowTest {

    private static RawCell text(int column, String s) {
        return new RawCell(column, RawCell.Kind.TEXT, 0, s, false, false);
    }

    @Test
    void cellsAreFoundByColumnAndGapsAreBlank() {
        RawRow row = new RawRow(9, false, List.of(text(0, "A"), text(2, "C"), text(3, "D"), text(7, "H")));
        assertEquals("A", row.text(0));
        assertNull(row.text(1));
        assertEquals("C", row.text(2));
        assertEquals("D", row.text(3));
        assertNull(row.text(4));
        assertEquals("H", row.text(7));
        assertNull(row.text(8));
        assertNull(new RawRow(9, false, List.of()).text(0));
    }

    @Test
    void aRowOutOfOrderIsPutInOrderAndTheFirstOfTwoCellsInAColumnWins() {
        List<RawCell> filed = List.of(text(5, "F"), text(1, "B first"), text(3, "D"), text(1, "B second"));
        List<RawCell> ordered = RawRow.inOrder(filed);
        assertEquals(List.of(1, 1, 3, 5), ordered.stream().map(RawCell::column).toList());
        RawRow row = new RawRow(4, false, ordered);
        assertEquals("B first", row.text(1));
        assertEquals("D", row.text(3));
        assertEquals("F", row.text(5));
        assertNull(row.text(2));
    }

    @Test
    void manyCellsInOneColumnStillGiveTheFirst() {
        RawRow row = new RawRow(1, false, RawRow.inOrder(List.of(text(2, "x1"), text(2, "x2"), text(2, "x3"),
                text(0, "a"), text(2, "x4"), text(4, "e"))));
        assertEquals("x1", row.text(2));
        assertEquals("a", row.text(0));
        assertEquals("e", row.text(4));
    }
}
