package capaian.consolidate;

import capaian.process.Processor;
import capaian.rules.ProfileLoader;
import capaian.write.Workbooks;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFTable;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Consolidates two real seed tables (seed 003 Tabel 1 and seed 002 Lampiran 4.3, retyped for the same year)
 * with generated OPD workbooks, a resubmission, a kode claimed twice, an unreadable file and a master list
 * with an OPD that sent nothing: totals to the rupiah, ratios of sums, everyone accounted for.
 */
class ConsolidationTest {
    static final String SEED003_KODE = "5.03.0.00.0.00.01.0000";
    static final BigDecimal SEED003_PAGU = new BigDecimal("17914888161");
    static final BigDecimal SEED003_REAL = new BigDecimal("17242465892");
    static final BigDecimal SEED002_PAGU = new BigDecimal("6850200218");
    static final BigDecimal SEED002_REAL = new BigDecimal("6700428889");

    @TempDir
    static Path dir;
    static Rekap rekap;
    static byte[] workbook;
    static OpdWorkbooks.Generated bappeda;
    static OpdWorkbooks.Generated dinasLatest;
    static OpdWorkbooks.Generated twinA;
    static OpdWorkbooks.Generated twinB;

    @BeforeAll
    static void consolidate() throws Exception {
        Files.write(dir.resolve("seed003.xlsx"), OpdWorkbooks.withHeader(Files.readAllBytes(Path.of("examples/seed003-tabel1-lampiran.xlsx")), 2023, null));
        Files.copy(Path.of("examples/seed002-lampiran43.xlsx"), dir.resolve("seed002.xlsx"));
        bappeda = OpdWorkbooks.lampiran("Badan Perencanaan Pembangunan Daerah", "5.01.0.00.0.00.01.0000", 2023, "IV", 12, 1);
        Files.write(dir.resolve("bappeda.xlsx"), bappeda.bytes());
        // The Dinas sent twice: the older file must not count.
        OpdWorkbooks.Generated older = OpdWorkbooks.lampiran("Dinas Pendidikan", "1.01.0.00.0.00.01.0000", 2023, "IV", 5, 2);
        dinasLatest = OpdWorkbooks.lampiran("Dinas Pendidikan", "1.01.0.00.0.00.01.0000", 2023, "IV", 7, 3);
        write("dinas-v1.xlsx", older.bytes(), Instant.parse("2024-01-05T08:00:00Z"));
        write("dinas-v2.xlsx", dinasLatest.bytes(), Instant.parse("2024-01-10T08:00:00Z"));
        // Two different OPDs typed the same kode.
        twinA = OpdWorkbooks.lampiran("Dinas Kesehatan", "1.02.0.00.0.00.01.0000", 2023, "IV", 4, 4);
        twinB = OpdWorkbooks.lampiran("RSUD Sungai Raya", "1.02.0.00.0.00.01.0000", 2023, "IV", 3, 5);
        Files.write(dir.resolve("dinkes.xlsx"), twinA.bytes());
        Files.write(dir.resolve("rsud.xlsx"), twinB.bytes());
        Files.writeString(dir.resolve("rusak.xlsx"), "ini bukan buku kerja");
        // Another period: skipped, listed.
        Files.write(dir.resolve("tw1.xlsx"), OpdWorkbooks.lampiran("Dinas Sosial", "1.06.0.00.0.00.01.0000", 2023, "I", 2, 6).bytes());

        OpdList list = new OpdList(List.of(
                new OpdList.Opd(SEED003_KODE, "Badan Kepegawaian Daerah", "Kepegawaian"),
                new OpdList.Opd("5.01.0.00.0.00.01.0000", "Bappeda", "Perencanaan"),
                new OpdList.Opd("1.01.0.00.0.00.01.0000", "Dinas Pendidikan", "Pendidikan"),
                new OpdList.Opd("1.03.0.00.0.00.01.0000", "Dinas PUPR", "Pekerjaan Umum")));
        Consolidator c = new Consolidator(new Processor(ProfileLoader.defaultProfile()), Selection.any());
        Inputs.addPaths(c, List.of(dir));
        rekap = c.finish(list, Instant.parse("2024-02-01T00:00:00Z"));
        workbook = RekapWriter.standard().write(rekap);
        Files.write(Path.of("target", "rekap-test.xlsx"), workbook);
    }

