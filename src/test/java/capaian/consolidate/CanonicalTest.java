package capaian.consolidate;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;

import static org.junit.jupiter.api.Assertions.*;

class CanonicalTest {
    @Test
    void equalValuesBecomeOneInstanceAndAScaleStaysItsOwn() {
        Canonical c = new Canonical();
        String a = new String("Sangat Rendah");
        String b = new String("Sangat Rendah");
        assertSame(c.of(a), c.of(b));
        BigDecimal two = new BigDecimal("2.0");
        assertSame(two, c.of(two));
        assertSame(two, c.of(new BigDecimal("2.0")));
        BigDecimal twoScaled = new BigDecimal("2.00");
        assertSame(twoScaled, c.of(twoScaled), "2.00 is not 2.0: the rekap shows what the OPD's report said");
        assertNull(c.of(null));
    }

    @Test
    void pastItsBoundItStopsRememberingButStillAnswers() {
        Canonical c = new Canonical();
        for (int i = 0; i < Canonical.MAX; i++) c.of("t" + i);
        String late = new String("late");
        assertSame(late, c.of(late));
        assertNotSame(late, c.of(new String("late")), "not remembered");
        assertEquals("t7", c.of(new String("t7")));
        assertSame(c.of("t7"), c.of(new String("t7")), "what it holds it still shares");
    }
}
