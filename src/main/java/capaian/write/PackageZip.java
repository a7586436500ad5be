package capaian.write;

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
 */
final class PackageZip {
    /** A copied part this close to its own size when compressed is stored as it is. */
    private static final double STORE_ABOVE = 0.9;

    private final ZipOutputStream zip;

    PackageZip(OutputStream out) {
        zip = new ZipOutputStream(out);
        zip.setLevel(Compression.LEVEL);
    }

    /** Starts a new deflated part; write it through {@link #stream()}, then {@link #closeEntry()}. */
    void putEntry(String name) throws IOException {
        ZipEntry e = new ZipEntry(name);
        e.setMethod(ZipEntry.DEFLATED);
        zip.putNextEntry(e);
    }

    OutputStream stream() {
        return zip;
    }

    void closeEntry() throws IOException {
        zip.closeEntry();
    }

    /** Writes the entry of {@code from} again under its name and time. */
    void copy(ZipFile from, ZipEntry e) throws IOException {
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

    void finish() throws IOException {
        zip.finish();
        zip.flush();
    }
}
