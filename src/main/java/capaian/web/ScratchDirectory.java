package capaian.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;

/**
 * The server's directory of temporary files, {@code tmp} in its data directory: uploads being received, workbooks
 * being processed, a rekap's inputs, files on their way into the store. All of it belongs to requests in flight
 * and none is read after a restart, so what a killed or crashed run left there (an out-of-memory exit, a power
 * cut) is removed at start instead of piling up, upload by upload, for as long as the server lives. Each server
 * has a data directory of its own (two servers on one PostgreSQL database included), so no other run's files are
 * removed.
 */
final class ScratchDirectory {
    private ScratchDirectory() {}

    /** Creates {@code data/tmp}, or empties it of what an earlier run left; returns it. */
    static Path prepare(Path data) {
        Path tmp = data.resolve("tmp");
        try {
            Files.createDirectories(tmp);
            try (var left = Files.list(tmp)) {
                for (Path p : left.toList()) remove(p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot prepare " + tmp, e);
        }
        return tmp;
    }

    /** A file, or a directory with what it holds; a link is removed, never followed. */
    private static void remove(Path p) throws IOException {
        if (!Files.isDirectory(p, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
            Files.deleteIfExists(p);
            return;
        }
        Files.walkFileTree(p, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path f, BasicFileAttributes a) throws IOException {
                Files.deleteIfExists(f);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path d, IOException e) throws IOException {
                Files.deleteIfExists(d);
                return FileVisitResult.CONTINUE;
            }
        });
    }
}
