package capaian.examples;

import capaian.process.ProcessResult;
import capaian.process.Processor;
import capaian.report.Report;
import capaian.rules.Profile;
import capaian.rules.ProfileLoader;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.xssf.usermodel.XSSFFormulaEvaluator;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The Indeks example (seed 004's IP ASN and Sistem Merit, seed 001's SAKIP) against the seeds' own tables,
 * worked by hand:
 * <pre>
 * Sistem Merit (Tabel 3.9), bobot × nilai:
 *   1 Perencanaan Kebutuhan  2,5×4 = 10 (×4)                                        = 40 of 40
 *   2 Pengadaan              2×4 = 8 (×5)                                           = 40 of 40
 *   3 Pengembangan Karir     10, 10, 5, 2,5, 5, 10, 10, 7,5, 5, 7,5                 = 72,5 of 130 (55,77 %)
 *   4 Promosi dan Mutasi     10, 7,5, 7,5                                           = 25 of 40 (62,5 %)
 *   5 Manajemen Kinerja      20, 20, 10, 20, 10                                     = 80 of 80
 *   6 Penggajian ...         10 (×4)                                                = 40 of 40
 *   7 Perlindungan ...       8, 8                                                   = 16 of 16
 *   8 Sistem Informasi       8, 3, 3, 4                                             = 18 of 24 (75 %)
 *   total 331,5 of 410 (≥ 325: Sangat Baik); IKU 331,5 / 325 = 102,00
 * IP ASN: 21,32 + 26,77 + 24,93 + 5 = 78,02 (Sedang); Kualifikasi 21,32/25 = 85,28 %, printed 87,71;
 *   printed index 78; IKU 78 / 71 = 109,859… → 109,86 (Sangat Berhasil on lkj-ordinal, > 85)
 * SAKIP (seed 001, 12/2015): 25,52 + 19,38 + 11,91 + 6,89 + 13,58 = 77,28 (BB);
 *   25,93 + 20,00 + 12,14 + 7,27 + 14,03 = 79,37, printed 79,36; IKU target BB, realisasi BB → 100
 * </pre>
 */
class IndexExampleTest {
    static ProcessResult result;
    static List<Report.Row> indeks;

    @BeforeAll
    static void process() {
        result = Examples.process(ExampleBuilder.INDEKS);
        indeks = result.report().rows().stream().filter(r -> r.sheet().equals("Indeks")).toList();
    }

    private static void eq(String expected, Object actual) {
        assertEquals(0, new BigDecimal(expected).compareTo((BigDecimal) actual), "expected " + expected + ", got " + actual);
    }

    private static List<Report.Row> lines(String blok, String baris) {
        return indeks.stream().filter(r -> r.extra() != null && blok.equals(r.extra().get("blok"))
                && baris.equals(r.extra().get("baris"))).toList();
    }

    private static Report.Row iku(String indikator) {
        return result.report().rows().stream().filter(r -> r.sheet().equals("IKU") && indikator.equals(r.indikator()))
                .findFirst().orElseThrow();
    }

    private static List<Report.FindingEntry> findings(String code) {
        return result.report().findings().stream().filter(f -> f.code().equals(code)).toList();
    }

    @Test
    void sistemMeritReproducesTabel39() {
        String[] scores = {"10", "10", "10", "10", "8", "8", "8", "8", "8", "10", "10", "5", "2.5", "5", "10", "10",
                "7.5", "5", "7.5", "10", "7.5", "7.5", "20", "20", "10", "20", "10", "10", "10", "10", "10", "8", "8",
                "8", "3", "3", "4"};
        List<Report.Row> parts = lines("Sistem Merit", "part");
        assertEquals(37, parts.size());
        for (int i = 0; i < 37; i++) eq(scores[i], parts.get(i).extra().get("skor"));
        String[] aspects = {"40", "40", "72.5", "25", "80", "40", "16", "18"};
        String[] maxima = {"40", "40", "130", "40", "80", "40", "16", "24"};
        List<Report.Row> subs = lines("Sistem Merit", "subtotal");
        assertEquals(8, subs.size());
        for (int i = 0; i < 8; i++) {
            eq(aspects[i], subs.get(i).extra().get("skor"));
            eq(maxima[i], subs.get(i).extra().get("maksimum"));
        }
        eq("55.77", subs.get(2).extra().get("persentase"));
        eq("62.50", subs.get(3).extra().get("persentase"));
        eq("75", subs.get(7).extra().get("persentase"));
        Report.Row total = lines("Sistem Merit", "total").get(0);
        eq("331.5", total.extra().get("skor"));
        eq("410", total.extra().get("maksimum"));
        assertEquals("Sangat Baik (IV)", total.kategori());
        // the IKU's realisasi was left empty: the index fills it, and capaian follows
        Report.Row iku = iku("Indeks Sistem Merit");
        assertEquals("331,5", iku.realisasi());
        eq("102.00", iku.capaian());
    }

