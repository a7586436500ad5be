package capaian.read;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/** Tells what kind of file an upload is before POI sees it, and words POI's failures for a person. */
final class WorkbookFile {
    private static final byte[] ZIP = {'P', 'K', 3, 4};
    private static final byte[] OLE2 = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0};

    private WorkbookFile() {}

    static void checkIsXlsx(Path file) throws UnreadableWorkbookException {
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
        if (n == 4 && java.util.Arrays.equals(head, OLE2)) {
            throw new UnreadableWorkbookException("Berkas ini berformat Excel 97-2003 (.xls) atau dilindungi kata sandi. "
                    + "Buka di Excel, hapus kata sandinya bila ada, lalu simpan sebagai \"Excel Workbook (.xlsx)\" dan unggah lagi.");
        }
        if (n < 4 || !java.util.Arrays.equals(head, ZIP)) {
            throw new UnreadableWorkbookException("Berkas ini bukan buku kerja Excel (.xlsx). Unduh templat dari Capaian, "
                    + "isi di Excel atau LibreOffice, simpan sebagai .xlsx, lalu unggah berkas itu.");
        }
    }

    static UnreadableWorkbookException unreadable(Throwable e) {
        String m = String.valueOf(e.getMessage()).toLowerCase(java.util.Locale.ROOT);
        if (e instanceof OutOfMemoryError) {
            return new UnreadableWorkbookException("Berkas terlalu besar untuk diproses. Bagi formulir menjadi beberapa berkas "
                    + "atau hapus lembar yang tidak dipakai.");
        }
        if (m.contains("zip bomb") || m.contains("inflate") || m.contains("max entry size") || m.contains("exceeds the max")) {
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
