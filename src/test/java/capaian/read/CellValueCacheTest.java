package capaian.read;

import capaian.form.Role;
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

    @Test
    void equalTextsInOneColumnShareOneValueReadOnce() {
        CellValueCache cache = new CellValueCache();
        CellValue a = cache.text(Role.SATUAN, "Dokumen", this::readText);
        CellValue b = cache.text(Role.SATUAN, new String("Dokumen"), this::readText);
        assertSame(a, b);
        assertEquals(1, reads.get());
        assertEquals("Dokumen", b.raw());
    }

    @Test
    void distinctInputsGiveDistinctValues() {
        CellValueCache cache = new CellValueCache();
        CellValue dokumen = cache.text(Role.SATUAN, "Dokumen", this::readText);
        CellValue orang = cache.text(Role.SATUAN, "Orang", this::readText);
        assertEquals("Orang", orang.raw());
        assertNotSame(dokumen, orang);
        // the same text in another column is read by that column (its own type)
        assertNotSame(dokumen, cache.text(Role.URAIAN, "Dokumen", this::readText));
        // a number and its text are different cells
        CellValue five = cache.number(Role.TARGET, 5, false, this::readNumber);
        assertNotSame(five, cache.text(Role.TARGET, "5", this::readText));
        assertEquals(new BigDecimal("5.0"), five.number());
        assertSame(five, cache.number(Role.TARGET, 5, false, this::readNumber));
        assertNotSame(five, cache.number(Role.TARGET, 6, false, this::readNumber));
        assertEquals(6, reads.get()); // Dokumen, Orang, Dokumen as Uraian, 5, "5", 6
    }

    @Test
    void percentFormattedNumberIsNotThePlainOne() {
        CellValueCache cache = new CellValueCache();
        CellValue plain = cache.number(Role.REALISASI, 0.5, false, d -> CellValue.plainNumber(new BigDecimal("0.5"), false, List.of()));
        CellValue pct = cache.number(Role.REALISASI, 0.5, true, d -> CellValue.plainNumber(new BigDecimal("50"), true, List.of()));
        assertEquals("0.5", plain.raw());
        assertEquals("50%", pct.raw());
        assertSame(pct, cache.number(Role.REALISASI, 0.5, true, d -> { throw new AssertionError("read again"); }));
    }

    @Test
    void boundRespectedPerColumn() {
        CellValueCache cache = new CellValueCache(3);
        cache.text(Role.SATUAN, "Unit", this::readText);
        for (int i = 0; i < 10; i++) {
            cache.text(Role.URAIAN, "kegiatan " + i, this::readText);
            assertTrue(cache.size(Role.URAIAN) <= 3, "size " + cache.size(Role.URAIAN));
        }
        // a full column starts afresh without touching the others
        assertEquals(1, cache.size(Role.SATUAN));
        assertEquals(11, reads.get());
        // after starting afresh a value is still read right
        assertEquals("kegiatan 0", cache.text(Role.URAIAN, "kegiatan 0", this::readText).raw());
    }
}
