package capaian.bench;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The benchmark harness at tiny sizes, so that it keeps working; the real run is scripts/bench. */
class BenchSmokeTest {
    @Test
    void harnessRunsEveryOperationAndWritesTheTable() throws Exception {
        Bench b = new Bench(true, Path.of("target", "bench-smoke"));
        b.runAll();
        for (Bench.Line l : b.lines()) {
            if (l.what().startsWith("libreoffice")) continue;
            assertEquals("ok", l.status(), l.toString());
            assertTrue(l.seconds() > 0 && l.peakHeap() > 0, l.toString());
        }
        String md = b.markdown();
        assertTrue(md.contains("| process | 120 | ok |"), md);
        assertTrue(md.contains("uploads/s"), md);
        assertTrue(md.contains("| consolidate 3 × 30 | 90 | ok |"), md);
        assertTrue(md.contains("| a cold process of 300 rows ≤ 0.6 s | not measured | – |"), md);
        assertTrue(md.contains("| server: 300-row upload p50 ≤ 10 ms, 1 client | not measured |"), "the smoke run has no 300-row server line: " + md);
    }
}
