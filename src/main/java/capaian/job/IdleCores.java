package capaian.job;

import java.util.function.IntSupplier;

/**
 * Whether a core is idle right now, for work that can use a second core (deflating a result sheet on a thread of
 * its own while it is written) but would only take it from other jobs when the server is busy. The server says how
 * many jobs it runs; without a server (the command line, tests) the answer is no, and callers keep their own rule.
 */
public final class IdleCores {
    private static volatile IntSupplier runningJobs;

    private IdleCores() {}

    /** The server's count of the jobs it runs. */
    public static synchronized void watch(IntSupplier running) {
        runningJobs = running;
    }

    /** Stops watching {@code running}, if it is still the one watched (a server stopping). */
    public static synchronized void stopWatching(IntSupplier running) {
        if (runningJobs == running) runningJobs = null;
    }

    /** Whether fewer jobs run than the machine has cores. */
    public static boolean available() {
        IntSupplier r = runningJobs;
        return r != null && r.getAsInt() < Runtime.getRuntime().availableProcessors();
    }

    /** Whether no server is watched: the command line (or a test), which runs one job at a time. */
    public static boolean unwatched() {
        return runningJobs == null;
    }
}
