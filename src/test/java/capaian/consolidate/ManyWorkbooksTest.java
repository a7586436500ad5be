package capaian.consolidate;

import capaian.process.Processor;
import capaian.rules.ProfileLoader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * A province's quarter: 60 OPD workbooks of 300 sub kegiatan each, read one at a time from disk, consolidated
 * and written within the test JVM's 1 GB heap. Prints time and peak heap (the benchmark issue records them).
 */
class ManyWorkbooksTest {
    static final int OPDS = 60;
    static final int ROWS = 300;

    @Test
    void sixtyWorkbooksOfThreeHundredRows(@TempDir Path dir) throws IOException {
        BigDecimal pagu = BigDecimal.ZERO;
        BigDecimal real = BigDecimal.ZERO;
        for (int i = 1; i <= OPDS; i++) {
            OpdWorkbooks.Generated g = OpdWorkbooks.lampiran("OPD " + i, String.format("1.%02d.0.00.0.00.01.0000", i), 2025,
                    "III", ROWS, i);
            Files.write(dir.resolve(String.format("opd-%02d.xlsx", i)), g.bytes());
            pagu = pagu.add(g.pagu());
            real = real.add(g.realisasi());
        }
        for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) p.resetPeakUsage();
        long start = System.nanoTime();
        Consolidator c = new Consolidator(new Processor(ProfileLoader.defaultProfile()), Selection.any());
        Inputs.addPaths(c, List.of(dir));
        Rekap rekap = c.finish(OpdList.empty(), Instant.now());
        byte[] xlsx = RekapWriter.standard().write(rekap);
        double seconds = (System.nanoTime() - start) / 1e9;
        long peak = ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == MemoryType.HEAP)
                .mapToLong(p -> p.getPeakUsage().getUsed()).sum();
        System.out.printf("consolidated %d workbooks of %d rows in %.1f s, peak heap %d MB, rekap %d KB%n", OPDS, ROWS,
                seconds, peak / (1024 * 1024), xlsx.length / 1024);
        assertEquals(OPDS, rekap.opds().size());
        assertEquals(0, pagu.compareTo(rekap.total().pagu()));
        assertEquals(0, real.compareTo(rekap.total().realisasi()));
        assertEquals(OPDS * ROWS, rekap.total().subKegiatan());
    }
}
