package capaian.consolidate;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.Locale;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipInputStream;

/**
 * Walks the inputs of a consolidation one workbook at a time: files, directories (recursively, .xlsx and
 * .xlsm) and zip archives (each entry copied to a temporary file, consolidated, deleted), so that at most
 * one workbook is ever on disk or in memory beyond the originals.
 */
public final class Inputs {
    private Inputs() {}

    /**
     * What one zip may inflate to, checked while it streams, so that a zip bomb is refused before it fills a disk:
     * each workbook in it at most {@code maxEntryBytes} (the upload limit of one workbook), and all of them together
     * at most {@code maxRatio} times the zip's own size (workbooks are compressed already: a real archive of them
     * inflates about 1:1) plus a megabyte, and at most {@code maxTotalBytes}.
     */
    public record ZipLimits(long maxEntryBytes, long maxTotalBytes, int maxRatio) {
        /** The command line: generous, the machine is the user's own. */
        public static ZipLimits commandLine() {
            return new ZipLimits(512L << 20, 16L << 30, 100);
        }

        long totalFor(long zipBytes) {
            return Math.min(maxTotalBytes, maxRatio * Math.max(zipBytes, 0) + (1 << 20));
        }
    }

    /** A zip that inflates past its {@link ZipLimits}; the message is plain Indonesian for the user. */
    public static final class ArchiveTooLargeException extends IOException {
        ArchiveTooLargeException(String message) {
            super(message);
        }
    }

    /**
     * Files and directories named on the command line, in a stable order. Workbook files are read on as many
     * threads as there are cores (the command line has the machine to itself; reading is most of a rekap's
     * time), at most that many at once so memory stays bounded, and added in order; zips one entry at a time.
     */
    public static void addPaths(Consolidator c, List<Path> paths) throws IOException {
        List<Path> files = new ArrayList<>();
        List<String> names = new ArrayList<>();
        for (Path p : paths) {
            if (Files.isDirectory(p)) {
                List<Path> found;
                try (Stream<Path> walk = Files.walk(p)) {
                    found = walk.filter(Files::isRegularFile).filter(f -> wanted(f.getFileName().toString())).sorted().toList();
                }
                for (Path f : found) {
                    files.add(f);
                    names.add(p.relativize(f).toString());
                }
            } else {
                files.add(p);
                names.add(p.getFileName().toString());
            }
        }
        int threads = InOrder.threadsFor(files.size());
        if (threads <= 1) {
            for (int i = 0; i < files.size(); i++) addFile(c, files.get(i), names.get(i));
            return;
        }
        ExecutorService pool = InOrder.readers(threads);
        try {
            Deque<Future<OpdEntry>> reading = new ArrayDeque<>();
            for (int i = 0; i < files.size(); i++) {
                Path f = files.get(i);
                String name = names.get(i);
                if (isZip(name)) {
                    while (!reading.isEmpty()) c.accept(take(reading));
                    addFile(c, f, name);
                    continue;
                }
                Instant modified = Files.getLastModifiedTime(f).toInstant();
                if (reading.size() >= threads) c.accept(take(reading));
                reading.add(pool.submit(() -> c.extract(f, name, modified)));
            }
            while (!reading.isEmpty()) c.accept(take(reading));
        } finally {
            pool.shutdownNow();
        }
    }

    private static OpdEntry take(Deque<Future<OpdEntry>> reading) throws IOException {
        try {
            return InOrder.oldest(reading);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new java.io.InterruptedIOException("consolidation interrupted");
        }
    }

    static void addFile(Consolidator c, Path f, String name) throws IOException {
        Instant modified = Files.getLastModifiedTime(f).toInstant();
        if (isZip(name)) {
            try (InputStream in = Files.newInputStream(f)) {
                addZip(c, in, name, modified, null, ZipLimits.commandLine(), Files.size(f));
            }
        } else {
            c.add(f, name, modified);
        }
    }

