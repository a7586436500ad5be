package capaian.write;

import capaian.job.IdleCores;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

/**
 * The zip a package is written to, with the JDK's own zip classes: new parts deflated at {@link Compression#LEVEL},
 * a part copied from the original read and written again. Copying the compressed bytes as they are
 * (commons-compress's raw copy) saved little on a form's few small parts and cost a cold run about 0.1 s of
 * class loading and set-up; a part that does not shrink (a picture) is stored, not deflated again.
 *
 * <p>{@link #onItsOwnThread} does all of the zip's work (deflating every part, copying the parts kept) on a thread
 * of its own, fed in chunks while the caller makes the parts' XML: deflating is a third of a write-back.
 */
final class PackageZip {
    /** A copied part this close to its own size when compressed is stored as it is. */
    private static final double STORE_ABOVE = 0.9;
    /** Form sheets of at least this many bytes (uncompressed, as declared) are worth the zip a thread of its own. */
    static final long WORTH_IT = 4L << 20;
    /**
     * From this size form sheets are worth it while a core is idle (one upload in a quiet server): a 300-row form
     * sheet (250 KB) came back 0.6-0.9 ms sooner of 9 (issue 18, tenth round). Below it, the hand-over
     * costs about what it saves.
     */
    static final long WORTH_IT_ON_IDLE_CORE = 128L << 10;

    private final ZipOutputStream zip;
    /** The zip's own thread, or null: the zip is written on the caller's. */
    private final OffThread thread;
    /** The parts' bytes on their way to the thread. */
    private final OffThreadOutput bytes;

    private PackageZip(OutputStream out, OffThread thread) {
        zip = new ZipOutputStream(out);
        zip.setLevel(Compression.LEVEL);
        this.thread = thread;
        this.bytes = thread == null ? null : new OffThreadOutput(thread, zip);
    }

    /**
     * The zip for a write-back whose form sheets hold {@code formBytes}: on a thread of its own when that is worth
     * it ({@link #worthAThread}), else on the caller's. A 100,000-row sheet is seconds of making and of deflating.
     */
    static PackageZip forForms(OutputStream out, long formBytes) {
        boolean idle = IdleCores.available();
        return worthAThread(formBytes, idle) ? onItsOwnThread(out, idle) : onThisThread(out);
    }

    /** From {@link #WORTH_IT} always, from {@link #WORTH_IT_ON_IDLE_CORE} while a core is idle. */
    static boolean worthAThread(long formBytes, boolean idleCore) {
        return formBytes >= WORTH_IT || (idleCore && formBytes >= WORTH_IT_ON_IDLE_CORE);
    }

    static PackageZip onThisThread(OutputStream out) {
        return new PackageZip(out, null);
    }

    /** The zip written on a thread of its own; call {@link #abandon()} when the package fails. */
    static PackageZip onItsOwnThread(OutputStream out, boolean idleCore) {
        return new PackageZip(out, new OffThread("capaian-deflate", idleCore));
    }

    /** Starts a new deflated part; write it through {@link #stream()}, then {@link #closeEntry()}. */
    void putEntry(String name) throws IOException {
        step(() -> {
            ZipEntry e = new ZipEntry(name);
            e.setMethod(ZipEntry.DEFLATED);
            zip.putNextEntry(e);
        });
    }

    OutputStream stream() {
        return thread == null ? zip : bytes;
    }

    void closeEntry() throws IOException {
        step(zip::closeEntry);
    }

    /** Writes the entry of {@code from} again under its name and time. */
    void copy(ZipFile from, ZipEntry e) throws IOException {
        step(() -> copyNow(from, e));
    }

    /** Ends the zip; returns once every byte of it has been written. */
    void finish() throws IOException {
        step(() -> {
            zip.finish();
            zip.flush();
        });
        if (thread != null) thread.finish();
    }

    /** Stops the zip's thread, if it has one, without waiting: the package failed. */
    void abandon() {
        if (thread != null) thread.abandon();
    }

    /** Runs {@code s} after every byte written before it. */
    private void step(OffThread.Step s) throws IOException {
        if (thread == null) {
            s.run();
            return;
        }
        bytes.handOver();
        thread.submit(s);
    }

    private void copyNow(ZipFile from, ZipEntry e) throws IOException {
        ZipEntry copy = new ZipEntry(e.getName());
        if (e.getTime() != -1) copy.setTime(e.getTime());
        boolean store = e.getSize() >= 0 && e.getCrc() != -1 && e.getCompressedSize() >= 0
                && e.getCompressedSize() >= STORE_ABOVE * e.getSize();
        if (store) {
            copy.setMethod(ZipEntry.STORED);
            copy.setSize(e.getSize());
            copy.setCompressedSize(e.getSize());
            copy.setCrc(e.getCrc());
        } else {
            copy.setMethod(ZipEntry.DEFLATED);
        }
        zip.putNextEntry(copy);
        try (InputStream in = from.getInputStream(e)) {
            in.transferTo(zip);
        }
        zip.closeEntry();
    }
}
