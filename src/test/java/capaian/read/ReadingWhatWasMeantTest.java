package capaian.read;

import capaian.report.Report;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import static capaian.read.MessyLayouts.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 13, "Reading what the user meant, or saying so": sheets copied or one per quarter, titles as people word
 * them, grouped headers, the reports' own table layout, near-miss titles and a Monitoring workbook that fills
 * only its IKU sheet. Expected figures are the seeds' printed ones (seed 000: pagu 4.355.964.609, realisasi
 * 890.405.738, serapan 20,44 %; seed 003 Tabel 1: 17.914.888.161, 17.242.465.892, 96,25 %) or the clean
 * workbook's own.
 */
class ReadingWhatWasMeantTest {
    private static final BigDecimal SEED000_PAGU = new BigDecimal("4355964609");
    private static final BigDecimal SEED000_REALISASI = new BigDecimal("890405738");
    private static final BigDecimal MILLION = new BigDecimal("1000000");

    // ---- several sheets carrying the form ----

    /** seed 000 (TW I) as sheet "TW I", and a copy "TW II" whose header says II and one sub kegiatan spent 1.000.000 more. */
    private static XSSFWorkbook perQuarter(boolean headerSaysQuarter) {
        XSSFWorkbook wb = example("seed000-tw1-lampiran.xlsx");
        wb.setSheetName(0, "TW I");
        Sheet tw2 = wb.cloneSheet(0, "TW II");
        if (headerSaysQuarter) {
            tw2.getRow(5).getCell(2).setCellValue("II");
        } else {
            wb.getSheet("TW I").getRow(5).getCell(2).setBlank();
            tw2.getRow(5).getCell(2).setBlank();
        }
        spendMillionMore(tw2);
        return wb;
    }

    /** Adds 1.000.000 to the realisasi anggaran of the first sub kegiatan with that much pagu left. */
    private static void spendMillionMore(Sheet sheet) {
        int tingkat = column(sheet, 8, "Tingkat");
        int pagu = column(sheet, 8, "Pagu Anggaran (Rp)");
        int real = column(sheet, 8, "Realisasi Anggaran s/d Triwulan (Rp)");
        for (Row r : sheet) {
            if (r.getRowNum() < 8) continue;
            Cell t = r.getCell(tingkat);
            Cell p = r.getCell(pagu);
            Cell x = r.getCell(real);
            if (t == null || !"Sub Kegiatan".equals(t.toString()) || p == null || x == null
                    || p.getCellType() != CellType.NUMERIC || x.getCellType() != CellType.NUMERIC) continue;
            if (p.getNumericCellValue() - x.getNumericCellValue() > 2_000_000) {
                x.setCellValue(x.getNumericCellValue() + 1_000_000);
                return;
            }
        }
        throw new AssertionError("no sub kegiatan with pagu left");
    }

    @Test
    void perQuarterSheetsReadTheChosenQuarter() {
        byte[] wb = bytes(perQuarter(true));
        Report tw2 = check(wb, "II");
        assertEquals("TW II", tw2.header().periode());
        assertEquals(0, SEED000_REALISASI.add(MILLION).compareTo(tw2.summary().realisasi()), tw2.summary().toString());
        assertTrue(findings(tw2, "SHEET_AMBIGUOUS").isEmpty());
        assertEquals("TW II", findings(tw2, "SHEET_CHOSEN").get(0).sheet());
        assertTrue(tw2.rows().stream().allMatch(r -> r.sheet().equals("TW II")));

        Report tw1 = check(wb, "I");
        assertEquals("TW I", tw1.header().periode());
        assertEquals(0, SEED000_REALISASI.compareTo(tw1.summary().realisasi()));
        assertEquals(0, new BigDecimal("20.44").compareTo(tw1.summary().serapan()));
        assertTrue(findings(tw1, "SHEET_AMBIGUOUS").isEmpty());
    }

    @Test
    void perQuarterSheetsWithoutAPeriodWarnAndReadTheLatest() {
        Report r = check(bytes(perQuarter(true)), null);
        List<Report.FindingEntry> w = findings(r, "SHEET_AMBIGUOUS");
        assertEquals(1, w.size(), codes(r).toString());
        assertEquals("warning", w.get(0).severity());
        assertEquals("TW II", w.get(0).sheet());
        assertTrue(w.get(0).message().contains("\"TW I\" (triwulan I)") && w.get(0).message().contains("\"TW II\" (triwulan II)"),
                w.get(0).message());
        assertEquals(0, SEED000_REALISASI.add(MILLION).compareTo(r.summary().realisasi()));
    }

