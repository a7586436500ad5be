package capaian.read;

import capaian.form.Role;
import capaian.form.ValueType;
import capaian.value.CellValue;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CellValueCacheTest {
    private final AtomicInteger reads = new AtomicInteger();

    private CellValue readText(String s) {
        reads.incrementAndGet();
        return CellValue.text(s);
    }

    private CellValue readNumber(double d) {
        reads.incrementAndGet();
        return CellValue.plainNumber(BigDecimal.valueOf(d), false, List.of());
    }

    /** Counts its reads; the type is the column's, not needed here. */
    private final CellValueCache.Reader counting = reader(this::readText, this::readNumber);

    private static CellValueCache.Reader reader(java.util.function.Function<String, CellValue> text,
                                                java.util.function.DoubleFunction<CellValue> number) {
        return new CellValueCache.Reader() {
            @Override
            public CellValue readText(String t, ValueType type) {
                return text.apply(t);
            }

            @Override
            public CellValue readNumber(double n, boolean percentFormat, ValueType type) {
                return number.apply(n);
            }
        };
    }

    @Test
    void equalTextsInOneColumnShareOneValueReadOnce() {
        CellValueCache cache = new CellValueCache();
        CellValue a = cache.text(Role.SATUAN, "Dokumen", ValueType.TEXT, counting);
        CellValue b = cache.text(Role.SATUAN, new String("Dokumen"), ValueType.TEXT, counting);
        assertSame(a, b);
        assertEquals(1, reads.get());
        assertEquals("Dokumen", b.raw());
    }

    @Test
    void distinctInputsGiveDistinctValues() {
        CellValueCache cache = new CellValueCache();
        CellValue dokumen = cache.text(Role.SATUAN, "Dokumen", ValueType.TEXT, counting);
        CellValue orang = cache.text(Role.SATUAN, "Orang", ValueType.TEXT, counting);
        assertEquals("Orang", orang.raw());
        assertNotSame(dokumen, orang);
        // the same text in another column is read by that column (its own type)
        assertNotSame(dokumen, cache.text(Role.URAIAN, "Dokumen", ValueType.TEXT, counting));
        // a number and its text are different cells
        CellValue five = cache.number(Role.TARGET, 5, false, ValueType.NUMBER, counting);
        assertNotSame(five, cache.text(Role.TARGET, "5", ValueType.TEXT, counting));
        assertEquals(new BigDecimal("5.0"), five.number());
        assertSame(five, cache.number(Role.TARGET, 5, false, ValueType.NUMBER, counting));
        assertNotSame(five, cache.number(Role.TARGET, 6, false, ValueType.NUMBER, counting));
        assertEquals(6, reads.get()); // Dokumen, Orang, Dokumen as Uraian, 5, "5", 6
    }

    @Test
    void percentFormattedNumberIsNotThePlainOne() {
        CellValueCache cache = new CellValueCache();
        CellValue plain = cache.number(Role.REALISASI, 0.5, false, ValueType.NUMBER,
                reader(t -> null, d -> CellValue.plainNumber(new BigDecimal("0.5"), false, List.of())));
        CellValue pct = cache.number(Role.REALISASI, 0.5, true, ValueType.NUMBER,
                reader(t -> null, d -> CellValue.plainNumber(new BigDecimal("50"), true, List.of())));
        assertEquals("0.5", plain.raw());
        assertEquals("50%", pct.raw());
        assertSame(pct, cache.number(Role.REALISASI, 0.5, true, ValueType.NUMBER,
                reader(t -> null, d -> { throw new AssertionError("read again"); })));
    }

    @Test
    void boundRespectedPerColumn() {
        CellValueCache cache = new CellValueCache(3);
        cache.text(Role.SATUAN, "Unit", ValueType.TEXT, counting);
        for (int i = 0; i < 10; i++) {
            cache.text(Role.URAIAN, "kegiatan " + i, ValueType.TEXT, counting);
            assertTrue(cache.size(Role.URAIAN) <= 3, "size " + cache.size(Role.URAIAN));
        }
        // a full column starts afresh without touching the others
        assertEquals(1, cache.size(Role.SATUAN));
        assertEquals(11, reads.get());
        // after starting afresh a value is still read right
        assertEquals("kegiatan 0", cache.text(Role.URAIAN, "kegiatan 0", ValueType.TEXT, counting).raw());
    }
}
