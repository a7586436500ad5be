package capaian.web;

import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Bounds how many workbooks are processed at once (each can take hundreds of MB of heap in POI). A request
 * waits up to {@code queueWait} for a free slot, then gets 503 with Retry-After. A job that runs past
 * {@code timeout} is answered with 503 at once; its slot is only freed when the job really ends, so the bound
 * holds even for work that cannot be interrupted.
 */
final class JobLimiter implements AutoCloseable {
    static final int RETRY_AFTER_SECONDS = 10;

    private final Semaphore slots;
    private final ExecutorService pool;
    private final Duration queueWait;
    private final Duration timeout;

    JobLimiter(int maxJobs, Duration queueWait, Duration timeout) {
        this.slots = new Semaphore(maxJobs, true);
        AtomicInteger n = new AtomicInteger();
        this.pool = Executors.newFixedThreadPool(maxJobs, r -> {
            Thread t = new Thread(r, "capaian-job-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        this.queueWait = queueWait;
        this.timeout = timeout;
    }

    <T> T run(Callable<T> job) throws Exception {
        if (!slots.tryAcquire(queueWait.toMillis(), TimeUnit.MILLISECONDS)) {
            throw ApiException.busy("SERVER_SIBUK",
                    "Server sedang memproses banyak berkas. Tunggu sebentar lalu kirim lagi.", RETRY_AFTER_SECONDS);
        }
        Future<T> f;
        try {
            f = pool.submit(() -> {
                try {
                    return job.call();
                } finally {
                    slots.release();
                }
            });
        } catch (RejectedExecutionException e) {
            slots.release();
            throw ApiException.busy("SERVER_BERHENTI", "Server sedang dihentikan. Coba lagi sebentar lagi.",
                    RETRY_AFTER_SECONDS);
        }
        try {
            return f.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            f.cancel(true);
            throw ApiException.busy("WAKTU_HABIS", "Pemrosesan berkas melebihi batas waktu " + timeout.toSeconds()
                    + " detik. Periksa apakah berkasnya wajar, atau coba lagi nanti.", RETRY_AFTER_SECONDS);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof Exception cause) throw cause;
            throw e;
        }
    }

    int available() {
        return slots.availablePermits();
    }

    @Override
    public void close() {
        pool.shutdown();
        try {
            if (!pool.awaitTermination(timeout.toMillis(), TimeUnit.MILLISECONDS)) pool.shutdownNow();
        } catch (InterruptedException e) {
            pool.shutdownNow();
            Thread.currentThread().interrupt();
        }
    }
}
