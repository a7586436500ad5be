package capaian.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Files named by the SHA-256 of their content ({@code files/ab/abcdef...}). A file is written to a
 * temporary file in the same file system, forced to disk, then moved into place atomically and its directory
 * forced too, so that after {@link #put} returns the file survives a crash and is never seen half written.
 * Equal content is stored once; a file is never changed after it is written.
 */
public final class FileStore implements StoredFiles {
    private static final Pattern HASH = Pattern.compile("[0-9a-f]{64}");

    private final Path root;
    private final Path tmp;

    public FileStore(Path dir) {
        this.root = dir.resolve("files");
        this.tmp = dir.resolve("tmp");
        try {
            Files.createDirectories(root);
            Files.createDirectories(tmp);
            removeLeftovers(tmp);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create " + root, e);
        }
    }

    /** Streams the content to disk durably and returns its hash. */
    @Override
    public String put(FileContent content) {
        String hash = content.sha256();
        return store(hash, ch -> {
            try (InputStream in = content.open()) {
                java.security.MessageDigest d = Secrets.sha256();
                byte[] buf = new byte[64 * 1024];
                for (int n; (n = in.read(buf)) > 0; ) {
                    d.update(buf, 0, n);
                    ByteBuffer b = ByteBuffer.wrap(buf, 0, n);
                    while (b.hasRemaining()) ch.write(b);
                }
                if (!java.util.HexFormat.of().formatHex(d.digest()).equals(hash)) {
                    throw new IOException("content changed while it was stored");
                }
            }
        });
    }

    /** Stores the bytes durably and returns their hash. */
    @Override
    public String put(byte[] content) {
        return store(Secrets.sha256Hex(content), ch -> {
            ByteBuffer buf = ByteBuffer.wrap(content);
            while (buf.hasRemaining()) ch.write(buf);
        });
    }

    /** What {@link #store} writes into the temporary file. */
    private interface Body {
        void writeTo(FileChannel ch) throws IOException;
    }

    /** Unless the hash is stored already: the body into a temporary file, forced, moved into place, its directory forced. */
    private String store(String hash, Body body) {
        Path target = path(hash);
        if (Files.exists(target)) return hash;
        Path temp = null;
        try {
            Files.createDirectories(target.getParent());
            temp = Files.createTempFile(tmp, "put-", ".part");
            try (FileChannel ch = FileChannel.open(temp, StandardOpenOption.WRITE)) {
                body.writeTo(ch);
                ch.force(true);
            }
            moveIntoPlace(temp, target);
            forceDirectory(target.getParent());
            return hash;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot store file " + hash, e);
        } finally {
            deleteQuietly(temp);
        }
    }

    public Optional<Path> find(String hash) {
        if (hash == null || !HASH.matcher(hash).matches()) return Optional.empty();
        Path p = path(hash);
        return Files.isRegularFile(p) ? Optional.of(p) : Optional.empty();
    }

    @Override
    public InputStream open(String hash) throws IOException {
        return Files.newInputStream(find(hash).orElseThrow(() -> new java.nio.file.NoSuchFileException("no file " + hash)));
    }

    @Override
    public java.util.OptionalLong size(String hash) {
        Optional<Path> p = find(hash);
        try {
            return p.isPresent() ? java.util.OptionalLong.of(Files.size(p.get())) : java.util.OptionalLong.empty();
        } catch (IOException e) {
            return java.util.OptionalLong.empty();
        }
    }

    /** The stored file itself: nothing to copy. */
    @Override
    public LocalFile local(String hash, Path tmpDir) throws IOException {
        return new LocalFile(find(hash).orElseThrow(() -> new java.nio.file.NoSuchFileException("no file " + hash)), false);
    }

    public byte[] read(String hash) throws IOException {
        return Files.readAllBytes(find(hash).orElseThrow(() -> new IOException("no file " + hash)));
    }

    Path path(String hash) {
        return root.resolve(hash.substring(0, 2)).resolve(hash);
    }

    private static void moveIntoPlace(Path temp, Path target) throws IOException {
        try {
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (FileAlreadyExistsException e) {
            // Another request stored the same content meanwhile: same name, same bytes.
        } catch (AtomicMoveNotSupportedException e) {
            throw new IOException("the data directory must allow atomic renames", e);
        }
    }

    /** Makes the new directory entry durable; some platforms cannot open a directory, which is then skipped. */
    private static void forceDirectory(Path dir) {
        try (FileChannel ch = FileChannel.open(dir, StandardOpenOption.READ)) {
            ch.force(true);
        } catch (IOException | UnsupportedOperationException e) {
            // Not supported here (e.g. Windows); the rename itself is still atomic.
        }
    }

    /** Temporary files of writes cut short by a crash: never moved into place, so never referenced. */
    private static void removeLeftovers(Path tmp) throws IOException {
        try (var parts = Files.newDirectoryStream(tmp, "put-*.part")) {
            for (Path p : parts) deleteQuietly(p);
        }
    }

    private static void deleteQuietly(Path p) {
        if (p == null) return;
        try {
            Files.deleteIfExists(p);
        } catch (IOException ignored) {
            // A leftover temp file is harmless; it is never read.
        }
    }
}