    @Test
    void ipAsnReproducesSeed004AndFlagsItsPrintedFigures() {
        List<Report.Row> dims = lines("IP ASN", "part");
        eq("85.28", dims.get(0).extra().get("persentase"));
        Report.Row total = lines("IP ASN", "total").get(0);
        eq("78.02", total.extra().get("skor"));
        assertEquals("Sedang", total.kategori());
        Report.Row iku = iku("Indeks Profesionalitas ASN");
        eq("109.86", iku.capaian());
        // the printed Kualifikasi percentage, the printed index and the IKU's typed realisasi
        Report.FindingEntry pct = findings("COMPUTED_MISMATCH").get(0);
        assertEquals("I" + dims.get(0).row(), pct.cell());
        assertTrue(pct.message().contains("85,28"), pct.message());
        Report.FindingEntry sum = findings("TOTAL_MISMATCH").get(0);
        assertEquals("F" + total.row(), sum.cell());
        assertEquals("78", sum.value());
        Report.FindingEntry real = findings("INDEX_REALISASI_MISMATCH").get(0);
        assertEquals("IKU", real.sheet());
        assertTrue(real.message().contains("78,02"), real.message());
    }

    @Test
    void sakipReproducesSeed001() {
        List<Report.Row> totals = lines("SAKIP", "total");
        assertEquals(2, totals.size());
        eq("77.28", totals.get(0).extra().get("skor"));
        assertEquals("BB", totals.get(0).kategori());
        eq("79.37", totals.get(1).extra().get("skor"));
        assertEquals("BB", totals.get(1).kategori());
        Report.FindingEntry m = findings("TOTAL_MISMATCH").get(1);
        assertEquals("F" + totals.get(1).row(), m.cell());
        assertEquals("79,36", m.value());
        assertEquals(List.of("Perencanaan Kinerja", "Pengukuran Kinerja", "Pelaporan Kinerja", "Evaluasi Internal",
                        "Capaian Kinerja"),
                lines("SAKIP", "part").subList(0, 5).stream().map(r -> r.extra().get("komponen")).toList());
        // the IKU with a predicate target takes the latest block's predikat
        Report.Row iku = iku("Nilai SAKIP");
        assertEquals("BB", iku.realisasi());
        eq("100", iku.capaian());
        // nothing else is wrong in the example
        assertEquals(0, result.report().summary().errors());
        assertEquals(4, result.report().summary().warnings(), result.report().findings().toString());
    }

    /** The IKU sheet's scale is a profile choice: seed 004 categorises with its LKj ordinal scale. */
    @Test
    void ikuScaleFromTheProfile() throws IOException {
        String json;
        try (InputStream in = IndexExampleTest.class.getResourceAsStream("/capaian/rules/default-profile.json")) {
            json = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        String from = "\"iku\": { \"scale\": \"permendagri-86-2017\" }";
        assertTrue(json.contains(from));
        Profile lkj = ProfileLoader.read(new StringReader(json.replace(from, "\"iku\": { \"scale\": \"lkj-ordinal\" }")));
        ProcessResult r;
        try (InputStream in = Files.newInputStream(Examples.DIR.resolve(ExampleBuilder.INDEKS))) {
            r = new Processor(lkj).process(in, ExampleBuilder.INDEKS, null);
        }
        Report.Row ip = r.report().rows().stream().filter(x -> "Indeks Profesionalitas ASN".equals(x.indikator()))
                .findFirst().orElseThrow();
        assertEquals("Sangat Berhasil", ip.kategori());
        assertEquals("Sangat Tinggi", iku("Indeks Profesionalitas ASN").kategori());
        // the Monitoring sheet keeps the capaian scale
        assertEquals("Sangat Tinggi", r.report().rows().get(0).kategori());
    }

    /** A changed component flows through the workbook's formulas to the IKU's realisasi, capaian and category. */
    @Test
    void aComponentChangeFlowsThroughToTheIku() throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(result.workbook()))) {
            XSSFSheet sheet = wb.getSheet("Indeks");
            Report.Row first = lines("Sistem Merit", "part").get(0);
            Report.Row iku = iku("Indeks Sistem Merit");
            Cell realisasi = wb.getSheet("IKU").getRow(iku.row() - 1).getCell(5);
            assertEquals(CellType.FORMULA, realisasi.getCellType());
            assertTrue(realisasi.getCellFormula().contains("'Indeks'!H"), realisasi.getCellFormula());
            // nilai 4 → 1 on the first indicator (bobot 2,5): 331,5 − 7,5 = 324 (Baik), IKU 324/325 = 99,69
            sheet.getRow(first.row() - 1).getCell(5).setCellValue(1);
            XSSFFormulaEvaluator eval = wb.getCreationHelper().createFormulaEvaluator();
            eval.evaluateAll();
            Report.Row total = lines("Sistem Merit", "total").get(0);
            assertEquals(324, sheet.getRow(total.row() - 1).getCell(7).getNumericCellValue(), 1e-9);
            assertEquals("Baik (III)", sheet.getRow(total.row() - 1).getCell(9).getStringCellValue());
            assertEquals(324, realisasi.getNumericCellValue(), 1e-9);
            Cell capaian = wb.getSheet("IKU").getRow(iku.row() - 1).getCell(6);
            assertEquals(99.69, capaian.getNumericCellValue(), 1e-9);
        }
    }
}
