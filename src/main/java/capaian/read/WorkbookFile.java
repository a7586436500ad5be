package capaian.read;

import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/** Tells what kind of file an upload is before POI sees it, and words POI's failures for a person. */
public final class WorkbookFile {
    private static final byte[] ZIP = {'P', 'K', 3, 4};
    private static final byte[] OLE2 = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0};

    /** An OOXML package (.xlsx, .xlsm), or an OLE2 file (.xls, or an encrypted .xlsx). */
    public enum Kind { XLSX, XLS }

    private WorkbookFile() {}

    /** Whether the file starts as an OLE2 container (.xls, or an encrypted .xlsx); false when unreadable. */
    public static boolean isOle2(Path file) {
        byte[] head = new byte[4];
        try (InputStream in = Files.newInputStream(file)) {
            return in.readNBytes(head, 0, 4) == 4 && java.util.Arrays.equals(head, OLE2);
        } catch (IOException e) {
            return false;
        }
    }

    public static Kind kind(Path file) throws UnreadableWorkbookException {
        byte[] head = new byte[4];
        int n;
        try (InputStream in = Files.newInputStream(file)) {
            n = in.readNBytes(head, 0, 4);
        } catch (IOException e) {
            throw new UnreadableWorkbookException("Berkas tidak dapat dibaca: " + e.getMessage(), e);
        }
        if (n == 0) {
            throw new UnreadableWorkbookException("Berkas kosong (0 byte). Pilih berkas buku kerja Excel (.xlsx) yang berisi formulir.");
        }
        if (n == 4 && java.util.Arrays.equals(head, OLE2)) return Kind.XLS;
        if (n < 4 || !java.util.Arrays.equals(head, ZIP)) {
            throw new UnreadableWorkbookException("Berkas ini bukan buku kerja Excel (.xlsx atau .xls). Unduh templat dari "
                    + "Capaian, isi di Excel atau LibreOffice, simpan sebagai .xlsx, lalu unggah berkas itu.");
        }
        return Kind.XLSX;
    }

    static UnreadableWorkbookException strict() {
        return new UnreadableWorkbookException("Buku kerja ini disimpan sebagai \"Strict Open XML Spreadsheet\", yang "
                + "tidak dibaca Capaian. Buka di Excel, pilih File > Save As, simpan sebagai \"Excel Workbook (.xlsx)\", "
                + "lalu unggah berkas itu.");
    }

    /**
     * Opens an OLE2 file as an Excel 97-2003 workbook. An encrypted .xlsx is an OLE2 file too (with an
     * EncryptionInfo stream), as is a password-protected .xls: both are refused with a clear message.
     */
    public static HSSFWorkbook openXls(Path file) throws UnreadableWorkbookException {
        return openXls(file, Limits.defaults());
    }

    /**
     * As {@link #openXls(Path)}, within the limits: the file's size and its cells, counted on the records as they
     * stream, before HSSF builds the whole workbook in memory.
     *
     * @throws Limits.Exceeded when the workbook is over a limit
     */
    public static HSSFWorkbook openXls(Path file, Limits limits) throws UnreadableWorkbookException {
        POIFSFileSystem fs = null;
        try {
            limits.checkXls(0, Files.size(file));
            fs = new POIFSFileSystem(file.toFile(), true);
            if (fs.getRoot().hasEntry("EncryptionInfo")) throw passwordProtected();
            if (!fs.getRoot().hasEntry("Workbook") && !fs.getRoot().hasEntry("Book")) {
                throw new UnreadableWorkbookException("Berkas ini berformat dokumen Office lama tetapi bukan buku kerja "
                        + "Excel. Buka formulirnya di Excel, simpan sebagai \"Excel Workbook (.xlsx)\", lalu unggah lagi.");
            }
            countXlsCells(fs, limits);
            return new HSSFWorkbook(fs.getRoot(), true);
        } catch (Limits.Exceeded e) {
            close(fs);
            throw e;
        } catch (UnreadableWorkbookException e) {
            close(fs);
            throw e;
        } catch (EncryptedDocumentException e) {
            close(fs);
            throw passwordProtected();
        } catch (Exception | OutOfMemoryError e) {
            close(fs);
            throw unreadableXls(e);
        }
    }

    /** Counts the cell records of every sheet as they stream, stopping at the limit. */
    private static void countXlsCells(POIFSFileSystem fs, Limits limits) throws IOException {
        String name = fs.getRoot().hasEntry("Workbook") ? "Workbook" : "Book";
        try (InputStream in = fs.createDocumentInputStream(name)) {
            var records = new org.apache.poi.hssf.record.RecordFactoryInputStream(in, true);
            long cells = 0;
            for (var r = records.nextRecord(); r != null; r = records.nextRecord()) {
                if (r instanceof org.apache.poi.hssf.record.CellValueRecordInterface) {
                    cells++;
                } else if (r instanceof org.apache.poi.hssf.record.MulRKRecord m) {
                    cells += m.getNumColumns();
                } else if (r instanceof org.apache.poi.hssf.record.MulBlankRecord m) {
                    cells += m.getNumColumns();
                } else {
                    continue;
                }
                if (cells > limits.maxXlsCells()) limits.checkXls(cells, 0);
            }
        } catch (EncryptedDocumentException | Limits.Exceeded e) {
            throw e;
        } catch (RuntimeException e) {
            // records HSSF cannot stream: HSSF itself, next, says what is wrong
        }
    }

    private static void close(POIFSFileSystem fs) {
        if (fs == null) return;
        try {
            fs.close();
        } catch (IOException ignored) {
            // nothing more to release
        }
    }

    private static UnreadableWorkbookException passwordProtected() {
        return new UnreadableWorkbookException("Buku kerja ini dilindungi kata sandi, sehingga tidak dapat dibaca. "
                + "Buka di Excel, hapus kata sandinya (File > Info > Protect Workbook), simpan, lalu unggah lagi.");
    }

    static UnreadableWorkbookException unreadableXls(Throwable e) {
        if (e instanceof EncryptedDocumentException) return passwordProtected();
        if (e instanceof OutOfMemoryError) return unreadable(e);
        return new UnreadableWorkbookException("Berkas Excel 97-2003 (.xls) ini rusak atau tidak lengkap dan tidak dapat "
                + "dibaca. Buka di Excel atau LibreOffice, simpan ulang sebagai \"Excel Workbook (.xlsx)\", lalu unggah lagi.", e);
    }

    static UnreadableWorkbookException unreadable(Throwable e) {
        String m = String.valueOf(e.getMessage()).toLowerCase(java.util.Locale.ROOT);
        if (e instanceof OutOfMemoryError) {
            return new UnreadableWorkbookException("Berkas terlalu besar untuk diproses. Bagi formulir menjadi beberapa berkas "
                    + "atau hapus lembar yang tidak dipakai.");
        }
        if (e instanceof PackageParts.ZipBomb || e.getCause() instanceof PackageParts.ZipBomb || m.contains("zip bomb") || m.contains("inflate") || m.contains("max entry size") || m.contains("exceeds the max")) {
            return new UnreadableWorkbookException("Berkas ini tidak wajar: isinya mengembang jauh melebihi ukurannya "
                    + "(kemungkinan berkas rusak atau berbahaya). Simpan ulang formulir dari Excel dan unggah lagi.", e);
        }
        if (m.contains("doctype") || m.contains("entity")) {
            return new UnreadableWorkbookException("Berkas ini berisi XML yang tidak diizinkan (DOCTYPE atau entitas). "
                    + "Simpan ulang formulir dari Excel atau LibreOffice dan unggah lagi.", e);
        }
        return new UnreadableWorkbookException("Berkas .xlsx ini rusak atau tidak lengkap dan tidak dapat dibaca. "
                + "Buka di Excel atau LibreOffice, simpan ulang sebagai .xlsx, lalu unggah lagi.", e);
    }
}
