package capaian.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.NoSuchFileException;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.OptionalLong;

/**
 * Files kept in PostgreSQL, so that every server sees them and a backup of the database is a backup of
 * everything: a {@code blobs} row per content hash and its bytes in {@code blob_chunks} of {@value #CHUNK}
 * bytes ({@code bytea}). Chunks rather than large objects: they are plain rows, so they are written and rolled
 * back with the submission's transaction, deleted like rows, dumped by a plain {@code pg_dump} and carried by
 * logical replication; and a file is streamed one chunk at a time, never held whole in memory.
 */
final class DatabaseFiles implements StoredFiles {
    static final int CHUNK = 1024 * 1024;

    private final JdbcStore store;

    DatabaseFiles(JdbcStore store) {
        this.store = store;
    }

    @Override
    public boolean inDatabase() {
        return true;
    }

    @Override
    public String put(FileContent content) {
        String hash = content.sha256();
        return store.inTransaction(() -> {
            if (size(hash).isPresent()) return hash;
            MessageDigest d = Secrets.sha256();
            long size = 0;
            int seq = 0;
            try (InputStream in = content.open()) {
                byte[] buf = new byte[CHUNK];
                while (true) {
                    int n = in.readNBytes(buf, 0, CHUNK);
                    if (n == 0 && seq > 0) break;
                    d.update(buf, 0, n);
                    size += n;
                    byte[] chunk = n == CHUNK ? buf : java.util.Arrays.copyOf(buf, n);
                    // A concurrent send of the same content waits here for the other transaction, then skips.
                    store.update("INSERT INTO blob_chunks (sha256, seq, data) VALUES (?, ?, ?) ON CONFLICT DO NOTHING",
                            hash, seq++, chunk);
                    if (n < CHUNK) break;
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read the file to store", e);
            }
            if (!HexFormat.of().formatHex(d.digest()).equals(hash)) {
                throw new StoreException("isi berkas berubah ketika disimpan; kirim lagi");
            }
            store.update("INSERT INTO blobs (sha256, size, chunks, created_at) VALUES (?, ?, ?, ?) ON CONFLICT DO NOTHING",
                    hash, size, seq, System.currentTimeMillis());
            return hash;
        });
    }

    @Override
    public OptionalLong size(String hash) {
        return store.call(() -> store.queryOne("SELECT size FROM blobs WHERE sha256 = ?", rs -> rs.getLong(1), hash))
                .map(OptionalLong::of).orElse(OptionalLong.empty());
    }

    /** Reads chunk after chunk, each in its own short call: a slow download holds no connection. */
    @Override
    public InputStream open(String hash) throws IOException {
        int chunks = store.call(() -> store.queryOne("SELECT chunks FROM blobs WHERE sha256 = ?", rs -> rs.getInt(1), hash))
                .orElseThrow(() -> new NoSuchFileException("no file " + hash));
        return new InputStream() {
            private int next;
            private byte[] chunk = new byte[0];
            private int pos;

            private boolean fill() throws IOException {
                while (pos >= chunk.length) {
                    if (next >= chunks) return false;
                    int seq = next++;
                    try {
                        chunk = store.call(() -> store.queryOne("SELECT data FROM blob_chunks WHERE sha256 = ? AND seq = ?",
                                rs -> rs.getBytes(1), hash, seq)).orElseThrow(() -> new StoreException("potongan berkas hilang"));
                    } catch (StoreException e) {
                        throw new IOException("file " + hash + " chunk " + seq + ": " + e.getMessage(), e);
                    }
                    pos = 0;
                }
                return true;
            }

            @Override
            public int read() throws IOException {
                return fill() ? chunk[pos++] & 0xff : -1;
            }

            @Override
            public int read(byte[] b, int off, int len) throws IOException {
                if (len == 0) return 0;
                if (!fill()) return -1;
                int n = Math.min(len, chunk.length - pos);
                System.arraycopy(chunk, pos, b, off, n);
                pos += n;
                return n;
            }
        };
    }
}
