package capaian.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.OptionalLong;

/**
 * Uploaded originals and result workbooks, named by the SHA-256 of their content; equal content is kept once
 * and never changed. On disk beside SQLite ({@link FileStore}), or in PostgreSQL where every server sees them
 * ({@link DatabaseFiles}).
 */
public interface StoredFiles {
    /**
     * Stores the content durably and returns its hash. Inside a store transaction (as {@link Store#addSubmission(
     * NewSubmission, java.util.List)} does) a database-backed implementation writes it in that transaction.
     */
    String put(FileContent content);

    default String put(byte[] content) {
        return put(FileContent.of(content));
    }

    /** True when files are written in the database's own transactions (PostgreSQL), false on disk. */
    default boolean inDatabase() {
        return false;
    }

    /** The size of the stored file, or empty when there is none with this hash. */
    OptionalLong size(String hash);

    /** Streams the file; {@link java.nio.file.NoSuchFileException} when there is none with this hash. */
    InputStream open(String hash) throws IOException;

    /** The whole file in memory (for small files: results, rekap workbooks), or empty when there is none. */
    default java.util.Optional<byte[]> readAll(String hash) throws IOException {
        if (size(hash).isEmpty()) return java.util.Optional.empty();
        try (InputStream in = open(hash)) {
            return java.util.Optional.of(in.readAllBytes());
        }
    }

    /** The file as a path, for readers that need one: the stored file itself on disk, else a temporary copy. */
    default LocalFile local(String hash, Path tmpDir) throws IOException {
        Path copy = Files.createTempFile(tmpDir, "stored-", ".bin");
        try (InputStream in = open(hash)) {
            Files.copy(in, copy, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(copy);
            throw e;
        }
        return new LocalFile(copy, true);
    }

    /** A path to read a stored file from; closing deletes it when it is a temporary copy. */
    record LocalFile(Path path, boolean temporary) implements AutoCloseable {
        @Override
        public void close() throws IOException {
            if (temporary) Files.deleteIfExists(path);
        }
    }
}
