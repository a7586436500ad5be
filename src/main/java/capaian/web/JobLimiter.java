package capaian.web;

import capaian.job.JobBudget;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Admits workbook jobs by what they cost, fairly between clients:
 * <ul>
 * <li>at most {@code maxJobs} at once, and together at most {@code budgetMb} of estimated heap ({@link JobCost});
 * a job estimated above the whole budget runs alone;</li>
 * <li>heavy jobs (macro workbooks, .xls, huge styles) never take the last slot, so normal forms always have one;</li>
 * <li>a freed slot goes to the waiting client with the fewest running jobs, then to the one waiting longest, so a
 * client sending many files does not push the others back;</li>
 * <li>each job has a CPU-time budget ({@link JobBudget}) checked in the loops that grow with the file: past it the
 * job stops and its slot frees; a job still running past {@code timeout} is answered 503 at once and cancelled.</li>
 * </ul>
 * A request waits up to {@code queueWait} for admission, then gets 503 with Retry-After.
 */
final class JobLimiter implements AutoCloseable {
    static final int RETRY_AFTER_SECONDS = 10;
    /** A job whose answer was already given still gets this long to reach its next check. */
    private static final long GRACE_MS = 2_000;

    private final int maxJobs;
    private final long budgetMb;
    private final ExecutorService pool;
    private final Duration queueWait;
    private final Duration timeout;
    private final Duration cpuBudget;

    private final ReentrantLock lock = new ReentrantLock(true);
    private final Condition changed = lock.newCondition();
    private final List<Ticket> waiting = new ArrayList<>();
    private final Map<String, Integer> runningByClient = new HashMap<>();
    /** Written under the lock; read without it for {@link #running()}. */
    private volatile int running;
    private int runningHeavy;
    private long usedMb;
    private long seq;

    private static final class Ticket {
        final String client;
        final long mb;
        final boolean heavy;
        final long order;
        boolean admitted;

        Ticket(String client, long mb, boolean heavy, long order) {
            this.client = client;
            this.mb = mb;
            this.heavy = heavy;
            this.order = order;
        }
    }

    JobLimiter(int maxJobs, long budgetMb, Duration queueWait, Duration timeout, Duration cpuBudget) {
        this.maxJobs = maxJobs;
        this.budgetMb = Math.max(1, budgetMb);
        AtomicInteger n = new AtomicInteger();
        // Threads for the jobs only: a cancelled job keeps its thread until its next budget check.
        this.pool = Executors.newCachedThreadPool(r -> {
            Thread t = new Thread(r, "capaian-job-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        this.queueWait = queueWait;
        this.timeout = timeout;
        this.cpuBudget = cpuBudget;
    }

    /** How many jobs run now: a hint for whether a core is idle ({@link capaian.job.IdleCores}). */
    int running() {
        return running;
    }

    /** Slots and times only: no memory budget to speak of, CPU budget as long as the time limit (tests). */
    JobLimiter(int maxJobs, Duration queueWait, Duration timeout) {
        this(maxJobs, Long.MAX_VALUE / 4, queueWait, timeout, timeout);
    }

    /** A job without an upload to estimate: a normal form's cost, client unknown. */
    <T> T run(Callable<T> job) throws Exception {
        return run(JobCost.LIGHT, "", job);
    }

    <T> T run(JobCost cost, String client, Callable<T> job) throws Exception {
        Ticket t = admit(cost, client);
        Future<T> f;
        JobBudget[] budget = new JobBudget[1];
        Object started = new Object();
        try {
            f = pool.submit(() -> {
                try (JobBudget b = JobBudget.start(cpuBudget)) {
                    synchronized (started) {
                        budget[0] = b;
                    }
                    try {
                        T result = job.call();
                        if (b.stopped()) throw overTime(b);
                        return result;
                    } catch (Exception | Error e) {
                        // Whatever the code around a budget check made of its exception: the job was stopped.
                        if (b.stopped()) throw overTime(b);
                        throw e;
                    }
                } finally {
                    release(t);
                }
            });
        } catch (RejectedExecutionException e) {
            release(t);
            throw ApiException.busy("SERVER_BERHENTI", "Server sedang dihentikan. Coba lagi sebentar lagi.",
                    RETRY_AFTER_SECONDS);
        }
        try {
            return f.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            synchronized (started) {
                if (budget[0] != null) budget[0].cancel();
            }
            f.cancel(true);
            throw overTime(null);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof Exception cause) throw cause;
            if (e.getCause() instanceof Error err) throw err;
            throw e;
        }
    }

    private ApiException overTime(JobBudget b) {
        return ApiException.busy("WAKTU_HABIS", "Pemrosesan berkas melebihi batas waktu " + timeout.toSeconds()
                + " detik. Periksa apakah berkasnya wajar, atau coba lagi nanti.", RETRY_AFTER_SECONDS);
    }

    private Ticket admit(JobCost cost, String client) throws InterruptedException {
        long deadline = System.nanoTime() + queueWait.toNanos();
        lock.lock();
        try {
            Ticket t = new Ticket(client, Math.min(cost.megabytes(), budgetMb), cost.heavy(), seq++);
            waiting.add(t);
            try {
                while (true) {
                    admitWaiting();
                    if (t.admitted) return t;
                    long left = deadline - System.nanoTime();
                    if (left <= 0) {
                        throw ApiException.busy("SERVER_SIBUK",
                                "Server sedang memproses banyak berkas. Tunggu sebentar lalu kirim lagi.", RETRY_AFTER_SECONDS);
                    }
                    changed.awaitNanos(left);
                }
            } finally {
                if (!t.admitted) waiting.remove(t);
            }
        } finally {
            lock.unlock();
        }
    }

    /** Under the lock: lets in every waiting job that fits, fewest-running client first, then oldest. */
    private void admitWaiting() {
        waiting.sort(Comparator.<Ticket>comparingInt(w -> runningByClient.getOrDefault(w.client, 0))
                .thenComparingLong(w -> w.order));
        boolean any = false;
        for (Ticket w : List.copyOf(waiting)) {
            if (running >= maxJobs) break;
            if (usedMb + w.mb > budgetMb) continue;
            if (w.heavy && maxJobs > 1 && runningHeavy >= maxJobs - 1) continue;
            w.admitted = true;
            waiting.remove(w);
            running++;
            if (w.heavy) runningHeavy++;
            usedMb += w.mb;
            runningByClient.merge(w.client, 1, Integer::sum);
            any = true;
        }
        if (any) changed.signalAll();
    }

    private void release(Ticket t) {
        lock.lock();
        try {
            running--;
            if (t.heavy) runningHeavy--;
            usedMb -= t.mb;
            runningByClient.computeIfPresent(t.client, (k, v) -> v <= 1 ? null : v - 1);
            admitWaiting();
            changed.signalAll();
        } finally {
            lock.unlock();
        }
    }

    /** Free processing slots. */
    int available() {
        lock.lock();
        try {
            return maxJobs - running;
        } finally {
            lock.unlock();
        }
    }

    @Override
    public void close() {
        pool.shutdown();
        try {
            if (!pool.awaitTermination(timeout.toMillis() + GRACE_MS, TimeUnit.MILLISECONDS)) pool.shutdownNow();
        } catch (InterruptedException e) {
            pool.shutdownNow();
            Thread.currentThread().interrupt();
        }
    }
}
