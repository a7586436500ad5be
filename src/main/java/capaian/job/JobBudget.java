package capaian.job;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.Duration;

/**
 * The CPU time one job may take, and a way to stop it: the job's thread carries its budget, and the loops that
 * grow with the file (rows read, sheets walked, XML events written back) call {@link #check()}, which throws
 * {@link Exceeded} once the budget is spent or the job was cancelled (its requester already had its answer).
 * Without a budget on the thread (command line, tests) {@link #check()} does nothing.
 */
public final class JobBudget implements AutoCloseable {
    private static final ThreadLocal<JobBudget> CURRENT = new ThreadLocal<>();
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    /** Reading the thread's CPU time is a system call: every this many checks (a power of two, minus one). */
    private static final int CPU_EVERY = 255;

    private final long cpuLimitNanos;
    private final long cpuStart;
    private final long wallStart = System.nanoTime();
    private volatile boolean cancelled;
    private volatile boolean exceeded;
    private int calls;

    private JobBudget(Duration cpu) {
        this.cpuLimitNanos = cpu.toNanos();
        this.cpuStart = cpuNow();
    }

    /** Puts a budget on the current thread until {@link #close()}. */
    public static JobBudget start(Duration cpu) {
        JobBudget b = new JobBudget(cpu);
        CURRENT.set(b);
        return b;
    }

    /** Called from the processing loops; cheap (a volatile read, and a CPU clock read every 256 calls). */
    public static void check() {
        JobBudget b = CURRENT.get();
        if (b != null) b.checkNow();
    }

    /** The current thread's budget, or null for none: for a loop that checks on every step, looked up once. */
    public static JobBudget current() {
        return CURRENT.get();
    }

    /** As {@link #check()}, on a budget from {@link #current()}. */
    public void checkNow() {
        if (cancelled || exceeded) throw new Exceeded();
        if ((++calls & CPU_EVERY) != 0) return;
        if (cpuNow() - cpuStart > cpuLimitNanos) {
            exceeded = true;
            throw new Exceeded();
        }
    }

    /** Asks the job to stop at its next check (from another thread). */
    public void cancel() {
        cancelled = true;
    }

    /** True once the job was stopped by its budget or cancelled, whatever the code around the check made of it. */
    public boolean stopped() {
        return exceeded || cancelled;
    }

    public Duration cpuUsed() {
        return Duration.ofNanos(cpuNow() - cpuStart);
    }

    public Duration wallUsed() {
        return Duration.ofNanos(System.nanoTime() - wallStart);
    }

    private static long cpuNow() {
        // Falls back to wall time where the JVM cannot measure thread CPU time: still a bound.
        long t = THREADS.isCurrentThreadCpuTimeSupported() ? THREADS.getCurrentThreadCpuTime() : -1;
        return t >= 0 ? t : System.nanoTime();
    }

    @Override
    public void close() {
        if (CURRENT.get() == this) CURRENT.remove();
    }

    /** The job's budget is spent or it was cancelled. No stack trace: it is an expected end, not a bug. */
    public static final class Exceeded extends RuntimeException {
        Exceeded() {
            super("job budget exceeded", null, false, false);
        }
    }
}
