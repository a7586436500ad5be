package capaian.consolidate;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
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
        int threads = Math.min(Runtime.getRuntime().availableProcessors(), files.size());
        if (threads <= 1) {
            for (int i = 0; i < files.size(); i++) addFile(c, files.get(i), names.get(i));
            return;
        }
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "capaian-rekap-read");
            t.setDaemon(true);
            return t;
        });
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
            return reading.removeFirst().get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new java.io.InterruptedIOException("consolidation interrupted");
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) throw r;
            if (e.getCause() instanceof Error err) throw err;
            throw new IllegalStateException(e.getCause());
        }
    }

    static void addFile(Consolidator c, Path f, String name) throws IOException {
        Instant modified = Files.getLastModifiedTime(f).toInstant();
        if (isZip(name)) {
            try (InputStream in = Files.newInputStream(f)) {
                addZip(c, in, name, modified);
            }
        } else {
            c.add(f, name, modified);
        }
    }

    /** Every workbook in a zip (nested folders included); a damaged archive is listed as unreadable. */
    public static void addZip(Consolidator c, InputStream zip, String zipName, Instant modified) throws IOException {
        try (ZipInputStream in = new ZipInputStream(zip)) {
            ZipEntry e;
            int workbooks = 0;
            while ((e = in.getNextEntry()) != null) {
                String entry = e.getName();
                if (e.isDirectory() || entry.startsWith("__MACOSX/") || !wanted(baseName(entry))) continue;
                workbooks++;
                Instant m = e.getLastModifiedTime() != null ? e.getLastModifiedTime().toInstant() : modified;
                Path tmp = Files.createTempFile("capaian-rekap-", ".xlsx");
                try {
                    Files.copy(in, tmp, StandardCopyOption.REPLACE_EXISTING);
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

    /** One uploaded file (the web page): a zip is opened, anything else consolidated as a workbook. */
    public static void addUpload(Consolidator c, byte[] content, String name, Instant modified) {
        try {
            if (isZip(name)) {
                addZip(c, new java.io.ByteArrayInputStream(content), name, modified);
                return;
            }
            Path tmp = Files.createTempFile("capaian-rekap-", ".xlsx");
            try {
                Files.write(tmp, content);
                c.add(tmp, name, modified);
            } finally {
                Files.deleteIfExists(tmp);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
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
