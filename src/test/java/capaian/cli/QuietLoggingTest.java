package capaian.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The command line's logging, in a JVM of its own as a user starts it: an internal failure logged by Capaian
 * (java.util.logging) or by POI (log4j-api) prints nothing on the terminal; its stack trace is in the log file,
 * and on the terminal only with --verbose.
 */
class QuietLoggingTest {
    @TempDir
    Path dir;

    private String run(Path log, String... args) throws Exception {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), LoggingProbe.class.getName()));
        cmd.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true);
        pb.environment().put("CAPAIAN_LOG", log.toString());
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(1, TimeUnit.MINUTES));
        assertEquals(0, p.exitValue(), out);
        return out;
    }

    @Test
    void internalFailuresGoToTheLogFileNotTheTerminal() throws Exception {
        Path log = dir.resolve("capaian.log");
        String out = run(log);
        assertEquals("selesai", out.strip());
        String logged = Files.readString(log, StandardCharsets.UTF_8);
        assertTrue(logged.contains("processing failed") && logged.contains("IllegalStateException: probe failure")
                && logged.contains("\tat capaian.cli.LoggingProbe.main"), logged);
    }

    @Test
    void verboseShowsThemOnTheTerminal() throws Exception {
        String out = run(dir.resolve("capaian.log"), "--verbose");
        assertTrue(out.contains("processing failed") && out.contains("\tat capaian.cli.LoggingProbe.main"), out);
        assertTrue(out.contains("POI complains"), out);
    }

    @Test
    void mainStripsVerboseAndPrintsNoStackTrace() {
        var out = new java.io.ByteArrayOutputStream();
        var err = new java.io.ByteArrayOutputStream();
        int code = Main.run(new String[] {"check", dir.resolve("tidak-ada.xlsx").toString(), "--verbose"},
                new java.io.PrintStream(out, true, StandardCharsets.UTF_8), new java.io.PrintStream(err, true, StandardCharsets.UTF_8));
        assertEquals(2, code);
        String all = out.toString(StandardCharsets.UTF_8) + err.toString(StandardCharsets.UTF_8);
        assertTrue(all.contains("Berkas tidak ditemukan"), all);
        assertFalse(all.contains("\tat "), all);
    }
}
