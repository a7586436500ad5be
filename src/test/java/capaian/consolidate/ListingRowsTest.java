package capaian.consolidate;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ListingRowsTest {
    /** Spelled as the double POI would store, never with an exponent (Excel reads either; people read the XML). */
    @Test
    void numbersAreSpelledPlainAsTheDoubleTheyBecome() {
        assertEquals("3000000", ListingRows.number(new BigDecimal("3000000.00")));
        assertEquals("42.86", ListingRows.number(new BigDecimal("42.86")));
        assertEquals("-32.14", ListingRows.number(-32.14));
        assertEquals("0", ListingRows.number(-0.0));
        assertEquals("1000000000000000", ListingRows.number(1e15));
        assertEquals("999999999999999.9", ListingRows.number(999999999999999.9));
        assertEquals("1000000000000000000000", ListingRows.number(1e21));
        assertEquals("0.0000001", ListingRows.number(1e-7));
        assertEquals("0.1", ListingRows.number(new BigDecimal("0.1")));
        assertEquals("33.333333333333336", ListingRows.number(100.0 / 3));
    }
}
