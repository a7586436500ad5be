package capaian.web;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Download names never carry an extension or a disguise the user chose. */
class DownloadsTest {
    @Test
    void resultNamesFollowTheFormsPattern() {
        assertEquals("hasil-5.03.0.00.0.00.01.0000-lampiran-realisasi-2022-twIV.xlsx",
                Downloads.resultName("5.03.0.00.0.00.01.0000", "lampiran-realisasi", 2022, "IV"));
        assertEquals("hasil-1.01.0.00.0.00.01.0000-renja-2025-tahunan.xlsx",
                Downloads.resultName("1.01.0.00.0.00.01.0000", "renja", 2025, "Tahunan"));
        assertEquals("hasil-renja.xlsx", Downloads.resultName(null, "renja", null, null));
        assertEquals("hasil-x-lampiran-realisasi-2022-twIV.xlsx", Downloads.resultName("x", "lampiran-realisasi", 2022, "TW IV"));
        assertEquals("hasil-x-y-lampiran-realisasi.xlsx", Downloads.resultName("x/../y\u202E", "lampiran-realisasi", null, ""));
    }

    @Test
    void originalsKeepAnExcelExtensionOnly() {
        assertEquals("laporan-exe.xlsx", Downloads.originalName("laporan.exe"));
        assertEquals("laporan-html.xlsx", Downloads.originalName("laporan.html"));
        // "laporan\u202Exslx.exe" shows as "laporanexe.xlsx" in a right-to-left aware viewer
        assertEquals("laporanxslx-exe.xlsx", Downloads.originalName("laporan\u202Exslx.exe"));
        assertEquals("Renja 2025.xlsm", Downloads.originalName("Renja 2025.xlsm"));
        assertEquals("lama.xls", Downloads.originalName("lama.XLS"));
        assertEquals("buku-kerja.xlsx", Downloads.originalName("\u200B"));
    }
}
