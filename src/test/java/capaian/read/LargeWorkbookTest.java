package capaian.read;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * `check` streams: a 100,000-row Lampiran Realisasi is checked in a JVM limited to 512 MB, where POI's
 * in-memory model cannot even open and save it.
 */
class LargeWorkbookTest {
    static final int ROWS = 100_000;

    @TempDir
    Path dir;

    @Test
    void checkOfAHundredThousandRowsFitsInHalfAGigabyte() throws Exception {
        Path file = dir.resolve("besar.xlsx");
        capaian.bench.LampiranGenerator.write(file, ROWS);
        Path report = dir.resolve("besar.json");
        Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx512m",
                "-Dlog4j2.loggerContextFactory=org.apache.logging.log4j.simple.SimpleLoggerContextFactory",
                "-cp", System.getProperty("java.class.path"), "capaian.cli.Main", "check", file.toString(),
                "--report", report.toString())
                .redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(5, TimeUnit.MINUTES), "check finished");
        assertEquals(0, p.exitValue(), out);
        // every sub kegiatan spends 75 % of its pagu
        assertTrue(out.contains("Serapan   : 75,00 %"), out);
        assertTrue(Files.size(report) > 10_000_000, "the report lists every row");
    }
}
