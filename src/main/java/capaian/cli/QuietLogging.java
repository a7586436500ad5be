package capaian.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.logging.ConsoleHandler;
import java.util.logging.FileHandler;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogManager;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;

/**
 * Keeps the terminal for the user: no log line and no stack trace of ours or POI's on it. POI logs through
 * log4j-api (no implementation: silenced here), ours through java.util.logging, which goes to a log file
 * ({@code capaian.log} in the temporary directory, or {@code CAPAIAN_LOG}); with {@code --verbose} it goes to
 * the terminal too, stack traces included, and POI's errors are shown.
 */
final class QuietLogging {
    private QuietLogging() {}

    static void apply() {
        apply(false);
    }

    /** The server's: POI's log4j quiet below ERROR (its start-up warning gone), java.util.logging left to the server. */
    static void poiOnly() {
        System.setProperty("log4j2.loggerContextFactory", "org.apache.logging.log4j.simple.SimpleLoggerContextFactory");
        System.setProperty("org.apache.logging.log4j.simplelog.StatusLogger.level", "OFF");
        System.setProperty("log4j2.simplelogLevel", "ERROR");
    }

    static void apply(boolean verbose) {
        poiOnly();
        System.setProperty("log4j2.simplelogLevel", verbose ? "ERROR" : "OFF");
        System.setProperty("org.apache.commons.logging.Log", "org.apache.commons.logging.impl.NoOpLog");
        if (System.getProperty("java.util.logging.SimpleFormatter.format") == null) {
            System.setProperty("java.util.logging.SimpleFormatter.format", "%1$tF %1$tT %4$-7s %3$s: %5$s%6$s%n");
        }
        LogManager.getLogManager().reset();
        Logger root = Logger.getLogger("");
        root.setLevel(Level.INFO);
        Handler file = logFile();
        if (file != null) root.addHandler(file);
        if (verbose) {
            ConsoleHandler console = new ConsoleHandler();
            console.setLevel(Level.ALL);
            root.addHandler(console);
        }
    }

    /** Where internal failures are recorded for the maintainers. */
    static Path logPath() {
        String configured = System.getenv("CAPAIAN_LOG");
        return configured != null && !configured.isBlank() ? Path.of(configured)
                : Path.of(System.getProperty("java.io.tmpdir"), "capaian.log");
    }

    private static Handler logFile() {
        try {
            Path p = logPath();
            if (p.getParent() != null) Files.createDirectories(p.getParent());
            FileHandler h = new FileHandler(p.toString(), 5_000_000, 1, true);
            h.setFormatter(new SimpleFormatter());
            h.setLevel(Level.INFO);
            return h;
        } catch (IOException | RuntimeException e) {
            return null; // no log file: the record is lost, the terminal still stays clean
        }
    }
}
