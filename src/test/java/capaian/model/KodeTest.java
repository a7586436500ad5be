package capaian.model;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/** RULES section 2: the level from the code's segments, the parent by dropping the last one. */
class KodeTest {
    @Test
    void levels() {
        assertEquals(Level.URUSAN, Kode.parse("5").level());
        assertEquals(Level.BIDANG, Kode.parse("5.03").level());
        assertEquals(Level.PROGRAM, Kode.parse("5.03.02").level());
        assertEquals(Level.KEGIATAN, Kode.parse("5.03.02.1.01").level());
        assertEquals(Level.SUB_KEGIATAN, Kode.parse("5.03.02.1.01.09").level());
        assertEquals(Level.SUB_KEGIATAN, Kode.parse("5.03.02.1.01.0009").level());
    }

    @Test
    void parents() {
        assertEquals("5.03.02.1.01", Kode.parse("5.03.02.1.01.09").parentText());
        assertEquals("5.03.02", Kode.parse("5.03.02.1.01").parentText());
        assertEquals("5.03", Kode.parse("5.03.02").parentText());
        assertEquals("5", Kode.parse("5.03").parentText());
        assertNull(Kode.parse("5").parentText());
    }

    @Test
    void notCodes() {
        assertNull(Kode.parse("5.3.2"));
        assertNull(Kode.parse("5.03.02.1"));
        assertNull(Kode.parse("PROGRAM"));
        assertNull(Kode.parse("5.03.02.01.01"));
        assertNull(Kode.parse(""));
    }
}