    @Test
    void perQuarterSheetsNamedButHeaderSilentReadByName() {
        byte[] wb = bytes(perQuarter(false));
        Report tw2 = check(wb, "II");
        assertTrue(findings(tw2, "SHEET_AMBIGUOUS").isEmpty(), codes(tw2).toString());
        assertEquals(0, SEED000_REALISASI.add(MILLION).compareTo(tw2.summary().realisasi()));
        Report tw1 = check(wb, "I");
        assertEquals(0, SEED000_REALISASI.compareTo(tw1.summary().realisasi()));
    }

    @Test
    void commandLineReadsTheQuarterOfTriwulan(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws Exception {
        java.nio.file.Path file = dir.resolve("tw.xlsx");
        java.nio.file.Files.write(file, bytes(perQuarter(true)));
        for (String tw : new String[] {"I", "2", null}) {
            java.nio.file.Path json = dir.resolve("r" + tw + ".json");
            java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
            List<String> args = new java.util.ArrayList<>(List.of("check", file.toString(), "--report", json.toString()));
            if (tw != null) args.addAll(List.of("--triwulan", tw));
            int code = capaian.cli.Main.run(args.toArray(String[]::new), new java.io.PrintStream(out, true),
                    new java.io.PrintStream(new java.io.ByteArrayOutputStream(), true));
            assertEquals(0, code, out.toString());
            var summary = com.google.gson.JsonParser.parseString(java.nio.file.Files.readString(json))
                    .getAsJsonObject().getAsJsonObject("summary");
            BigDecimal expected = "I".equals(tw) ? SEED000_REALISASI : SEED000_REALISASI.add(MILLION);
            assertEquals(0, expected.compareTo(summary.get("realisasi").getAsBigDecimal()), tw);
            assertEquals(tw == null, out.toString().contains("SHEET_AMBIGUOUS"), out.toString());
        }
    }

    @Test
    void copiedSheetIsNamedAndTheOriginalRead() {
        XSSFWorkbook wb = example("seed003-tabel1-lampiran.xlsx");
        Sheet copy = wb.cloneSheet(0, "Realisasi (2)");
        copy.getRow(8).getCell(column(copy, 8, "Pagu Anggaran (Rp)")).setCellValue(1);
        for (String tw : new String[] {null, "IV"}) {
            Report r = check(bytes(wb), tw);
            List<Report.FindingEntry> w = findings(r, "SHEET_AMBIGUOUS");
            assertEquals(1, w.size(), codes(r).toString());
            assertEquals("Realisasi", w.get(0).sheet());
            assertTrue(w.get(0).message().contains("\"Realisasi (2)\"") && w.get(0).message().contains("bukan salinan"),
                    w.get(0).message());
            assertEquals(0, new BigDecimal("17914888161").compareTo(r.summary().pagu()));
            assertEquals(0, new BigDecimal("96.25").compareTo(r.summary().serapan()));
        }
    }

    /** seed 000 (TW I) copied to "Realisasi (2)" and the copy updated to TW II: the copy, being the later quarter, is read. */
    @Test
    void copyUpdatedToALaterQuarterIsRead() {
        XSSFWorkbook wb = example("seed000-tw1-lampiran.xlsx");
        Sheet copy = wb.cloneSheet(0, "Realisasi (2)");
        copy.getRow(5).getCell(2).setCellValue("II");
        spendMillionMore(copy);
        Report r = check(bytes(wb), null);
        List<Report.FindingEntry> w = findings(r, "SHEET_AMBIGUOUS");
        assertEquals(1, w.size(), codes(r).toString());
        assertEquals("Realisasi (2)", w.get(0).sheet());
        assertEquals(0, SEED000_REALISASI.add(MILLION).compareTo(r.summary().realisasi()));
        Report tw1 = check(bytes(wb), "I");
        assertTrue(findings(tw1, "SHEET_AMBIGUOUS").isEmpty());
        assertEquals(0, SEED000_REALISASI.compareTo(tw1.summary().realisasi()));
    }

    @Test
    void oneSheetIsNeverAmbiguous() {
        Report r = check(bytes(example("seed000-tw1-lampiran.xlsx")), "I");
        assertTrue(findings(r, "SHEET_AMBIGUOUS").isEmpty());
        assertTrue(findings(r, "SHEET_CHOSEN").isEmpty());
    }

    // ---- titles as people word them ----

    @Test
    void wordedTitlesAreMatched() {
        XSSFWorkbook clean = example("seed000-tw1-lampiran.xlsx");
        Report expected = check(clean);
        XSSFWorkbook wb = example("seed000-tw1-lampiran.xlsx");
        Row h = wb.getSheetAt(0).getRow(7);
        Map<String, String> worded = Map.of(
                "Target Kinerja (Tahunan)", "Target Kinerja Tahun 2023",
                "Target s/d Triwulan", "Target sampai dengan TW I",
                "Realisasi Kinerja s/d Triwulan", "REALISASI KINERJA\ns.d. TW I",
                "Capaian Kinerja (%)", "Capaian Kinerja s/d Triwulan I (%)",
                "Pagu Anggaran (Rp)", "Pagu Anggaran\nTahun Anggaran 2023 (Rp)",
                "Realisasi Anggaran s/d Triwulan (Rp)", "Realisasi Anggaran s.d. Triwulan I (Rp)",
                "Serapan Anggaran (%)", "serapan anggaran s/d tw 1 (%)",
                "Sisa Anggaran (Rp)", "Sisa Anggaran (Rp) ");
        for (Cell c : h) {
            String w = worded.get(c.getStringCellValue());
            if (w != null) c.setCellValue(w);
        }
        assertEquals(columnsFound(clean), columnsFound(wb));
        Report r = check(wb);
        assertEquals(codes(expected), codes(r));
        assertEquals(0, SEED000_PAGU.compareTo(r.summary().pagu()));
        assertEquals(0, SEED000_REALISASI.compareTo(r.summary().realisasi()));
        assertEquals(0, new BigDecimal("20.44").compareTo(r.summary().serapan()));
        assertEquals(0, expected.summary().capaian().compareTo(r.summary().capaian()));
    }

    /** The Renja's titles with years: the second "Target ... Tahun 2025" is the n+1 target, not a duplicate. */
    @Test
    void renjaTitlesWithYearsAreMatched() {
        XSSFWorkbook clean = example("seed003-renja.xlsx");
        XSSFWorkbook wb = example("seed003-renja.xlsx");
        Sheet s = wb.getSheetAt(0);
        Row header = null;
        for (int r = 0; r < 12 && header == null; r++) {
            if (s.getRow(r) != null && s.getRow(r).getCell(0) != null && "No".equals(s.getRow(r).getCell(0).toString())) {
                header = s.getRow(r);
            }
        }
        Map<String, String> worded = Map.of("Target Kinerja", "Target Kinerja Tahun 2024",
                "Pagu Indikatif (Rp)", "Pagu Indikatif Tahun 2024 (Rp)", "Target Tahun n+1", "Target Tahun 2025",
                "Kebutuhan Dana n+1 (Rp)", "Kebutuhan Dana 2025 (Rp)");
        int changed = 0;
        for (Cell c : header) {
            String w = worded.get(c.getStringCellValue());
            if (w != null) {
                c.setCellValue(w);
                changed++;
            }
        }
        assertEquals(4, changed);
        assertEquals(columnsFound(clean), columnsFound(wb));
        assertEquals(codes(check(clean)), codes(check(wb)));
    }

    @Test
    void keysDropYearsAndTheQuarterOfACumulativeFigure() {
        assertEquals("target kinerja", capaian.form.Titles.key("Target Kinerja Tahun 2024"));
        assertEquals("realisasi kinerja sd triwulan", capaian.form.Titles.key("Realisasi Kinerja s.d. TW II"));
        assertEquals("realisasi anggaran sd triwulan", capaian.form.Titles.key("Realisasi Anggaran s.d. Triwulan II (Rp)"));
        assertEquals("realisasi anggaran sd triwulan", capaian.form.Titles.key("Realisasi Anggaran sampai dengan triwulan ini"));
        // a quarter on its own names a Monitoring column: kept
        assertEquals("realisasi triwulan ii", capaian.form.Titles.key("(10) Realisasi TW 2"));
        assertEquals("kinerja realisasi triwulan", capaian.form.Titles.loose("Realisasi s/d Triwulan II Kinerja"));
    }

    /** seed 000 with "Target" over Kinerja / Anggaran (Rp), "Realisasi" over Kinerja / Anggaran (Rp), "Capaian" over Kinerja / Anggaran (%). */
    @Test
    void twoRowGroupedHeaderReadsAsTheCleanForm() {
        XSSFWorkbook clean = example("seed000-tw1-lampiran.xlsx");
        Report expected = check(clean);
        List<Col> cols = List.of(
                col("No", "No", null), col("Kode", "Kode", null), col("Tingkat", "Tingkat", null),
                col("Program/Kegiatan/Sub Kegiatan", "Program/Kegiatan/Sub Kegiatan", null),
                col("Indikator Kinerja", "Indikator Kinerja", null), col("Satuan", "Satuan", null),
                col("Polaritas", "Polaritas", null), col("Jenis Indikator", "Jenis Indikator", null),
                col("Target Kinerja (Tahunan)", "Target", "Kinerja"), col("Pagu Anggaran (Rp)", "", "Anggaran (Rp)"),
                col("Target s/d Triwulan", "Target s/d Triwulan", null),
                col("Realisasi Kinerja s/d Triwulan", "Realisasi", "Kinerja"),
                col("Realisasi Anggaran s/d Triwulan (Rp)", "", "Anggaran (Rp)"),
                col("Capaian Kinerja (%)", "Capaian", "Kinerja (%)"), col("Serapan Anggaran (%)", "", "Anggaran (%)"),
                col("Capaian thd Target s/d Triwulan (%)", "Capaian thd Target s/d Triwulan (%)", null),
                col("Sisa Anggaran (Rp)", "Sisa Anggaran (Rp)", null), col("Efisiensi (%)", "Efisiensi (%)", null),
                col("Kategori", "Kategori", null), col("Permasalahan", "Permasalahan", null),
                col("Solusi", "Solusi", null), col("Penanggung Jawab", "Penanggung Jawab", null));
        XSSFWorkbook wb = relaid(clean.getSheetAt(0), 8, "Realisasi", true, 8, cols, false);
        Report r = check(wb);
        assertFalse(codes(r).containsKey("COMPUTED_MISMATCH"), codes(r).toString());
        assertEquals(codes(expected), codes(r));
        assertEquals(expected.summary(), r.summary());
        assertEquals(0, new BigDecimal("20.44").compareTo(r.summary().serapan()));
        // and the result is written
        assertTrue(PROCESSOR.process(new java.io.ByteArrayInputStream(bytes(wb)), "uji.xlsx", null).workbook() != null);
    }

    /** seed 000 with K / Rp sub-columns: "Target" over K, Rp; "Realisasi s.d. Triwulan I" over K, Rp; "Capaian (%)" over K, Rp. */
    @Test
    void kAndRpSubColumnsReadAsTheCleanForm() {
        XSSFWorkbook clean = example("seed000-tw1-lampiran.xlsx");
        Report expected = check(clean);
        List<Col> cols = List.of(
                col("Kode", "Kode", null), col("Program/Kegiatan/Sub Kegiatan", "Program/Kegiatan/Sub Kegiatan", null),
                col("Indikator Kinerja", "Indikator Kinerja", null), col("Satuan", "Satuan", null),
                col("Tingkat", "Tingkat", null),
                col("Target Kinerja (Tahunan)", "Target", "K"), col("Pagu Anggaran (Rp)", "", "Rp"),
                col("Realisasi Kinerja s/d Triwulan", "Realisasi s.d. Triwulan I", "K"),
                col("Realisasi Anggaran s/d Triwulan (Rp)", "", "Rp"),
                col("Capaian Kinerja (%)", "Capaian (%)", "K"), col("Serapan Anggaran (%)", "", "Rp"),
                col("Sisa Anggaran (Rp)", "Sisa Anggaran (Rp)", null), col("Efisiensi (%)", "Efisiensi (%)", null),
                col("Kategori", "Kategori", null));
        Report r = check(relaid(clean.getSheetAt(0), 8, "Realisasi", true, 8, cols, false));
        assertFalse(codes(r).containsKey("COMPUTED_MISMATCH"), codes(r).toString());
        assertFalse(codes(r).containsKey("COLUMN_MISSING"), codes(r).toString());
        assertEquals(0, SEED000_PAGU.compareTo(r.summary().pagu()));
        assertEquals(0, SEED000_REALISASI.compareTo(r.summary().realisasi()));
        assertEquals(0, new BigDecimal("20.44").compareTo(r.summary().serapan()));
        assertEquals(0, expected.summary().capaian().compareTo(r.summary().capaian()));
    }

    /** Titles as Permendagri 86/2017's "Evaluasi terhadap Hasil Renja" table words them. */
    private static final Map<String, String> PERMENDAGRI = Map.of(
            "Urusan/Program/Kegiatan/Sub Kegiatan", "Urusan/Bidang Urusan Pemerintahan Daerah dan Program/Kegiatan",
            "Indikator Kinerja", "Indikator Kinerja Program (outcome)/ Kegiatan (output)",
            "(6) Target Renstra Akhir Periode", "Target Renstra Perangkat Daerah pada Akhir Periode",
            "(8) Target Renja Tahun Berjalan", "Target Kinerja dan Anggaran Renja Perangkat Daerah Tahun Berjalan yang Dievaluasi",
            "(13) Realisasi Renja Tahun Berjalan", "Realisasi Capaian Kinerja dan Anggaran Renja Perangkat Daerah yang Dievaluasi",
            "(14) Tingkat Capaian Renja (%)",
            "Tingkat Capaian Kinerja dan Realisasi Anggaran Renja Perangkat Daerah yang Dievaluasi (%)",
            "Unit Penanggung Jawab", "Unit Perangkat Daerah Penanggung Jawab",
            "Keterangan", "Ket.");

    /** The Monitoring example under Permendagri 86/2017's three-row header: Realisasi Kinerja pada Triwulan / I..IV / K, Rp. */
    @Test
    void threeRowHeaderReadsAsTheCleanForm() {
        XSSFWorkbook clean = example("monitoring-contoh.xlsx");
        Report expected = check(clean);
        XSSFWorkbook wb = example("monitoring-contoh.xlsx");
        Sheet s = wb.getSheet("Monitoring");
        Row top = s.getRow(6) == null ? s.createRow(6) : s.getRow(6);
        Row group = s.getRow(7);
        int tw1 = column(s, 8, "(9) Realisasi Triwulan I");
        String[] roman = {"I", "II", "III", "IV"};
        for (Cell c : group) {
            if (c.getCellType() != CellType.STRING || c.getStringCellValue().isEmpty()) continue;
            int col = c.getColumnIndex();
            if (col >= tw1 && col < tw1 + 8) {
                c.setCellValue(roman[(col - tw1) / 2]);
            } else {
                top.createCell(col).setCellValue(PERMENDAGRI.getOrDefault(c.getStringCellValue(), c.getStringCellValue()));
                c.setBlank();
            }
        }
        top.createCell(tw1).setCellValue("Realisasi Kinerja Pada Triwulan");
        assertEquals(columnsFound(clean), columnsFound(wb));
        Report r = check(wb);
        assertFalse(codes(r).containsKey("COMPUTED_MISMATCH"), codes(r).toString());
        assertEquals(codes(expected), codes(r));
        assertEquals(expected.summary(), r.summary());
        assertEquals(0, new BigDecimal("88.00").compareTo(r.summary().serapan()));
    }

    /** Each form sheet's columns as found (role to column letter). */
    private static Map<String, Map<capaian.form.Role, Integer>> columnsFound(XSSFWorkbook wb) {
        try {
            java.nio.file.Path f = java.nio.file.Files.createTempFile("uji-", ".xlsx");
            try {
                java.nio.file.Files.write(f, bytes(wb));
                var doc = new WorkbookReader(capaian.rules.ProfileLoader.defaultProfile()).read(f, null);
                Map<String, Map<capaian.form.Role, Integer>> m = new java.util.TreeMap<>();
                for (var sd : doc.sheets()) m.put(sd.name(), sd.columns());
                return m;
            } finally {
                java.nio.file.Files.deleteIfExists(f);
            }
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    // ---- the reports' own table layout ----

    /** Seed 003's Tabel 1: KODE · URAIAN · KINERJA (INDIKATOR, TARGET) · ANGGARAN · REALISASI · %, numbered 1 2 4 5 6 7 8. */
    @Test
    void tabel1LayoutReadsAsALampiranAndSaysWhatIsMissing() {
        XSSFWorkbook source = example("seed003-tabel1-lampiran.xlsx");
        List<Col> cols = List.of(col("Kode", "KODE", null), col("Program/Kegiatan/Sub Kegiatan", "URAIAN", null),
                col("Indikator Kinerja", "KINERJA", "INDIKATOR"), col("Target Kinerja (Tahunan)", "", "TARGET"),
                col("Pagu Anggaran (Rp)", "ANGGARAN", null),
                col("Realisasi Anggaran s/d Triwulan (Rp)", "REALISASI", null), col("Serapan Anggaran (%)", "%", null));
        Report r = check(relaid(source.getSheetAt(0), 8, "Tabel 1", false, 3, cols, true));
        assertEquals("lampiran-realisasi", r.form());
        assertEquals(0, new BigDecimal("17914888161").compareTo(r.summary().pagu()));
        assertEquals(0, new BigDecimal("17242465892").compareTo(r.summary().realisasi()));
        assertEquals(0, new BigDecimal("96.25").compareTo(r.summary().serapan()));
        List<Report.FindingEntry> missing = findings(r, "COLUMN_MISSING");
        assertEquals(1, missing.size(), codes(r).toString());
        assertEquals("error", missing.get(0).severity());
        assertTrue(missing.get(0).message().contains("Realisasi Kinerja s/d Triwulan"), missing.get(0).message());
        assertFalse(codes(r).containsKey("COMPUTED_MISMATCH"), codes(r).toString());
        assertEquals(56, r.summary().subKegiatan());
    }

    @Test
    void nearMissTitleIsWarnedAndNotDropped() {
        XSSFWorkbook wb = example("seed000-tw1-lampiran.xlsx");
        Sheet s = wb.getSheetAt(0);
        s.getRow(7).getCell(column(s, 8, "Realisasi Kinerja s/d Triwulan")).setCellValue("Realisai Kinerja s/d Triwulan");
        s.getRow(7).createCell(22).setCellValue("Catatan Verifikator");
        Report r = check(wb);
        List<Report.FindingEntry> w = findings(r, "COLUMN_UNRECOGNISED");
        assertEquals(1, w.size(), codes(r).toString());
        assertEquals("warning", w.get(0).severity());
        assertEquals("K8", w.get(0).cell());
        assertTrue(w.get(0).message().contains("\"Realisai Kinerja s/d Triwulan\"")
                && w.get(0).message().contains("\"Realisasi Kinerja s/d Triwulan\""), w.get(0).message());
        assertEquals(1, findings(r, "COLUMN_MISSING").size());
    }

    @Test
    void cleanTemplatesAndExamplesHaveNoNearMiss() {
        for (String name : List.of("seed000-tw1-lampiran.xlsx", "seed002-lampiran43.xlsx", "seed003-renja.xlsx",
                "seed003-tabel1-lampiran.xlsx", "monitoring-contoh.xlsx", "seed004-seed001-indeks.xlsx")) {
            Report r = check(example(name));
            assertFalse(codes(r).containsKey("COLUMN_UNRECOGNISED"), name + " " + codes(r));
            assertFalse(codes(r).containsKey("SHEET_AMBIGUOUS"), name + " " + codes(r));
        }
    }

    // ---- forms with several sheets ----

    @Test
    void monitoringWithOnlyIkuFilledIsNotEmpty() {
        Report untouched = check(template("monitoring-capaian.xlsx"));
        assertEquals(1, findings(untouched, "FORM_EMPTY").size(), codes(untouched).toString());

        XSSFWorkbook wb = template("monitoring-capaian.xlsx");
        Sheet iku = wb.getSheet("IKU");
        Object[][] rows = {{"Meningkatnya profesionalitas ASN", "Indeks Profesionalitas ASN", "Indeks", "Positif", 71, 78},
                {"", "Persentase pelanggaran disiplin", "%", "Negatif", 5, 4}};
        for (int i = 0; i < rows.length; i++) {
            Row row = iku.getRow(8 + i) == null ? iku.createRow(8 + i) : iku.getRow(8 + i);
            for (int c = 0; c < rows[i].length; c++) {
                Cell cell = row.getCell(c) == null ? row.createCell(c) : row.getCell(c);
                if (rows[i][c] instanceof Integer n) cell.setCellValue(n);
                else cell.setCellValue((String) rows[i][c]);
            }
        }
        Report r = check(wb);
        assertNull(codes(r).get("FORM_EMPTY"), codes(r).toString());
        // 78/71 = 109,86 %; negatif (2×5−4)/5 = 120 %: the IKU sheet is read
        assertEquals(0, new BigDecimal("114.93").compareTo(r.summary().capaian()), r.summary().toString());
    }
}
