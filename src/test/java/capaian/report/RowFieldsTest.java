package capaian.report;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A row's fields keep the order they were put in and equal the LinkedHashMap they replace. */
class RowFieldsTest {

    @Test
    void keepsInsertionOrderAndReplacesInPlace() {
        RowFields f = new RowFields();
        f.put("target", new BigDecimal("100"));
        f.put("kode", "1.01");
        f.put("satuan", "Dokumen");
        assertNull(f.put("uraian", "Program"));
        assertEquals("1.01", f.put("kode", "1.02")); // replaced where it was, not moved last
        assertEquals(List.of("target", "kode", "satuan", "uraian"), new ArrayList<>(f.keySet()));
        assertEquals("1.02", f.get("kode"));
        assertEquals(4, f.size());
        assertTrue(f.containsKey("satuan"));
        assertFalse(f.containsKey("pagu"));
        assertNull(f.get("pagu"));
    }

    @Test
    void equalsTheLinkedHashMapWithTheSameEntries() {
        RowFields f = new RowFields();
        Map<String, Object> expected = new LinkedHashMap<>();
        for (int i = 0; i < 20; i++) { // past the first growth of its arrays
            f.put("k" + i, i);
            expected.put("k" + i, i);
        }
        assertEquals(expected, f);
        assertEquals(f, expected);
        assertEquals(expected.hashCode(), f.hashCode());
        assertEquals(new ArrayList<>(expected.entrySet()), new ArrayList<>(f.entrySet()));
    }
}
