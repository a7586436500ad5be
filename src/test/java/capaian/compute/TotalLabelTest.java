package capaian.compute;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/**
 * Total labels as people type them, and the first-letter shortcut that rules most texts out before they are reduced
 * to their letters: it must never rule out a text the full test would take for a label.
 */
class TotalLabelTest {

    @Test
    void labelsInAnySpellingAreRecognised() {
        assertEquals(TotalLabel.PLAIN, TotalLabel.of("Jumlah"));
        assertEquals(TotalLabel.PLAIN, TotalLabel.of("  JUMLAH (1+2)"));
        assertEquals(TotalLabel.PLAIN, TotalLabel.of("1. Jumlah"));
        assertEquals(TotalLabel.PLAIN, TotalLabel.of("Total Anggaran"));
        assertEquals(TotalLabel.SUB, TotalLabel.of("Sub-Total"));
        assertEquals(TotalLabel.SUB, TotalLabel.of("subtotal"));
        assertEquals(TotalLabel.GRAND, TotalLabel.of("Grand Total"));
        assertEquals(TotalLabel.PROGRAM, TotalLabel.of("Jumlah Program Penunjang"));
        assertEquals(TotalLabel.KEGIATAN, TotalLabel.of("TOTAL KEGIATAN 1.01"));
    }

    @Test
    void namesAndCodesAreNoLabels() {
        assertNull(TotalLabel.of("Program Penunjang Urusan Pemerintahan Daerah"));
        assertNull(TotalLabel.of("Kegiatan Perencanaan"));
        assertNull(TotalLabel.of("1.01.01.2.01"));
        assertNull(TotalLabel.of(""));
        assertNull(TotalLabel.of("   "));
        assertNull(TotalLabel.of("Target Kinerja Tahun 2024"));
    }

    @Test
    void aTextStartingOutsideAsciiIsLeftToTheFullTest() {
        // an em dash, a non-breaking space and a Turkish capital I come before the letters: still labels
        assertEquals(TotalLabel.PLAIN, TotalLabel.of("\u2014 Jumlah"));
        assertEquals(TotalLabel.PLAIN, TotalLabel.of("\u00a0Jumlah"));
        assertEquals(TotalLabel.SUB, TotalLabel.of("\u2013Sub Total"));
        // "İ" lowers to "i" and a combining dot: a label cannot start with i either way
        assertNull(TotalLabel.of("\u0130ndikator"));
    }
}
