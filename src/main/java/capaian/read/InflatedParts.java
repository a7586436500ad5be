package capaian.read;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * The sheet XML the reader inflated in full, kept for the write-back of the same upload: a form sheet was
 * otherwise inflated three times (reading it, the write-back's size check, rewriting it), a tenth of a 300-row
 * upload's time in the server. Kept only within a budget, so a large sheet streams again as before and the
 * command line's 100,000-row run stays in its small heap. One instance per processed workbook, one thread.
 */
public final class InflatedParts {
    /** Inflated bytes kept per workbook: a form sheet of about 9,000 rows. */
    private static final long BUDGET = 8L << 20;

    private final long budget;
    private long used;
    private final Map<String, byte[]> parts = new HashMap<>();

    private InflatedParts(long budget) {
        this.budget = budget;
    }

    /** Keeps what the reader inflates, up to the budget. */
    public static InflatedParts kept() {
        return new InflatedParts(BUDGET);
    }

    /** Keeps nothing: a reading that no write-back follows (a rekap, a check). */
    public static InflatedParts none() {
        return new InflatedParts(0);
    }

    /** The zip entry's inflated bytes as the reader saw them, or null when they were not kept. */
    public byte[] get(String entryName) {
        return parts.get(entryName);
    }

    /**
     * {@code in} as a stream that also keeps what passes, when the entry's declared size fits the budget left;
     * else {@code in} itself. The bytes are kept by {@link Keeping#keep()} once the reader has read the part
     * without a failure; a part that inflates beyond the budget, whatever it declared, is simply not kept.
     */
    InputStream keeping(String entryName, InputStream in, long declaredSize) {
        if (declaredSize < 0 || declaredSize > budget - used || parts.containsKey(entryName)) return in;
        return new Keeping(entryName, in, (int) declaredSize);
    }

    /** After a successful read: keeps the part {@code in} came from, when {@code in} was made to keep it. */
    static void keep(InputStream in) {
        if (in instanceof Keeping k) k.keep();
    }

    private final class Keeping extends FilterInputStream {
        private final String name;
        private byte[] bytes;
        private int length;

        Keeping(String name, InputStream in, int declaredSize) {
            super(in);
            this.name = name;
            this.bytes = new byte[Math.max(declaredSize, 16)];
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
            bytes = null; // skipped bytes are not seen: the copy would have a hole
            return super.skip(n);
        }

        private void append(byte[] b, int off, int n) {
            if (bytes == null) return;
            if (length + n > bytes.length) {
                long grown = Math.max((long) bytes.length * 2, (long) length + n);
                if ((long) length + n > budget - used) {
                    bytes = null; // more than its entry declared, and more than the budget left
                    return;
                }
                bytes = Arrays.copyOf(bytes, (int) Math.min(grown, budget - used));
            }
            System.arraycopy(b, off, bytes, length, n);
            length += n;
        }

        /**
         * Reads what the parser left (whitespace after the root element), then keeps the whole part; not when the
         * parser closed the stream itself (the JDK's SAX parser does, for a sheet not in UTF-8).
         */
        void keep() {
            byte[] rest = new byte[8192];
            try {
                while (bytes != null && read(rest, 0, rest.length) > 0) {
                    // each read appends
                }
            } catch (IOException closed) {
                return;
            }
            if (bytes == null || length > budget - used) return;
            byte[] whole = length == bytes.length ? bytes : Arrays.copyOf(bytes, length);
            parts.put(name, whole);
            used += length;
            bytes = null;
        }
    }
}
