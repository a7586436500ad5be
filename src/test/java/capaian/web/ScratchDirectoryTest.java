package capaian.web;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ScratchDirectoryTest {
    @TempDir
    Path dir;

    @Test
    void startEmptiesTheTemporaryDirectoryAndNothingElse() throws Exception {
        Path data = dir.resolve("data");
        Path tmp = data.resolve("tmp");
        Files.createDirectories(tmp.resolve("rekap-7").resolve("in"));
        Files.writeString(tmp.resolve("capaian-123.xlsx"), "x");
        Files.writeString(tmp.resolve("put-abc.part"), "x");
        Files.writeString(tmp.resolve("rekap-7").resolve("in").resolve("0-opd.xlsx"), "x");
        Path db = Files.writeString(data.resolve("capaian.db"), "keep");
        // a link in the directory is removed, what it points to is not
        Path outside = Files.writeString(dir.resolve("outside.xlsx"), "keep");
        Files.createSymbolicLink(tmp.resolve("link.xlsx"), outside);
        Files.createSymbolicLink(tmp.resolve("link-dir"), dir);

        assertEquals(tmp, ScratchDirectory.prepare(data));

        try (Stream<Path> left = Files.walk(tmp)) {
            assertEquals(List.of(tmp), left.toList());
        }
        assertEquals("keep", Files.readString(db));
        assertEquals("keep", Files.readString(outside));
        assertTrue(Files.isDirectory(data));
    }

    @Test
    void aFreshDataDirectoryGetsItsTemporaryDirectory() {
        Path tmp = ScratchDirectory.prepare(dir.resolve("baru"));
        assertTrue(Files.isDirectory(tmp));
    }
}
