package capaian.store;

/**
 * One-line log records on standard error through java.util.logging, and Undertow's logging routed there too
 * (without this it picks log4j-api, which POI brings in without an implementation, and prints nothing useful).
 */
public final class Logging {
    private Logging() {}

    public static void setUp() {
        System.setProperty("org.jboss.logging.provider", "jdk");
        if (System.getProperty("java.util.logging.SimpleFormatter.format") == null) {
            System.setProperty("java.util.logging.SimpleFormatter.format", "%1$tF %1$tT %4$-7s %3$s: %5$s%6$s%n");
        }
    }
}