    static void write(String name, byte[] bytes, Instant modified) throws IOException {
        Path p = dir.resolve(name);
        Files.write(p, bytes);
        Files.setLastModifiedTime(p, FileTime.from(modified));
    }

    static Map<String, Rekap.OpdLine> byBerkas() {
        return rekap.opds().stream().filter(l -> l.berkas() != null).collect(Collectors.toMap(Rekap.OpdLine::berkas, l -> l));
    }

    @Test
    void choosesTheCommonPeriodAndSkipsTheOther() {
        assertEquals("lampiran-realisasi", rekap.info().form());
        assertEquals(2023, rekap.info().tahun());
        assertEquals("IV", rekap.info().periode());
        assertEquals(List.of("tw1.xlsx"), rekap.skipped().stream().map(Rekap.SkippedFile::berkas).toList());
    }

    @Test
    void totalsAreSumsToTheRupiahAndRatiosOfSums() {
        BigDecimal pagu = SEED003_PAGU.add(SEED002_PAGU).add(bappeda.pagu()).add(dinasLatest.pagu()).add(twinA.pagu()).add(twinB.pagu());
        BigDecimal real = SEED003_REAL.add(SEED002_REAL).add(bappeda.realisasi()).add(dinasLatest.realisasi())
                .add(twinA.realisasi()).add(twinB.realisasi());
        Rekap.OpdLine t = rekap.total();
        assertEquals(0, pagu.compareTo(t.pagu()), "pagu " + t.pagu());
        assertEquals(0, real.compareTo(t.realisasi()), "realisasi " + t.realisasi());
        assertEquals(real.multiply(BigDecimal.valueOf(100)).divide(pagu, MathContext.DECIMAL128).setScale(2, RoundingMode.HALF_UP),
                t.serapan());
        // Also equal to the sum of the lines shown.
        BigDecimal shown = rekap.opds().stream().map(Rekap.OpdLine::pagu).filter(v -> v != null).reduce(BigDecimal.ZERO, BigDecimal::add);
        assertEquals(0, shown.compareTo(t.pagu()));
        // Capaian: the default profile's rata-rata over the OPDs' capaian.
        List<BigDecimal> caps = rekap.opds().stream().map(Rekap.OpdLine::capaian).filter(v -> v != null).toList();
        BigDecimal mean = caps.stream().reduce(BigDecimal.ZERO, BigDecimal::add)
                .divide(BigDecimal.valueOf(caps.size()), MathContext.DECIMAL128).setScale(2, RoundingMode.HALF_UP);
        assertEquals(mean, t.capaian());
        assertEquals(t.capaian().subtract(t.serapan()), t.efisiensi());
    }

    @Test
    void seedFiguresArriveUnchanged() {
        Rekap.OpdLine s3 = byBerkas().get("seed003.xlsx");
        assertEquals(SEED003_KODE, s3.kodeOpd());
        assertEquals(0, SEED003_PAGU.compareTo(s3.pagu()));
        assertEquals(0, SEED003_REAL.compareTo(s3.realisasi()));
        assertEquals(new BigDecimal("96.25"), s3.serapan());
        assertEquals("Kepegawaian", s3.urusan());
        Rekap.OpdLine s2 = byBerkas().get("seed002.xlsx");
        assertNull(s2.kodeOpd());
        assertEquals(0, SEED002_PAGU.compareTo(s2.pagu()));
        assertTrue(s2.catatan().contains("Kode OPD kosong"), s2.catatan());
    }

