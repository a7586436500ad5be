package capaian.write;

import java.io.IOException;
import java.io.OutputStream;

/**
 * An output stream whose bytes reach {@code target} on a thread of their own ({@link OffThread}), so that making a
 * large part's XML and deflating it run on two cores at once: for a 300,000-row rekap listing or a 100,000-row form
 * the deflater alone is seconds. The bytes go over in chunks, so memory stays bounded whatever the part's size.
 * {@link #write(OutputStream, String, Part)} does the whole protocol; the target is never closed here.
 *
 * <p>Worth it only for large parts, or while a core is idle (when {@link PackageZip} uses it): on a busy server a
 * small part would only add the hand-over. Used from one producing thread.
 */
public final class OffThreadOutput extends OutputStream {
    /** 64 KB: a 300-row sheet goes over in a few chunks, a 100,000-row one in a few thousand. */
    static final int CHUNK = 64 * 1024;

    private final OffThread thread;
    private final OutputStream target;
    private byte[] chunk = new byte[CHUNK];
    private int used;

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
        OffThread thread = new OffThread(name, false);
        try {
            OffThreadOutput out = new OffThreadOutput(thread, target);
            part.writeTo(out);
            out.handOver();
            thread.finish();
        } finally {
            thread.abandon();
        }
    }

    /** Bytes for {@code target}, handed to {@code thread} a chunk at a time. */
    OffThreadOutput(OffThread thread, OutputStream target) {
        this.thread = thread;
        this.target = target;
    }

    @Override
    public void write(int b) throws IOException {
        if (used == chunk.length) handOver();
        chunk[used++] = (byte) b;
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
        while (len > 0) {
            if (used == chunk.length) handOver();
            int n = Math.min(len, chunk.length - used);
            System.arraycopy(b, off, chunk, used, n);
            used += n;
            off += n;
            len -= n;
        }
    }

    /** Hands what is written so far to the thread: before a step that must follow these bytes. */
    void handOver() throws IOException {
        if (used == 0) return;
        byte[] full = chunk;
        int n = used;
        chunk = new byte[CHUNK];
        used = 0;
        thread.submit(() -> target.write(full, 0, n));
    }
}