    /**
     * Every workbook in a zip (nested folders included); a damaged archive is listed as unreadable, one that
     * inflates past {@code limits} is refused whole ({@link ArchiveTooLargeException}).
     *
     * @param spoolDir where each entry is inflated to (the server's data directory), or null for the system's temp
     * @param zipBytes the zip's own size, for the ratio limit
     */
    public static void addZip(Consolidator c, InputStream zip, String zipName, Instant modified, Path spoolDir,
                              ZipLimits limits, long zipBytes) throws IOException {
        long maxTotal = limits.totalFor(zipBytes);
        long total = 0;
        try (ZipInputStream in = new ZipInputStream(zip)) {
            ZipEntry e;
            int workbooks = 0;
            while ((e = in.getNextEntry()) != null) {
                String entry = e.getName();
                if (e.isDirectory() || entry.startsWith("__MACOSX/") || !wanted(baseName(entry))) continue;
                workbooks++;
                Instant m = e.getLastModifiedTime() != null ? e.getLastModifiedTime().toInstant() : modified;
                Path tmp = spoolDir == null ? Files.createTempFile("capaian-rekap-", ".xlsx")
                        : Files.createTempFile(spoolDir, "capaian-rekap-", ".xlsx");
                try {
                    total += copyBounded(in, tmp, Math.min(limits.maxEntryBytes(), maxTotal - total), zipName, entry, zipBytes);
                    c.add(tmp, zipName + "/" + entry, m);
                } finally {
                    Files.deleteIfExists(tmp);
                }
            }
            if (workbooks == 0) c.addUnreadable(zipName, modified, "Arsip zip ini tidak berisi buku kerja .xlsx.");
        } catch (ZipException ex) {
            c.addUnreadable(zipName, modified, "Arsip zip ini rusak dan tidak dapat dibuka (" + ex.getMessage() + ").");
        }
    }

    /**
     * Copies one zip entry to {@code tmp}, at most {@code max} bytes: past that the entry is deleted and the whole
     * archive refused, so a bomb writes no more than the limit anywhere.
     */
    private static long copyBounded(InputStream in, Path tmp, long max, String zipName, String entry, long zipBytes)
            throws IOException {
        long n = 0;
        byte[] buf = new byte[64 * 1024];
        try (java.io.OutputStream out = Files.newOutputStream(tmp, java.nio.file.StandardOpenOption.TRUNCATE_EXISTING)) {
            int r;
            while ((r = in.read(buf)) > 0) {
                n += r;
                if (n > max) {
                    throw new ArchiveTooLargeException("Arsip \"" + zipName + "\" (" + megabytes(zipBytes) + " MB) mengembang jauh "
                            + "melebihi ukurannya (lebih dari " + megabytes(max) + " MB saat membuka \"" + baseName(entry)
                            + "\"). Arsip ini ditolak (kemungkinan rusak atau berbahaya). Kirim buku kerjanya satu per satu, "
                            + "atau buat ulang arsip .zip dari buku kerja yang benar.");
                }
                out.write(buf, 0, r);
            }
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(tmp);
            throw e;
        }
        return n;
    }

    private static String megabytes(long bytes) {
        return String.format(Locale.ROOT, "%.1f", bytes / (1024.0 * 1024.0)).replace('.', ',');
    }

    /**
     * One uploaded file (the web page), already spooled to {@code file}: a zip is opened entry by entry into
     * {@code spoolDir} within {@code limits}, anything else consolidated as a workbook where it lies.
     */
    public static void addUpload(Consolidator c, Path file, String name, Instant modified, Path spoolDir, ZipLimits limits)
            throws IOException {
        if (isZip(name)) {
            try (InputStream in = Files.newInputStream(file)) {
                addZip(c, in, name, modified, spoolDir, limits, Files.size(file));
            }
            return;
        }
        c.add(file, name, modified);
    }

    static boolean wanted(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        if (n.startsWith("~$") || n.startsWith(".")) return false; // Excel's lock files, hidden files
        return n.endsWith(".xlsx") || n.endsWith(".xlsm") || n.endsWith(".zip") || n.endsWith(".xls");
    }

    static boolean isZip(String name) {
        return name.toLowerCase(Locale.ROOT).endsWith(".zip");
    }

    private static String baseName(String entry) {
        return entry.substring(entry.lastIndexOf('/') + 1);
    }

}
