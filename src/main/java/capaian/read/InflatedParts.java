package capaian.read;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * What the reader learnt of the sheets it inflated in full, for the write-back of the same upload: every such
 * sheet's inflated size, and its bytes within a budget. A form sheet was otherwise inflated three times (reading it,
 * the write-back's size check, rewriting it), a tenth of a 300-row upload's time in the server. The size check
 * needs only the size; the bytes spare the rewrite its inflating, and are kept only within the budget, so a large
 * sheet streams again and the command line's 100,000 rows stay in their small heap. One instance per processed
 * workbook, one thread.
 */
public final class InflatedParts {
    /** What is left after the parser stopped at the root's end; more than this and the part's size is not learnt. */
    private static final int MAX_TRAILER = 64 * 1024;

    private final long budget;
    private long used;
    private final Map<String, byte[]> parts = new HashMap<>();
    private final Map<String, Long> sizes = new HashMap<>();

    private InflatedParts(long budget) {
        this.budget = budget;
    }

    /**
     * Learns sizes and keeps bytes within a budget of a sixteenth of the heap, from 8 MB to 64 MB: the server
     * (1 GB, two workbooks at once) and a 20,000-row form on the command line (a 17 MB sheet) keep theirs; the
     * command line's 100,000 rows in 256 MB keep none.
     */
    public static InflatedParts kept() {
        return new InflatedParts(Math.max(8L << 20, Math.min(64L << 20, Runtime.getRuntime().maxMemory() / 16)));
    }

    /** With a budget of its own: for tests. */
    static InflatedParts withBudget(long bytes) {
        return new InflatedParts(bytes);
    }

    /** Keeps nothing: a reading that no write-back follows (a rekap, a check). */
    public static InflatedParts none() {
        return new InflatedParts(-1);
    }

    /** The zip entry's inflated bytes as the reader saw them, or null when they were not kept. */
    public byte[] get(String entryName) {
        return parts.get(entryName);
    }

    /** The zip entry's inflated size as the reader counted it, or -1 when it did not read the entry in full. */
    public long size(String entryName) {
        Long n = sizes.get(entryName);
        return n == null ? -1 : n;
    }

    /**
     * {@code in} as a stream that counts what passes, and keeps it when the entry's declared size fits the budget
     * left; {@code in} itself for {@link #none()}. The size and bytes are kept by {@link #keep(InputStream)} once the
     * reader has read the part without a failure; a part that inflates beyond the budget, whatever it declared,
     * is only counted.
     */
    InputStream keeping(String entryName, InputStream in, long declaredSize) {
        if (budget < 0 || sizes.containsKey(entryName)) return in;
        boolean fits = declaredSize >= 0 && declaredSize <= budget - used;
        return new Keeping(entryName, in, fits ? (int) declaredSize : -1);
    }

    /** After a successful read: keeps the part {@code in} came from, when {@code in} was made to keep it. */
    static void keep(InputStream in) {
        if (in instanceof Keeping k) k.keep();
    }

    private final class Keeping extends FilterInputStream {
        private final String name;
        /** What passed so far, or null once it would not fit (or was never to be kept). */
        private byte[] bytes;
        private long length;
        private boolean skipped;

        Keeping(String name, InputStream in, int declaredSize) {
            super(in);
            this.name = name;
            this.bytes = declaredSize < 0 ? null : new byte[Math.max(declaredSize, 16)];
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) append(new byte[]{(byte) b}, 0, 1);
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            if (n > 0) append(b, off, n);
            return n;
        }

        @Override
        public long skip(long n) throws IOException {
            skipped = true; // skipped bytes are not seen: the copy would have a hole, the count a gap
            bytes = null;
            return super.skip(n);
        }

        private void append(byte[] b, int off, int n) {
            long before = length;
            length += n;
            if (bytes == null) return;
            if (length > bytes.length) {
                if (length > budget - used) {
                    bytes = null; // more than its entry declared, and more than the budget left
                    return;
                }
                bytes = Arrays.copyOf(bytes, (int) Math.min(Math.max((long) bytes.length * 2, length), budget - used));
            }
            System.arraycopy(b, off, bytes, (int) before, n);
        }

        /**
         * Reads what the parser left (white space after the root element), then keeps the part's size, and its
         * bytes when they fit. Nothing when the parser closed the stream itself (the JDK's SAX parser does, for a
         * sheet not in UTF-8), skipped a part of it, or left more than a little.
         */
        void keep() {
            if (skipped) return;
            byte[] rest = new byte[8192];
            long end = length + MAX_TRAILER;
            try {
                while (read(rest, 0, rest.length) > 0) {
                    if (length > end) return;
                }
            } catch (IOException closed) {
                return;
            }
            sizes.put(name, length);
            if (bytes == null || length > budget - used) return;
            parts.put(name, length == bytes.length ? bytes : Arrays.copyOf(bytes, (int) length));
            used += length;
            bytes = null;
        }
    }
}
