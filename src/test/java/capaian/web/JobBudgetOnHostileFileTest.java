package capaian.web;

import capaian.bench.LampiranGenerator;
import capaian.process.ProcessResult;
import capaian.process.Processor;
import capaian.rules.ProfileLoader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.*;

/**
 * The CPU budget stops real work, and the file that used to need it is refused before any work. Issue 14: a
 * workbook.xml listing 20,000 sheets that all point at one part took 55 s of CPU and went on after its 503; the
 * reader now refuses it by its sheet count at once. A genuine large form (20,000 rows) under a 0.3 s budget is
 * stopped in its reading or writing, and the slot frees at once.
 */
class JobBudgetOnHostileFileTest {
    private final Processor processor = new Processor(ProfileLoader.defaultProfile());

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void twentyThousandSheetsAreRefusedBeforeAnyWork() throws Exception {
        byte[] file = AttackFiles.manySheets(20_000);
        JobLimiter limiter = new JobLimiter(1, 1_000, Duration.ZERO, Duration.ofSeconds(100), Duration.ofSeconds(2));
        try {
            long t0 = System.nanoTime();
            ProcessResult r = limiter.run(JobCost.of("lembar.xlsx", file), "a",
                    () -> processor.process(new ByteArrayInputStream(file), "lembar.xlsx", null));
            long ms = (System.nanoTime() - t0) / 1_000_000;
            assertFalse(r.readable(), "refused, not processed");
            assertTrue(ms < 5_000, "refused before any work: " + ms + " ms");
            assertEquals(1, limiter.available(), "the slot is free");
        } finally {
            limiter.close();
        }
    }

    @Test
    @Timeout(value = 120, unit = TimeUnit.SECONDS)
    void aLargeFormIsStoppedByItsCpuBudget(@TempDir Path dir) throws Exception {
        Path big = dir.resolve("besar.xlsx");
        LampiranGenerator.write(big, 20_000);
        byte[] file = Files.readAllBytes(big);
        JobLimiter limiter = new JobLimiter(1, 1_000, Duration.ZERO, Duration.ofSeconds(100), Duration.ofMillis(300));
        try {
            long t0 = System.nanoTime();
            ApiException e = assertThrows(ApiException.class, () -> limiter.run(JobCost.of("besar.xlsx", file), "a",
                    () -> processor.process(new ByteArrayInputStream(file), "besar.xlsx", null)));
            long ms = (System.nanoTime() - t0) / 1_000_000;
            assertEquals("WAKTU_HABIS", e.code());
            assertTrue(ms < 30_000, "stopped by the 0.3 s CPU budget, not the 100 s limit: " + ms + " ms");
            assertEquals(1, limiter.available(), "the slot is free: the job really ended");
        } finally {
            limiter.close();
        }
    }
}
