package capaian.consolidate;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.List;
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

    /** Files and directories named on the command line, in a stable order. */
    public static void addPaths(Consolidator c, List<Path> paths) throws IOException {
        for (Path p : paths) {
            if (Files.isDirectory(p)) {
                List<Path> found;
                try (Stream<Path> walk = Files.walk(p)) {
                    found = walk.filter(Files::isRegularFile).filter(f -> wanted(f.getFileName().toString())).sorted().toList();
                }
                for (Path f : found) addFile(c, f, p.relativize(f).toString());
            } else {
                addFile(c, p, p.getFileName().toString());
            }
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