    @Test
    void missingUnreadableResentAndSharedKodeAreAllAccountedFor() {
        Rekap.OpdLine pupr = rekap.opds().stream().filter(l -> "1.03.0.00.0.00.01.0000".equals(l.kodeOpd())).findFirst().orElseThrow();
        assertEquals("belum kirim", pupr.status());
        assertEquals("Dinas PUPR", pupr.nama());
        Rekap.OpdLine rusak = byBerkas().get("rusak.xlsx");
        assertEquals("tidak terbaca", rusak.status());
        assertNotNull(rusak.catatan());
        assertFalse(byBerkas().containsKey("dinas-v1.xlsx"), "the older send does not count");
        Rekap.OpdLine dinas = byBerkas().get("dinas-v2.xlsx");
        assertEquals(0, dinasLatest.pagu().compareTo(dinas.pagu()));
        assertTrue(dinas.catatan().contains("dinas-v1.xlsx"), dinas.catatan());
        for (String f : List.of("dinkes.xlsx", "rsud.xlsx")) {
            assertTrue(byBerkas().get(f).catatan().contains("juga dipakai oleh"), f);
        }
        assertTrue(byBerkas().get("rsud.xlsx").catatan().contains("tidak ada di daftar OPD"));
        assertEquals(8, rekap.opds().size()); // 6 read (one of them twice), 1 unreadable, 1 missing
        assertEquals(1, rekap.info().belumKirim());
        assertEquals(1, rekap.info().tidakTerbaca());
    }

    @Test
    void programsSumAcrossOpdsByCode() {
        Rekap.ProgramTotal p = rekap.programs().stream().filter(x -> OpdWorkbooks.PROGRAM.equals(x.kode())).findFirst().orElseThrow();
        assertEquals("Program", p.tingkat());
        assertEquals(4, p.jumlahOpd());
        BigDecimal pagu = bappeda.pagu().add(dinasLatest.pagu()).add(twinA.pagu()).add(twinB.pagu());
        assertEquals(0, pagu.compareTo(p.pagu()));
        Rekap.ProgramTotal urusan = rekap.programs().stream().filter(x -> "5".equals(x.kode())).findFirst().orElseThrow();
        assertEquals("Urusan", urusan.tingkat());
        // Urusan 5 holds seed 003's programs and the generated 5.01.02: every rupiah once.
        BigDecimal under5 = rekap.programs().stream().filter(x -> "Program".equals(x.tingkat()) && x.kode() != null
                && x.kode().startsWith("5.")).map(Rekap.ProgramTotal::pagu).reduce(BigDecimal.ZERO, BigDecimal::add);
        assertEquals(0, under5.compareTo(urusan.pagu()));
    }

    @Test
    void rankingsAreOrderedWithSharedRanks() {
        List<Rekap.Ranked> r = rekap.peringkatSerapan();
        assertEquals(6, r.size());
        for (int i = 1; i < r.size(); i++) assertTrue(r.get(i - 1).serapan().compareTo(r.get(i).serapan()) >= 0);
        assertEquals(1, r.get(0).peringkat());
    }

    @Test
    void workbookHasEverySheetTheNumbersTheTableAndTheChart() throws IOException {
        try (XSSFWorkbook wb = Workbooks.open(workbook)) {
            assertEquals(List.of("Rekap OPD", "Rekap Program", "Peringkat", "Detail", "Temuan", "Grafik"),
                    java.util.stream.IntStream.range(0, wb.getNumberOfSheets()).mapToObj(wb::getSheetName).toList());
            XSSFSheet opd = wb.getSheet("Rekap OPD");
            Row total = findRow(opd, "JUMLAH");
            assertEquals(rekap.total().pagu().doubleValue(), total.getCell(6).getNumericCellValue());
            assertEquals(rekap.total().serapan().doubleValue(), total.getCell(8).getNumericCellValue());
            int detailRows = rekap.entries().stream().filter(OpdEntry::readable).mapToInt(e -> e.report().rows().size()).sum();
            XSSFSheet detail = wb.getSheet("Detail");
            assertEquals(detailRows, detail.getLastRowNum());
            XSSFTable table = detail.getTables().get(0);
            assertEquals("A1:S" + (detailRows + 1), table.getArea().formatAsString().replace("$", ""));
            assertNotNull(table.getCTTable().getAutoFilter());
            var charts = wb.getSheet("Grafik").getDrawingPatriarch().getCharts();
            assertEquals(1, charts.size());
            assertEquals(2, charts.get(0).getChartSeries().get(0).getSeriesCount());
            XSSFSheet temuan = wb.getSheet("Temuan");
            int findings = rekap.entries().stream().mapToInt(e -> e.notes().size() + (e.readable() ? e.report().findings().size() : 0)).sum();
            assertEquals(findings + rekap.skipped().size(), temuan.getLastRowNum());
            for (var s : wb) for (Row r : s) for (Cell c : r) {
                assertTrue(c.getCellComment() == null, "no jx markup left at " + s.getSheetName() + "!" + c.getAddress());
                if (c.getCellType() == CellType.STRING) assertFalse(c.getStringCellValue().contains("${"), c.getAddress().toString());
            }
        }
    }

