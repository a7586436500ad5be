package capaian.web;

import capaian.job.JobBudget;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import static org.junit.jupiter.api.Assertions.*;

/** Admission by cost and the CPU-time budget that really stops a job. */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class JobLimiterTest {
    private static final JobCost HEAVY = new JobCost(100, true);

    @Test
    void aJobPastItsCpuBudgetStopsAtItsNextCheckAndFreesItsSlot() throws Exception {
        JobLimiter limiter = new JobLimiter(1, 1_000, Duration.ZERO, Duration.ofSeconds(30), Duration.ofMillis(300));
        AtomicLong loops = new AtomicLong();
        try {
            long t0 = System.nanoTime();
            ApiException e = assertThrows(ApiException.class, () -> limiter.run(JobCost.LIGHT, "a", () -> {
                while (true) {
                    JobBudget.check(); // what the row loops do
                    loops.incrementAndGet();
                }
            }));
            long ms = (System.nanoTime() - t0) / 1_000_000;
            assertEquals("WAKTU_HABIS", e.code());
            assertEquals(503, e.status());
            assertTrue(ms < 10_000, "stopped by the 0.3 s CPU budget, not the 30 s time limit: " + ms + " ms");
            long after = loops.get();
            Thread.sleep(200);
            assertEquals(after, loops.get(), "the job no longer runs");
            assertEquals(1, limiter.available(), "its slot is free");
        } finally {
            limiter.close();
        }
    }

    @Test
    void aJobPastItsTimeLimitIsCancelledAtItsNextCheck() throws Exception {
        JobLimiter limiter = new JobLimiter(1, 1_000, Duration.ZERO, Duration.ofMillis(200), Duration.ofSeconds(60));
        try {
            ApiException e = assertThrows(ApiException.class, () -> limiter.run(JobCost.LIGHT, "a", () -> {
                while (true) {
                    Thread.sleep(1); // mostly waiting: little CPU, so only the time limit can end it
                    JobBudget.check();
                }
            }));
            assertEquals("WAKTU_HABIS", e.code());
            for (int i = 0; i < 200 && limiter.available() == 0; i++) Thread.sleep(10);
            assertEquals(1, limiter.available(), "the cancelled job ended and freed its slot");
        } finally {
            limiter.close();
        }
    }

    @Test
    void heavyJobsNeverTakeTheLastSlotAndTheMemoryBudgetHolds() throws Exception {
        JobLimiter limiter = new JobLimiter(3, 250, Duration.ofMillis(300), Duration.ofSeconds(20), Duration.ofSeconds(20));
        CountDownLatch release = new CountDownLatch(1);
        ExecutorService callers = Executors.newCachedThreadPool();
        try {
            CountDownLatch started = new CountDownLatch(2);
            Future<String> h1 = callers.submit(() -> limiter.run(HEAVY, "penyerang-1", () -> {
                started.countDown();
                release.await();
                return "h1";
            }));
            Future<String> h2 = callers.submit(() -> limiter.run(HEAVY, "penyerang-2", () -> {
                started.countDown();
                release.await();
                return "h2";
            }));
            assertTrue(started.await(5, TimeUnit.SECONDS), "two heavy jobs run (3 slots, 200 of 250 MB)");
            // A third heavy job would take the last slot and pass the budget: it waits, then 503.
            ApiException busy = assertThrows(ApiException.class, () -> limiter.run(HEAVY, "penyerang-3", () -> "h3"));
            assertEquals("SERVER_SIBUK", busy.code());
            // A normal form (16 MB, light) still gets the slot kept for it.
            assertEquals("normal", limiter.run(JobCost.LIGHT, "opd", () -> "normal"));
            // Two light jobs of 40 MB: the budget (250 - 200) lets one in, not both at once.
            JobCost forty = new JobCost(40, false);
            CountDownLatch inside = new CountDownLatch(1);
            CountDownLatch out = new CountDownLatch(1);
            Future<String> l1 = callers.submit(() -> limiter.run(forty, "opd-1", () -> {
                inside.countDown();
                out.await();
                return "l1";
            }));
            assertTrue(inside.await(5, TimeUnit.SECONDS));
            ApiException overBudget = assertThrows(ApiException.class, () -> limiter.run(forty, "opd-2", () -> "l2"));
            assertEquals("SERVER_SIBUK", overBudget.code());
            out.countDown();
            assertEquals("l1", l1.get());
            release.countDown();
            assertEquals("h1", h1.get());
            assertEquals("h2", h2.get());
            assertEquals(3, limiter.available());
        } finally {
            release.countDown();
            callers.shutdownNow();
            limiter.close();
        }
    }

    @Test
    void aFreedSlotGoesToTheClientWithFewestRunningJobs() throws Exception {
        JobLimiter limiter = new JobLimiter(2, 1_000, Duration.ofSeconds(10), Duration.ofSeconds(20), Duration.ofSeconds(20));
        ExecutorService callers = Executors.newCachedThreadPool();
        CountDownLatch releaseFirst = new CountDownLatch(1);
        CountDownLatch releaseOther = new CountDownLatch(1);
        try {
            CountDownLatch running = new CountDownLatch(2);
            Future<?> a1 = callers.submit(() -> limiter.run(JobCost.LIGHT, "a", () -> {
                running.countDown();
                releaseFirst.await();
                return null;
            }));
            Future<?> a2 = callers.submit(() -> limiter.run(JobCost.LIGHT, "a", () -> {
                running.countDown();
                releaseOther.await();
                return null;
            }));
            assertTrue(running.await(5, TimeUnit.SECONDS));
            StringBuffer order = new StringBuffer();
            Future<?> a3 = callers.submit(() -> limiter.run(JobCost.LIGHT, "a", () -> order.append("a")));
            Thread.sleep(200); // "a" asked first
            Future<?> b1 = callers.submit(() -> limiter.run(JobCost.LIGHT, "b", () -> order.append("b")));
            Thread.sleep(200);
            releaseFirst.countDown(); // one slot frees: "b" has none running, "a" still has one
            b1.get(5, TimeUnit.SECONDS);
            a3.get(5, TimeUnit.SECONDS);
            assertEquals("ba", order.toString());
            releaseOther.countDown();
            a1.get();
            a2.get();
        } finally {
            releaseFirst.countDown();
            releaseOther.countDown();
            callers.shutdownNow();
            limiter.close();
        }
    }

    @Test
    void costlyPartsMakeAJobHeavyAndANormalFormIsLight() throws Exception {
        assertFalse(JobCost.of("seed003.xlsx", java.nio.file.Files.readAllBytes(java.nio.file.Path.of(HostileFiles.BASE))).heavy());
        assertTrue(JobCost.of("lembar.xlsx", AttackFiles.manySheets(20_000)).heavy(), "20,000 sheets listed");
        assertTrue(JobCost.of("gaya.xlsx", AttackFiles.hugeStyles(100_000)).heavy(), "100,000 cell formats");
        assertTrue(JobCost.of("makro.xlsm", HostileFiles.xlsm()).heavy(), "a macro workbook goes through POI whole");
    }
}
