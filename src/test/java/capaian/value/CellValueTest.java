package capaian.value;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/** A plain number's text is made when asked for, and reads as if it had been kept. */
class CellValueTest {

    @Test
    void plainNumberTextIsItsPlainForm() {
        assertEquals("1500000", CellValue.plainNumber(new BigDecimal("1.5E+6"), false, List.of()).raw());
        assertEquals("96.25%", CellValue.plainNumber(new BigDecimal("96.25"), true, List.of()).raw());
    }

    @Test
    void plainNumberEqualsTheSameValueWithItsTextKept() {
        CellValue lazy = CellValue.plainNumber(new BigDecimal("12.5"), false, List.of(ReadNote.MONEY_FRACTION));
        CellValue kept = new CellValue(ValueKind.NUMBER, new BigDecimal("12.5"), null, false, null, "12.5",
                List.of(ReadNote.MONEY_FRACTION));
        assertEquals(kept, lazy);
        assertEquals(kept.hashCode(), lazy.hashCode());
        assertEquals(kept.toString(), lazy.toString());
    }

    @Test
    void aNumberWithoutTextKeepsNone() {
        // a computed figure (a year's sum) has no text: it stays without one
        assertNull(CellValue.number(BigDecimal.TEN, null).raw());
    }
}
