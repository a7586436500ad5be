package capaian.cli;

/** POI logs through log4j-api; without an implementation it would warn on stderr at every start. */
final class QuietLogging {
    private QuietLogging() {}

    static void apply() {
        System.setProperty("log4j2.loggerContextFactory", "org.apache.logging.log4j.simple.SimpleLoggerContextFactory");
        System.setProperty("org.apache.logging.log4j.simplelog.StatusLogger.level", "OFF");
        System.setProperty("log4j2.simplelogLevel", "ERROR");
    }
}
