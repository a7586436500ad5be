package capaian.compute;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class NumbersTest {

    /** The reference: exact arithmetic as RULES section 4 states it, by the library. */
    private static BigDecimal library(BigDecimal a, BigDecimal b) {
        return a.multiply(Numbers.HUNDRED).divide(b, Numbers.CONTEXT);
    }

    @Test
    void exactQuotientsKeepTheLibrarysValueAndScale() {
        // by hand: 80 of 100 is 80 (scale 0); 1 of 4 is 25; 3 of 8 is 37.5; 1.50 of 2 is 75.00
        assertEquals("80", Numbers.percent(new BigDecimal("80"), new BigDecimal("100")).toString());
        assertEquals("25", Numbers.percent(new BigDecimal("1"), new BigDecimal("4")).toString());
        assertEquals("37.5", Numbers.percent(new BigDecimal("3"), new BigDecimal("8")).toString());
        assertEquals("75.00", Numbers.percent(new BigDecimal("1.50"), new BigDecimal("2")).toString());
        assertEquals("-50", Numbers.percent(new BigDecimal("-1"), new BigDecimal("2")).toString());
        // zero at the preferred scale, 0 - (-2)
        assertEquals("0.00", Numbers.percent(new BigDecimal("0"), new BigDecimal("1E+2")).toString());
        // not terminating: left to the library (34 digits)
        assertNull(Numbers.exactQuotient(new BigDecimal("100"), new BigDecimal("3")));
        assertEquals("33.33333333333333333333333333333333", Numbers.percent(BigDecimal.ONE, new BigDecimal("3")).toString());
    }

    @Test
    void unscaledIsTheDigitsWithoutTheirPoint() {
        // by hand: 1.50 is 150 at scale 2; -0.001 is -1 at scale 3; 1E+3 is 1 at scale -3; 75 is 75
        assertEquals(150, Numbers.unscaled(new BigDecimal("1.50")));
        assertEquals(-1, Numbers.unscaled(new BigDecimal("-0.001")));
        assertEquals(1, Numbers.unscaled(new BigDecimal("1E+3")));
        assertEquals(75, Numbers.unscaled(BigDecimal.valueOf(75)));
        assertEquals(999_999_999_999_999_999L, Numbers.unscaled(new BigDecimal("9999999999.99999999")));
    }

    @Test
    void everyQuotientEqualsTheLibrarysToTheScale() {
        Random r = new Random(18);
        String[] shapes = {"%d", "%d.%02d", "%d000000", "%d.5", "-%d"};
        for (int i = 0; i < 200_000; i++) {
            BigDecimal a = number(r, shapes);
            BigDecimal b = number(r, shapes);
            if (b.signum() == 0) continue;
            BigDecimal want = library(a, b);
            BigDecimal got = Numbers.percent(a, b);
            assertEquals(want, got, a + " / " + b); // equals compares the scale too
            assertEquals(a.divide(b, Numbers.CONTEXT), Numbers.divide(a, b), a + " / " + b);
            BigDecimal count = BigDecimal.valueOf(1 + r.nextInt(12)); // a mean's divisor
            assertEquals(a.divide(count, Numbers.CONTEXT), Numbers.divide(a, count), a + " / " + count);
        }
    }

    private static BigDecimal number(Random r, String[] shapes) {
        String shape = shapes[r.nextInt(shapes.length)];
        long n = switch (r.nextInt(4)) {
            case 0 -> r.nextInt(10);
            case 1 -> r.nextInt(1000);
            case 2 -> r.nextInt(1_000_000_000);
            default -> Math.abs(r.nextLong() % 1_000_000_000_000_000L);
        };
        return new BigDecimal(String.format(shape, n, r.nextInt(100)).replace("%02d", ""));
    }
}
