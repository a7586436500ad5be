package capaian.store;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A file to store, readable as often as needed (a transaction that is retried reads it again), with its
 * SHA-256 and size known beforehand so that the store can skip content it already has.
 */
public interface FileContent {
    String sha256();

    long size();

    InputStream open() throws IOException;

    static FileContent of(byte[] bytes) {
        return new HashedContent(Secrets.sha256Hex(bytes), bytes.length, () -> new ByteArrayInputStream(bytes));
    }

    /** A file on disk, hashed once here by streaming it. */
    static FileContent of(Path file) throws IOException {
        String hash;
        try (InputStream in = Files.newInputStream(file)) {
            java.security.MessageDigest d = Secrets.sha256();
            byte[] buf = new byte[64 * 1024];
            for (int n; (n = in.read(buf)) > 0; ) d.update(buf, 0, n);
            hash = java.util.HexFormat.of().formatHex(d.digest());
        }
        return new HashedContent(hash, Files.size(file), () -> Files.newInputStream(file));
    }
}
