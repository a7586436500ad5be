package capaian.read;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.zip.ZipEntry;

/**
 * Checked limits on what a workbook may hold, so that a hostile or broken file ends quickly with a clear
 * Indonesian answer instead of exhausting memory or time. Every limit is far above what a real form needs;
 * docs/SECURITY.md lists them. Each can be set by a system property ({@code -Dcapaian.limit.rows=N}) or an
 * environment variable ({@code CAPAIAN_LIMIT_ROWS}).
 *
 * @param maxRows             non-empty rows per sheet read
 * @param maxColumns          columns (a value in column index {@code maxColumns} or beyond is refused)
 * @param maxCellChars        characters in one cell (Excel's own maximum is 32,767)
 * @param maxSharedStrings    entries in the shared strings table
 * @param maxSharedChars      characters in the whole shared strings table
 * @param maxPartBytes        uncompressed bytes of one sheet's XML or of the shared strings XML
 * @param maxWriteBackBytes   uncompressed bytes of the whole package above which no result workbook is written
 *                            (POI's in-memory model needs many times that in heap); the report is still given
 * @param maxSheets           sheets listed in the workbook part
 * @param maxStyleEntries     entries (cell formats, fonts, fills, borders, number formats, ...) in the styles part,
 *                            counted while streaming before POI parses it (Excel itself allows about 64,000 formats)
 * @param maxSmallPartBytes   uncompressed bytes of the workbook part and of the styles part, which are parsed whole
 * @param maxXlsCells         cells in an Excel 97-2003 file (counted on its records before HSSF builds it in memory)
 * @param maxXlsBytes         size of an Excel 97-2003 file
 */