    /**
     * Detail's rows below the first are written straight into the sheet XML: each must hold its OPD's report row,
     * in order, numbers as numbers and text as text, in the style of the first row's cell.
     */
    @Test
    void everyDetailRowHoldsItsReportRow() throws IOException {
        RekapLayout.Listing d = RekapLayout.of(RekapWriter.class.getResourceAsStream("/templates/" + RekapTemplate.FILE)
                .readAllBytes()).details();
        try (XSSFWorkbook wb = Workbooks.open(workbook)) {
            XSSFSheet detail = wb.getSheet("Detail");
            int r = d.dataRow();
            for (OpdEntry e : rekap.entries()) {
                if (!e.readable()) continue;
                for (var row : e.report().rows()) {
                    Row x = detail.getRow(r++);
                    String at = "Detail row " + r;
                    assertEquals(e.kodeOpd() == null ? "" : e.kodeOpd(), x.getCell(d.column("kodeOpd")).getStringCellValue(), at);
                    assertEquals(row.kode() == null ? "" : row.kode(), x.getCell(d.column("kode")).getStringCellValue(), at);
                    Cell pagu = x.getCell(d.column("pagu"));
                    if (row.pagu() == null) assertTrue(pagu == null || pagu.getCellType() == CellType.BLANK, at);
                    else assertEquals(row.pagu().doubleValue(), pagu.getNumericCellValue(), at);
                    assertEquals(detail.getRow(d.dataRow()).getCell(d.column("pagu")).getCellStyle().getIndex(),
                            pagu == null ? -1 : pagu.getCellStyle().getIndex(), at);
                }
            }
            assertEquals(r - 1, detail.getLastRowNum());
        }
    }

    /**
     * Excel wants a row's cells in column order (it offers to repair the file otherwise; POI and LibreOffice do
     * not mind, so only the XML shows it). The listings written straight into the XML once came out in the order
     * of a HashMap.
     */
    @Test
    void everyRowOfEverySheetHasItsCellsInColumnOrder() throws IOException {
        java.util.regex.Pattern row = java.util.regex.Pattern.compile("<row [^>]*>(.*?)</row>");
        java.util.regex.Pattern ref = java.util.regex.Pattern.compile("<c r=\"([A-Z]+)(\\d+)\"");
        int rows = 0;
        try (var zip = new java.util.zip.ZipInputStream(new java.io.ByteArrayInputStream(workbook))) {
            for (var e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                if (!e.getName().startsWith("xl/worksheets/sheet")) continue;
                String xml = new String(zip.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
                var m = row.matcher(xml);
                while (m.find()) {
                    rows++;
                    int last = -1;
                    var c = ref.matcher(m.group(1));
                    while (c.find()) {
                        int col = org.apache.poi.ss.util.CellReference.convertColStringToIndex(c.group(1));
                        assertTrue(col > last, e.getName() + ": " + c.group(1) + c.group(2) + " comes after a cell to its right");
                        last = col;
                    }
                }
            }
        }
        assertTrue(rows > 100, "rows seen: " + rows);
    }

    /** The Detail line reads every field as the record's own accessor gives it, and no other. */
    @Test
    void aDetailLineHasEveryFieldOfItsRowAndItsOpd() {
        int checked = 0;
        for (OpdEntry e : rekap.entries()) {
            if (!e.readable()) continue;
            for (var row : e.report().rows()) {
                DetailRow d = new DetailRow(e, row);
                Map<String, Object> expected = d.asMap();
                for (var f : expected.entrySet()) assertEquals(f.getValue(), d.get(f.getKey()), f.getKey());
                assertEquals(expected.keySet(), d.keySet());
                assertNull(d.get("tidakAda"));
                checked++;
            }
        }
        assertTrue(checked > 10, "rows checked: " + checked);
    }

    static Row findRow(XSSFSheet s, String text) {
        for (Row r : s) for (Cell c : r) if (c.getCellType() == CellType.STRING && c.getStringCellValue().equals(text)) return r;
        throw new AssertionError("no row with " + text);
    }
}
