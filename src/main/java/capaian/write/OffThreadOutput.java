package capaian.write;

import capaian.job.IdleCores;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.io.OutputStream;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * An output stream whose bytes reach {@code target} on a thread of their own, so that making a large part's XML
 * and deflating it run on two cores at once: for a 300,000-row rekap listing or a 100,000-row form the deflater
 * alone is seconds. The bytes go over in chunks through a short queue, so memory stays bounded whatever the part's
 * size. {@link #finish()} waits until every byte has been written; the target is never closed here. {@link
 * #write(OutputStream, String, Part)} does the whole protocol.
 *
 * <p>Worth it only for large parts: a thread per part costs far less than their deflating, but a small part would
 * only add the hand-over. Used from one producing thread.
 */
public final class OffThreadOutput extends OutputStream {
    /** Parts of at least this many bytes (uncompressed, when known) are worth a thread. */
    public static final long WORTH_IT = 4L << 20;
    /**
     * From this size a part is worth a thread when a core is idle (one upload in a quiet server): a 2,000-row form
     * sheet (1.7 MB) came back 15 % sooner. A 300-row one (250 KB) did not, so it stays on the request's thread.
     */
    static final long WORTH_IT_ON_IDLE_CORE = 1L << 20;

    private static final int CHUNK = 256 * 1024;
    /** For a part of a few hundred kilobytes: in chunks of 256 KB it would reach the thread only at its end. */
    static final int SMALL_CHUNK = 32 * 1024;
    private static final byte[] END = new byte[0];

    private final BlockingQueue<byte[]> queue = new ArrayBlockingQueue<>(8);
    private final Thread writer;
    private volatile Throwable failure;
    private final int chunkSize;
    private byte[] chunk;
    private int used;
    private boolean finished;

    /** What writes a part, given the stream to write it to. */
    public interface Part {
        void writeTo(OutputStream out) throws IOException;
    }

    /**
     * Writes {@code part} to {@code target} through a thread that deflates (or whatever {@code target} does) while
     * the part is made; returns once every byte has reached {@code target}, which stays open. If the part fails,
     * the thread is stopped and the failure thrown.
     */
    public static void write(OutputStream target, String name, Part part) throws IOException {
        write(target, name, part, CHUNK);
    }

    /**
     * The chunks a part of {@code size} bytes (uncompressed, as its entry declares; -1 when unknown) is worth handing
     * to a thread in, or 0 when it is not worth a thread: from {@link #WORTH_IT} always, and from {@link
     * #WORTH_IT_ON_IDLE_CORE} while a core is idle ({@link IdleCores}), in {@link #SMALL_CHUNK}s.
     */
    static int chunkFor(long size) {
        if (size >= WORTH_IT) return CHUNK;
        if (size >= WORTH_IT_ON_IDLE_CORE && IdleCores.available()) return SMALL_CHUNK;
        return 0;
    }

    /** As {@link #write(OutputStream, String, Part)}, handed over in chunks of {@code chunkSize} bytes. */
    public static void write(OutputStream target, String name, Part part, int chunkSize) throws IOException {
        OffThreadOutput out = new OffThreadOutput(target, name, chunkSize);
        try {
            part.writeTo(out);
            out.finish();
        } finally {
            out.abandon();
        }
    }

    public OffThreadOutput(OutputStream target, String name) {
        this(target, name, CHUNK);
    }

    public OffThreadOutput(OutputStream target, String name, int chunkSize) {
        this.chunkSize = chunkSize;
        this.chunk = new byte[chunkSize];
        writer = new Thread(() -> {
            try {
                for (byte[] b = queue.take(); b != END; b = queue.take()) target.write(b);
            } catch (Throwable t) {
                failure = t;
                queue.clear(); // the producer finds the failure instead of a full queue
            }
        }, name);
        writer.setDaemon(true);
        writer.start();
    }

    @Override
    public void write(int b) throws IOException {
        if (used == chunk.length) hand(chunk);
        chunk[used++] = (byte) b;
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
        while (len > 0) {
            if (used == chunk.length) hand(chunk);
            int n = Math.min(len, chunk.length - used);
            System.arraycopy(b, off, chunk, used, n);
            used += n;
            off += n;
            len -= n;
        }
    }

    /** Waits until every byte written has reached the target; what the writing thread met is thrown here. */
    public void finish() throws IOException {
        if (finished) return;
        finished = true;
        if (used > 0) hand(java.util.Arrays.copyOf(chunk, used));
        put(END);
        try {
            writer.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            writer.interrupt();
            throw new InterruptedIOException("interrupted while the part was written");
        }
        rethrow();
    }

    /** Stops the writing thread without waiting for what is queued (the part failed on this side). */
    public void abandon() {
        finished = true;
        writer.interrupt();
    }

    /** Closing only finishes: the target stays open (the zip it belongs to goes on). */
    @Override
    public void close() throws IOException {
        finish();
    }

    private void hand(byte[] full) throws IOException {
        put(full);
        chunk = new byte[chunkSize];
        used = 0;
    }

    private void put(byte[] b) throws IOException {
        try {
            while (!queue.offer(b, 50, TimeUnit.MILLISECONDS)) {
                rethrow();
                if (!writer.isAlive()) throw new IOException("the writing thread ended early");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            writer.interrupt();
            throw new InterruptedIOException("interrupted while the part was written");
        }
        rethrow();
    }

    private void rethrow() throws IOException {
        Throwable t = failure;
        if (t == null) return;
        if (t instanceof IOException io) throw io;
        if (t instanceof RuntimeException r) throw r;
        if (t instanceof Error e) throw e;
        throw new IOException(t);
    }
}
