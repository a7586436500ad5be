package capaian.bench;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** A benchmark run replaces only its own part of BENCHMARKS.md: hand-written sections and other parts stay. */
class MarkedSectionTest {
    @TempDir
    Path dir;

    @Test
    void replacesOnlyItsOwnPartAndKeepsTheRest() throws Exception {
        Path f = dir.resolve("B.md");
        Files.writeString(f, "# Title\n\nBy hand.\n");
        MarkedSection bench = new MarkedSection("bench");
        MarkedSection store = new MarkedSection("store");
        bench.write(f, "run 1", true);
        store.write(f, "store 1", false);
        assertEquals("<!-- bench:start -->\nrun 1\n<!-- bench:end -->\n\n# Title\n\nBy hand.\n\n"
                + "<!-- store:start -->\nstore 1\n<!-- store:end -->\n", Files.readString(f));
        bench.write(f, "run 2\n", true);
        assertEquals("<!-- bench:start -->\nrun 2\n<!-- bench:end -->\n\n# Title\n\nBy hand.\n\n"
                + "<!-- store:start -->\nstore 1\n<!-- store:end -->\n", Files.readString(f));
    }

    @Test
    void startsAFileThatDoesNotExist() throws Exception {
        Path f = dir.resolve("sub/B.md");
        new MarkedSection("bench").write(f, "only", false);
        assertEquals("<!-- bench:start -->\nonly\n<!-- bench:end -->\n", Files.readString(f));
    }

    @Test
    void aMarkerNamedInProseIsNotThePart() throws Exception {
        Path f = dir.resolve("B.md");
        Files.writeString(f, "# Title\n\nBetween `<!-- bench:start -->` and `<!-- bench:end -->` is generated.\n\n"
                + "<!-- bench:start -->\nold\n<!-- bench:end -->\n\nBy hand.\n");
        new MarkedSection("bench").write(f, "new", true);
        assertEquals("# Title\n\nBetween `<!-- bench:start -->` and `<!-- bench:end -->` is generated.\n\n"
                + "<!-- bench:start -->\nnew\n<!-- bench:end -->\n\nBy hand.\n", Files.readString(f));
    }
}