public record Limits(int maxRows, int maxColumns, int maxCellChars, int maxSharedStrings, long maxSharedChars,
                     long maxPartBytes, long maxWriteBackBytes, int maxSheets, int maxStyleEntries,
                     long maxSmallPartBytes, long maxXlsCells, long maxXlsBytes) {

    private static final long MB = 1024 * 1024;

    public static Limits defaults() {
        return new Limits(150_000, 1_024, 32_767, 500_000, 50_000_000L, 512 * MB, 1024 * MB,
                500, 100_000, 16 * MB, 200_000, 32 * MB);
    }

    /** The defaults, each overridden by {@code -Dcapaian.limit.NAME} or {@code CAPAIAN_LIMIT_NAME}. */
    public static Limits fromEnvironment() {
        Limits d = defaults();
        return new Limits(
                (int) setting("rows", d.maxRows),
                (int) setting("columns", d.maxColumns),
                (int) setting("cell-chars", d.maxCellChars),
                (int) setting("shared-strings", d.maxSharedStrings),
                setting("shared-chars", d.maxSharedChars),
                setting("part-mb", d.maxPartBytes / MB) * MB,
                setting("write-back-mb", d.maxWriteBackBytes / MB) * MB,
                (int) setting("sheets", d.maxSheets),
                (int) setting("style-entries", d.maxStyleEntries),
                setting("small-part-mb", d.maxSmallPartBytes / MB) * MB,
                setting("xls-cells", d.maxXlsCells),
                setting("xls-mb", d.maxXlsBytes / MB) * MB);
    }

    private static long setting(String name, long fallback) {
        String v = System.getProperty("capaian.limit." + name);
        if (v == null) v = System.getenv("CAPAIAN_LIMIT_" + name.toUpperCase(Locale.ROOT).replace('-', '_'));
        if (v == null || v.isBlank()) return fallback;
        long n = Long.parseLong(v.trim());
        if (n < 1) throw new IllegalArgumentException("capaian.limit." + name + " harus bilangan positif");
        return n;
    }

    /**
     * A limit was passed. Unchecked so that it can leave a SAX handler; {@link WorkbookReader} turns it into a
     * {@link WorkbookTooLargeException}.
     */
    public static final class Exceeded extends RuntimeException {
        Exceeded(String message) {
            super(message, null, false, false);
        }
    }

    private static String n(long v) {
        return String.format(Locale.ROOT, "%,d", v).replace(',', '.');
    }

    void checkRows(String sheet, int rows) {
        if (rows > maxRows) {
            throw new Exceeded("Lembar \"" + sheet + "\" berisi lebih dari " + n(maxRows) + " baris terisi, melebihi batas "
                    + "Capaian. Hapus baris yang tidak dipakai atau bagi formulir menjadi beberapa berkas.");
        }
    }

    void checkColumn(String sheet, int columnIndex, int row) {
        if (columnIndex >= maxColumns) {
            throw new Exceeded("Lembar \"" + sheet + "\" berisi isian di sel " + capaian.model.CellRef.a1(columnIndex, row)
                    + ", jauh di kanan formulir (batas " + n(maxColumns) + " kolom). Hapus isian di kolom yang tidak dipakai.");
        }
    }

    void checkCellChars(int length) {
        if (length > maxCellChars) {
            throw new Exceeded("Ada sel berisi lebih dari " + n(maxCellChars) + " karakter, melebihi batas Excel. "
                    + "Persingkat isian sel itu.");
        }
    }

    void checkSharedStrings(int count, long chars) {
        if (count > maxSharedStrings || chars > maxSharedChars) {
            throw new Exceeded("Buku kerja berisi terlalu banyak teks (lebih dari " + n(maxSharedStrings) + " teks berbeda "
                    + "atau " + n(maxSharedChars) + " karakter). Hapus lembar yang tidak dipakai atau bagi berkasnya.");
        }
    }

    void checkSheets(int sheets) {
        if (sheets > maxSheets) {
            throw new Exceeded("Buku kerja berisi lebih dari " + n(maxSheets) + " lembar, melebihi batas Capaian. "
                    + "Hapus lembar yang tidak dipakai, atau salin formulir ke berkas baru, lalu unggah lagi.");
        }
    }

    void checkStyleEntries(int entries) {
        if (entries > maxStyleEntries) {
            throw new Exceeded("Buku kerja berisi lebih dari " + n(maxStyleEntries) + " format sel, jauh melebihi "
                    + "yang dipakai formulir (Excel sendiri membatasi sekitar 64.000). Salin isian formulir ke templat "
                    + "Capaian yang baru (Tempel Nilai), simpan, lalu unggah berkas itu.");
        }
    }

    void checkXls(long cells, long bytes) {
        if (cells > maxXlsCells || bytes > maxXlsBytes) {
            throw new Exceeded("Berkas Excel 97-2003 (.xls) ini terlalu besar untuk dibaca (lebih dari " + n(maxXlsCells)
                    + " sel atau " + n(maxXlsBytes / MB) + " MB). Buka di Excel atau LibreOffice, simpan sebagai "
                    + "\"Excel Workbook (.xlsx)\", lalu unggah berkas .xlsx itu: berkas .xlsx dibaca tanpa batas ini.");
        }
    }

    /** The stream of a part that is parsed whole (workbook, styles), refusing more than {@link #maxSmallPartBytes}. */
    InputStream boundedSmall(InputStream in) {
        return bounded(in, maxSmallPartBytes, "Bagian buku kerja (daftar lembar atau format sel) melebihi "
                + n(maxSmallPartBytes / MB) + " MB setelah diekstrak, jauh melebihi yang dipakai formulir. Salin isian "
                + "formulir ke templat Capaian yang baru, simpan, lalu unggah berkas itu.");
    }

    /** The stream of one XML part, refusing to give more than {@link #maxPartBytes} once inflated. */
    InputStream bounded(InputStream in) {
        return bounded(in, maxPartBytes, "Isi lembar kerja melebihi " + n(maxPartBytes / MB) + " MB setelah diekstrak. "
                + "Hapus lembar atau baris yang tidak dipakai, simpan ulang, lalu unggah lagi.");
    }

    private static InputStream bounded(InputStream in, long max, String message) {
        return new CountedStream(in) {
            @Override
            void counted(long total) {
                if (total > max) throw new Exceeded(message);
            }
        };
    }

    /**
     * Whether the result workbook may be written: the package's XML, really inflated (declared sizes can lie),
     * stays within {@link #maxWriteBackBytes}. Stops reading as soon as the limit is passed. A part the reader read
     * in full counts with the size it counted ({@code kept}), not inflated again.
     */
    public boolean writeBackAllowed(Path xlsx, InflatedParts kept) throws IOException {
        if (WorkbookFile.isOle2(xlsx)) {
            // an .xls is no zip: it is copied in memory, and Excel 97-2003 caps it at 65,536 rows anyway
            return java.nio.file.Files.size(xlsx) <= maxWriteBackBytes;
        }
        long total = 0;
        byte[] buf = new byte[64 * 1024];
        // by the central directory: ZipInputStream refuses entries whose local header defers its sizes to a
        // data descriptor with a Zip64 extra field, as POI's streaming writer (SXSSF) writes them
        try (java.util.zip.ZipFile zip = new java.util.zip.ZipFile(xlsx.toFile())) {
            for (ZipEntry e : java.util.Collections.list(zip.entries())) {
                long known = kept.size(e.getName());
                if (known >= 0) {
                    total += known;
                    if (total > maxWriteBackBytes) return false;
                    continue;
                }
                try (java.io.InputStream in = zip.getInputStream(e)) {
                    for (int n = in.read(buf); n > 0; n = in.read(buf)) {
                        total += n;
                        if (total > maxWriteBackBytes) return false;
                    }
                }
            }
        }
        return true;
    }

    /** The Indonesian note for a report whose result workbook was not written. */
    public String writeBackRefusal() {
        return "buku kerja melebihi " + n(maxWriteBackBytes / MB) + " MB setelah diekstrak";
    }
}
