package capaian.cli;

import java.util.logging.Level;
import java.util.logging.Logger;

/** Started in a child JVM by {@link QuietLoggingTest}: logs an internal failure the ways Capaian and POI do. */
public final class LoggingProbe {
    public static void main(String[] args) {
        QuietLogging.apply(args.length > 0 && args[0].equals("--verbose"));
        IllegalStateException failure = new IllegalStateException("probe failure");
        Logger.getLogger("capaian.process.Processor").log(Level.WARNING, "processing failed", failure);
        org.apache.logging.log4j.LogManager.getLogger("org.apache.poi.Probe").error("POI complains", failure);
        System.out.println("selesai");
    }
}
