package capaian.job;

import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * A second core for the independent parts of one evaluation (the cell checks beside the computation, the totals and
 * half of the formula decisions beside the other half) on the command line, which runs one job on a machine of two
 * cores or more: there, compiled by C1 only, those parts are a fifth of a 20,000-row evaluation, and 80-120 ms of
 * its 500 came off. The server keeps them on the job's thread: warm, compiled by C2, they are a few hundred
 * microseconds at 300 rows, and handing them over measured as slow (300 rows: +0.3 ms; 2,000 rows: no difference).
 * The parts are pure and each fills its own findings, so the result is the same either way.
 */
public final class SpareCore {
    private static final ExecutorService POOL = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "capaian-spare");
        t.setDaemon(true);
        return t;
    });

    private SpareCore() {}

    /** The pool on the command line of a machine with more than one core, else null (none). */
    public static Executor forJob() {
        return IdleCores.unwatched() && Runtime.getRuntime().availableProcessors() > 1 ? POOL : null;
    }
}
