package capaian.write;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/**
 * Steps run in order on a thread of their own while the caller goes on making the next ones: a part's bytes
 * deflated, or a whole package's zip work ({@link PackageZip}). The steps go over through a short queue, so memory
 * stays bounded whatever the caller makes. {@link #finish()} waits for every step and throws what one threw;
 * {@link #abandon()} stops the thread without waiting (the caller failed). Used from one caller thread.
 *
 * <p>The threads come from a pool: starting one per part, and letting it sleep whenever it caught up with the
 * caller, cost a 300-row upload about half of what deflating on a second core saved. While a core is idle the
 * thread waits for the next step busily for a moment ({@link #SPIN_NANOS}) before it sleeps.
 */
final class OffThread {
    /** One piece of work, run on the thread. */
    interface Step {
        void run() throws IOException;
    }

    /** How long a thread on an idle core waits busily for the next step: a 64 KB chunk of XML takes less to make. */
    static final long SPIN_NANOS = 300_000;

    private static final ExecutorService POOL = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "capaian-deflate");
        t.setDaemon(true);
        return t;
    });
    private static final Step END = () -> { };

    private final BlockingQueue<Step> queue = new ArrayBlockingQueue<>(8);
    private final long spinNanos;
    private final Future<?> worker;
    private volatile Throwable failure;
    /** Set by {@link #abandon()}: the steps still queued are not run. */
    private volatile boolean abandoned;
    private boolean finished;

    /** A thread named {@code name} while it works; {@code spin}: a core is idle, wait for steps busily. */
    OffThread(String name, boolean spin) {
        this.spinNanos = spin ? SPIN_NANOS : 0;
        this.worker = POOL.submit(() -> work(name));
    }

    private void work(String name) {
        Thread self = Thread.currentThread();
        String pooled = self.getName();
        self.setName(name);
        try {
            for (Step s = next(); s != END && !abandoned; s = next()) s.run();
        } catch (Throwable t) {
            failure = t;
            queue.clear(); // the caller finds the failure instead of a full queue
        } finally {
            self.setName(pooled);
        }
    }

    private Step next() throws InterruptedException {
        Step s = queue.poll();
        for (long until = System.nanoTime() + spinNanos; s == null && System.nanoTime() < until; s = queue.poll()) {
            Thread.onSpinWait();
        }
        return s != null ? s : queue.take();
    }

    /** Queues {@code step}, waiting while the queue is full; throws what an earlier step threw. */
    void submit(Step step) throws IOException {
        try {
            while (!queue.offer(step, 50, TimeUnit.MILLISECONDS)) {
                rethrow();
                if (worker.isDone()) throw new IOException("the writing thread ended early");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            worker.cancel(true);
            throw new InterruptedIOException("interrupted while the part was written");
        }
        rethrow();
    }

    /** Waits until every step has run; what a step threw is thrown here. */
    void finish() throws IOException {
        if (finished) return;
        finished = true;
        submit(END);
        try {
            worker.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            worker.cancel(true);
            throw new InterruptedIOException("interrupted while the part was written");
        } catch (ExecutionException e) {
            failure = e.getCause(); // work() keeps what it meets; this is only a last resort
        }
        rethrow();
    }

    /** Stops the thread without waiting, and without running what is still queued (the caller failed). */
    void abandon() {
        finished = true;
        if (worker.isDone()) return;
        abandoned = true;
        worker.cancel(true);
    }

    private void rethrow() throws IOException {
        Throwable t = failure;
        if (t == null) return;
        if (t instanceof IOException io) throw io;
        if (t instanceof RuntimeException r) throw r;
        if (t instanceof Error e) throw e;
        throw new IOException(t);
    }
}
