package capaian.web;

import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * A process that is up but answers nothing is worse than one that stops: the supervisor (systemd, docs/SECURITY.md)
 * restarts a stopped one. So when an Error escapes any thread, or anything escapes one of Undertow's I/O or accept
 * threads, the process ends at once (exit code 70); the data is safe, every write is atomic and fsynced.
 */
final class ProcessGuard {
    static final int EXIT_CODE = 70;
    private static final Logger LOG = Logger.getLogger(ProcessGuard.class.getName());

    private ProcessGuard() {}

    static void install() {
        Thread.setDefaultUncaughtExceptionHandler(ProcessGuard::uncaught);
    }

    static boolean fatal(Thread t, Throwable e) {
        String name = t.getName();
        return e instanceof Error || name.contains("I/O") || name.contains("Accept");
    }

    private static void uncaught(Thread t, Throwable e) {
        if (!fatal(t, e)) {
            LOG.log(Level.SEVERE, "thread " + t.getName() + " ended by an exception", e);
            return;
        }
        try {
            // Plain stderr first: logging itself may fail after an Error.
            System.err.println("Capaian berhenti: thread " + t.getName() + " mati (" + e.getClass().getName()
                    + "); layanan perlu dimulai ulang oleh supervisor.");
            LOG.log(Level.SEVERE, "thread " + t.getName() + " died; ending the process so that the supervisor restarts it", e);
        } finally {
            Runtime.getRuntime().halt(EXIT_CODE);
        }
    }
}
