package capaian.web;

import capaian.process.Processor;
import capaian.rules.ProfileLoader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.io.ByteArrayInputStream;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.*;

/**
 * The CPU budget stops real work: a workbook.xml listing 20,000 sheets that all point at one part (issue 14: 55 s
 * of CPU, going on after its 503) is stopped within its 2 s budget plus the time to reach a check, and its slot
 * frees at once.
 */
class JobBudgetOnHostileFileTest {
    @Test
    @Timeout(value = 120, unit = TimeUnit.SECONDS)
    void twentyThousandSheetsAreStoppedByTheCpuBudget() throws Exception {
        byte[] file = AttackFiles.manySheets(20_000);
        Processor processor = new Processor(ProfileLoader.defaultProfile());
        JobLimiter limiter = new JobLimiter(1, 1_000, Duration.ZERO, Duration.ofSeconds(100), Duration.ofSeconds(2));
        try {
            long t0 = System.nanoTime();
            ApiException e = assertThrows(ApiException.class, () -> limiter.run(JobCost.of("lembar.xlsx", file), "a",
                    () -> processor.process(new ByteArrayInputStream(file), "lembar.xlsx", null)));
            long ms = (System.nanoTime() - t0) / 1_000_000;
            System.out.println("20,000 sheets stopped after " + ms + " ms");
            assertEquals("WAKTU_HABIS", e.code());
            assertTrue(ms < 30_000, "stopped by the 2 s CPU budget, not the 100 s limit: " + ms + " ms");
            assertEquals(1, limiter.available(), "the slot is free: the job really ended");
        } finally {
            limiter.close();
        }
    }
}
