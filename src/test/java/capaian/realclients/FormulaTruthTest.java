package capaian.realclients;

import capaian.examples.ExampleBuilder;
import capaian.form.Column;
import capaian.form.Forms;
import capaian.form.Role;
import capaian.formula.A1;
import capaian.process.ProcessResult;
import capaian.process.Processor;
import capaian.report.Report;
import capaian.rules.Profile;
import capaian.rules.ProfileLoader;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.CellValue;
import org.apache.poi.ss.usermodel.FormulaEvaluator;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * The promise of the result workbook: what a spreadsheet program shows after recalculating it equals what the
 * JSON report says. A small two-program Lampiran (figures worked out by hand below) is filled the ways real
 * users fill it: realisasi typed as a percentage, money typed as text, a row copied to the bottom, a duplicated
 * row, a JUMLAH row typed as =SUM over the table, formulas that call out. Each result, and the examples and the
 * clean table under every alternative profile, is recalculated by LibreOffice (one soffice run) and by POI's
 * evaluator: every formula cell must recompute to its cached value, and the recalculated cells to the report.
 *
 * <p>The clean table (default profile, 2T−R for negatif):
 * <pre>
 * row kode              T    R     capaian  pagu       realisasi  serapan
 *  9  5.03.02 PROGRAM A 100  80     80,00   (4.000.000 2.100.000  52,50)
 * 10  5.03.02.1.01      10   9      90,00   (4.000.000 2.100.000)
 * 11  5.03.02.1.01.01   4    3      75,00   1.000.000  600.000    60,00
 * 12  5.03.02.1.01.02   2    2     100,00   3.000.000  1.500.000  50,00
 * 13  5.03.03 PROGRAM B 50   25     50,00   (2.000.000 1.000.000  50,00)
 * 14  5.03.03.1.01 neg  20   16    120,00   ((2×20−16)/20)
 * 15  5.03.03.1.01.01   100  85,5   85,50   2.000.000  1.000.000  50,00
 * </pre>
 * Program A capaian = (80+90+75+100)/4 = 86,25; program B = (50+120+85,5)/3 = 85,17; OPD = 600,5/7 = 85,79;
 * OPD pagu 6.000.000, realisasi 3.100.000, serapan 51,67.
 */
class FormulaTruthTest {
    private static final Path WORK = Path.of("target", "formula-truth");
    private static final Path IN = WORK.resolve("in");
    private static final Path OUT = WORK.resolve("out");
    /** The uploads themselves, kept for measuring another build against the same files. */
    private static final Path UPLOADS = WORK.resolve("uploads");
    private static final String MAIN = Forms.LAMPIRAN_REALISASI.mainSheet().name();
    private static final Map<Role, String> COL = new LinkedHashMap<>();
    /** Ringkasan rows (1-based): program A, program B, the OPD. */
    private static final int RING_A = 11;
    private static final int RING_B = 12;
    private static final int RING_OPD = 13;

    private record Case(String name, Profile profile, ProcessResult result) {}

    private static final Map<String, Case> CASES = new LinkedHashMap<>();
    private static Soffice soffice;

    static {
        List<Column> cols = Forms.LAMPIRAN_REALISASI.mainSheet().columns();
        for (int i = 0; i < cols.size(); i++) COL.put(cols.get(i).role(), A1.column(i));
    }

    // ---- the table and its messy variants ----

    private static List<Object[]> clean() {
        List<Object[]> rows = new ArrayList<>();
        rows.add(new Object[]{Role.KODE, "5.03.02", Role.URAIAN, "PROGRAM A", Role.INDIKATOR, "Indikator A", Role.SATUAN, "%",
                Role.POLARITAS, "Positif", Role.TARGET, 100, Role.REALISASI, 80});
        rows.add(new Object[]{Role.KODE, "5.03.02.1.01", Role.URAIAN, "Kegiatan A", Role.INDIKATOR, "Dokumen A", Role.SATUAN, "Dokumen",
                Role.POLARITAS, "Positif", Role.TARGET, 10, Role.REALISASI, 9});
        rows.add(new Object[]{Role.KODE, "5.03.02.1.01.01", Role.URAIAN, "Sub A1", Role.INDIKATOR, "Laporan A1", Role.SATUAN, "Laporan",
                Role.POLARITAS, "Positif", Role.TARGET, 4, Role.REALISASI, 3, Role.PAGU, 1_000_000, Role.REALISASI_ANGGARAN, 600_000});
        rows.add(new Object[]{Role.KODE, "5.03.02.1.01.02", Role.URAIAN, "Sub A2", Role.INDIKATOR, "Laporan A2", Role.SATUAN, "Laporan",
                Role.POLARITAS, "Positif", Role.TARGET, 2, Role.REALISASI, 2, Role.PAGU, 3_000_000, Role.REALISASI_ANGGARAN, 1_500_000});
        rows.add(new Object[]{Role.KODE, "5.03.03", Role.URAIAN, "PROGRAM B", Role.INDIKATOR, "Indikator B", Role.SATUAN, "%",
                Role.POLARITAS, "Positif", Role.TARGET, 50, Role.REALISASI, 25});
        rows.add(new Object[]{Role.KODE, "5.03.03.1.01", Role.URAIAN, "Kegiatan B", Role.INDIKATOR, "Pelanggaran", Role.SATUAN, "Kasus",
                Role.POLARITAS, "Negatif", Role.TARGET, 20, Role.REALISASI, 16});
        rows.add(new Object[]{Role.KODE, "5.03.03.1.01.01", Role.URAIAN, "Sub B1", Role.INDIKATOR, "Persentase B1", Role.SATUAN, "%",
                Role.POLARITAS, "Positif", Role.TARGET, 100, Role.REALISASI, 85.5, Role.PAGU, 2_000_000, Role.REALISASI_ANGGARAN, 1_000_000});
        return rows;
    }

    private static byte[] build(List<Object[]> rows) throws IOException {
        ExampleBuilder b = new ExampleBuilder(Forms.LAMPIRAN_REALISASI).header("Dinas Uji", "5.03.0.00.0.00.01.0000", 2025, "IV");
        for (Object[] r : rows) b.row(r);
        return b.bytes();
    }

    private interface Edit {
        void apply(XSSFWorkbook wb, XSSFSheet sheet);
    }

    private static byte[] edit(byte[] bytes, Edit e) throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(bytes)); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            e.apply(wb, wb.getSheet(MAIN));
            wb.write(out);
            return out.toByteArray();
        }
    }

    private static XSSFCell cell(XSSFSheet s, Role role, int row) {
        var r = s.getRow(row - 1) == null ? s.createRow(row - 1) : s.getRow(row - 1);
        int c = A1.columnIndex(COL.get(role));
        return r.getCell(c) == null ? r.createCell(c) : r.getCell(c);
    }

    /** Realisasi 85,5 typed the Excel way: 0.855 with a % format. */
    private static byte[] percentRealisasi() throws IOException {
        return edit(build(clean()), (wb, s) -> {
            XSSFCell k = cell(s, Role.REALISASI, 15);
            XSSFCellStyle pct = wb.createCellStyle();
            pct.cloneStyleFrom(k.getCellStyle());
            pct.setDataFormat(wb.createDataFormat().getFormat("0.0%"));
            k.setCellValue(0.855);
            k.setCellStyle(pct);
        });
    }

    /** Sub kegiatan money typed as text. */
    private static byte[] moneyAsText() throws IOException {
        List<Object[]> rows = clean();
        rows.get(2)[15] = "Rp 1.000.000";
        rows.get(3)[17] = "1.500.000";
        return build(rows);
    }

    /** Sub A1 copied below the last row (after program B's rows). */
    private static byte[] rowCopiedToBottom() throws IOException {
        List<Object[]> rows = clean();
        rows.add(rows.get(2).clone());
        return build(rows);
    }

    /** Sub A2 duplicated right below itself. */
    private static byte[] rowDuplicated() throws IOException {
        List<Object[]> rows = clean();
        rows.add(4, rows.get(3).clone());
        return build(rows);
    }

    /** A JUMLAH row under the table whose pagu and realisasi the user typed as =SUM(N9:N15), parents left empty. */
    private static byte[] jumlahAsSum() throws IOException {
        List<Object[]> rows = clean();
        rows.add(new Object[]{Role.URAIAN, "Jumlah"});
        return edit(build(rows), (wb, s) -> {
            for (Role m : List.of(Role.PAGU, Role.REALISASI_ANGGARAN)) {
                XSSFCell c = cell(s, m, 16);
                c.setCellFormula("SUM(" + COL.get(m) + "9:" + COL.get(m) + "15)");
                c.setCellValue(m == Role.PAGU ? 6_000_000 : 3_100_000);
            }
        });
    }

    /** Formulas that call out: a link, DDE, an external workbook, in input cells. */
    private static byte[] callingOut() throws IOException {
        byte[] b = edit(build(clean()), (wb, s) -> {
            XSSFCell link = cell(s, Role.PERMASALAHAN, 11);
            link.setCellFormula("HYPERLINK(\"http://x.example/\",\"klik\")");
            link.setCellValue("klik");
            XSSFCell dde = cell(s, Role.SOLUSI, 12);
            dde.setCellFormula("1+1");
            dde.setCellValue("hasil");
            XSSFCell ext = cell(s, Role.PENANGGUNG_JAWAB, 13);
            ext.setCellFormula("2+2");
            ext.setCellValue("Bidang X");
        });
        // POI will not write a DDE or an external reference itself: patched into the sheet's XML
        return patch(b, Map.of("<f>1+1</f>", "<f>cmd|'/C calc'!A0</f>", "<f>2+2</f>", "<f>[1]Sheet1!A1</f>"));
    }

    private static byte[] patch(byte[] xlsx, Map<String, String> replace) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(xlsx)); ZipOutputStream z = new ZipOutputStream(out)) {
            for (ZipEntry e; (e = in.getNextEntry()) != null; ) {
                byte[] data = in.readAllBytes();
                if (e.getName().startsWith("xl/worksheets/")) {
                    String s = new String(data, StandardCharsets.UTF_8);
                    for (var r : replace.entrySet()) s = s.replace(r.getKey(), r.getValue());
                    data = s.getBytes(StandardCharsets.UTF_8);
                }
                z.putNextEntry(new ZipEntry(e.getName()));
                z.write(data);
                z.closeEntry();
            }
        }
        return out.toByteArray();
    }

    // ---- profiles ----

    static Profile variant(String... fromTo) {
        try (InputStream in = FormulaTruthTest.class.getResourceAsStream("/capaian/rules/default-profile.json")) {
            String json = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            for (int i = 0; i < fromTo.length; i += 2) {
                if (!json.contains(fromTo[i])) throw new IllegalStateException("profile has no " + fromTo[i]);
                json = json.replace(fromTo[i], fromTo[i + 1]);
            }
            return ProfileLoader.read(new StringReader(json));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    static Map<String, Profile> alternativeProfiles() {
        Map<String, Profile> p = new LinkedHashMap<>();
        p.put("negatif-T-R", variant("\"negatifFormula\": \"2T-R\"", "\"negatifFormula\": \"T/R\""));
        p.put("efisiensi-rasio", variant("\"method\": \"selisih\"", "\"method\": \"rasio\""));
        p.put("cap-100", variant("\"capCapaianAt100\": false", "\"capCapaianAt100\": true"));
        p.put("data-kelompok", variant("\"method\": \"rata-rata\"", "\"method\": \"rata-rata-data-kelompok\""));
        p.put("lkj-ordinal", variant("\"negatifFormula\": \"2T-R\",\n    \"scale\": \"permendagri-86-2017\"",
                "\"negatifFormula\": \"2T-R\",\n    \"scale\": \"lkj-ordinal\"",
                "\"method\": \"rata-rata\",\n    \"scale\": \"permendagri-86-2017\"", "\"method\": \"rata-rata\",\n    \"scale\": \"lkj-ordinal\""));
        return p;
    }

    // ---- running everything once ----

    @BeforeAll
    static void processAndRecalculate() throws Exception {
        for (Path dir : List.of(IN, OUT, UPLOADS)) {
            Files.createDirectories(dir);
            try (Stream<Path> s = Files.list(dir)) {
                for (Path p : s.toList()) Files.delete(p);
            }
        }
        Profile def = ProfileLoader.defaultProfile();
        add("clean", def, build(clean()));
        add("percent-realisasi", def, percentRealisasi());
        add("money-as-text", def, moneyAsText());
        add("row-copied-to-bottom", def, rowCopiedToBottom());
        add("row-duplicated", def, rowDuplicated());
        add("jumlah-as-sum", def, jumlahAsSum());
        add("calling-out", def, callingOut());
        for (var p : alternativeProfiles().entrySet()) {
            add("clean-" + p.getKey(), p.getValue(), build(clean()));
            add("percent-" + p.getKey(), p.getValue(), percentRealisasi());
            try (Stream<Path> s = Files.list(Path.of("examples"))) {
                for (Path ex : s.filter(x -> x.toString().endsWith(".xlsx")).sorted().toList()) {
                    add(ex.getFileName().toString().replace(".xlsx", "") + "-" + p.getKey(), p.getValue(), Files.readAllBytes(ex));
                }
            }
        }
        var executable = Soffice.locate();
        if (executable.isEmpty()) {
            if ("true".equalsIgnoreCase(System.getenv("CI"))) fail("LibreOffice (soffice) is not installed, and CI=true");
            return;
        }
        soffice = new Soffice(executable.get(), WORK);
        soffice.convert(CASES.keySet().stream().map(n -> IN.resolve(n + ".xlsx")).toList(), OUT);
    }

    private static void add(String name, Profile profile, byte[] upload) {
        ProcessResult r = new Processor(profile).process(new ByteArrayInputStream(upload), name + ".xlsx", null);
        try {
            Files.write(UPLOADS.resolve(name + ".xlsx"), upload);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        assertTrue(r.readable(), name + ": " + r.unreadableReason());
        assertNotNull(r.workbook(), name + ": no result workbook");
        try {
            Files.write(IN.resolve(name + ".xlsx"), r.workbook());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        CASES.put(name, new Case(name, profile, r));
    }

    @AfterAll
    static void removeProfile() throws IOException {
        if (soffice != null) soffice.close();
    }

    // ---- every formula recomputes to its cached value ----

    @TestFactory
    Stream<DynamicTest> libreOfficeRecomputesEveryCachedValue() {
        return CASES.keySet().stream().map(name -> DynamicTest.dynamicTest(name, () -> {
            Assumptions.assumeTrue(soffice != null, "LibreOffice not installed");
            RecalcComparison c = RecalcComparison.of(IN.resolve(name + ".xlsx"), OUT.resolve(name + ".xlsx"));
            System.out.printf("%s: %d formula cells (%d not empty), %d differ after LibreOffice%n", name, c.compared(),
                    c.withValue(), c.mismatches().size());
            assertTrue(c.compared() > 0, name + ": no formula at all");
            assertTrue(c.mismatches().isEmpty(), name + ": " + c.describe());
        }));
    }

    @TestFactory
    Stream<DynamicTest> poiRecomputesEveryCachedValue() {
        return CASES.keySet().stream().map(name -> DynamicTest.dynamicTest(name, () -> {
            try (XSSFWorkbook cached = open(IN.resolve(name + ".xlsx")); XSSFWorkbook wb = open(IN.resolve(name + ".xlsx"))) {
                FormulaEvaluator ev = wb.getCreationHelper().createFormulaEvaluator();
                List<String> differ = new ArrayList<>();
                int n = 0;
                for (Sheet sheet : wb) {
                    for (Row row : sheet) {
                        for (Cell cell : row) {
                            if (cell.getCellType() != CellType.FORMULA) continue;
                            n++;
                            CachedValue mine = CachedValue.of(cached.getSheet(sheet.getSheetName()).getRow(row.getRowNum())
                                    .getCell(cell.getColumnIndex()));
                            CachedValue theirs = poi(ev.evaluate(cell));
                            if (!mine.matches(theirs)) {
                                differ.add(sheet.getSheetName() + "!" + cell.getAddress() + " =" + cell.getCellFormula()
                                        + " cached " + mine + " POI " + theirs);
                            }
                        }
                    }
                }
                assertTrue(n > 0, name + ": no formula at all");
                assertTrue(differ.isEmpty(), name + ": " + differ.size() + " of " + n + " differ:\n" + String.join("\n", differ));
            }
        }));
    }

    private static CachedValue poi(CellValue v) {
        if (v == null) return CachedValue.EMPTY;
        return switch (v.getCellType()) {
            case NUMERIC -> new CachedValue(CachedValue.Kind.NUMBER, v.getNumberValue(), null);
            case STRING -> v.getStringValue().isEmpty() ? CachedValue.EMPTY : new CachedValue(CachedValue.Kind.TEXT, 0, v.getStringValue());
            case BOOLEAN -> new CachedValue(CachedValue.Kind.BOOLEAN, 0, Boolean.toString(v.getBooleanValue()));
            case ERROR -> new CachedValue(CachedValue.Kind.ERROR, 0,
                    org.apache.poi.ss.usermodel.FormulaError.forInt(v.getErrorValue()).getString());
            default -> CachedValue.EMPTY;
        };
    }

    // ---- the recalculated workbook says what the report says ----

    /** Every computed cell of the form, as LibreOffice recalculated it, equals the report's row. */
    @TestFactory
    Stream<DynamicTest> recalculatedFormEqualsTheReport() {
        return CASES.keySet().stream().filter(n -> !n.startsWith("seed") && !n.startsWith("monitoring"))
                .map(name -> DynamicTest.dynamicTest(name, () -> {
                    Assumptions.assumeTrue(soffice != null, "LibreOffice not installed");
                    Report report = CASES.get(name).result().report();
                    try (XSSFWorkbook wb = open(OUT.resolve(name + ".xlsx"))) {
                        Sheet s = wb.getSheet(MAIN);
                        int checked = 0;
                        for (Report.Row r : report.rows()) {
                            if (!MAIN.equals(r.sheet())) continue;
                            checked += same(name, s, Role.CAPAIAN, r.row(), r.capaian());
                            checked += same(name, s, Role.KATEGORI, r.row(), r.kategori());
                            checked += same(name, s, Role.SERAPAN, r.row(), r.serapan());
                            checked += same(name, s, Role.SISA, r.row(), r.sisa());
                            checked += same(name, s, Role.EFISIENSI, r.row(), r.efisiensi());
                            // money shows in a parent's cell when Capaian filled it (or the user typed it)
                            CachedValue pagu = CachedValue.of(at(s, Role.PAGU, r.row()));
                            if (pagu.kind() == CachedValue.Kind.NUMBER && r.pagu() != null && !"subkegiatan".equals(r.level())) {
                                assertEquals(r.pagu().doubleValue(), pagu.number(), 1e-6, name + " pagu row " + r.row());
                            }
                        }
                        assertTrue(checked > 20, name + ": only " + checked + " cells compared");
                        Sheet ring = wb.getSheet("Ringkasan");
                        Report.Summary sum = report.summary();
                        assertEquals(sum.pagu().doubleValue(), num(ring, "C", RING_OPD), 1e-6, name + " OPD pagu");
                        assertEquals(sum.realisasi().doubleValue(), num(ring, "D", RING_OPD), 1e-6, name + " OPD realisasi");
                        assertEquals(sum.serapan().doubleValue(), num(ring, "E", RING_OPD), 1e-9, name + " OPD serapan");
                        assertEquals(sum.capaian().doubleValue(), num(ring, "F", RING_OPD), 1e-9, name + " OPD capaian");
                        assertEquals(sum.kategori(), CachedValue.of(cell(ring, "G", RING_OPD)).text(), name + " OPD kategori");
                    }
                }));
    }

    private static int same(String name, Sheet s, Role role, int row, Object reported) {
        CachedValue shown = CachedValue.of(at(s, role, row));
        String where = name + " " + COL.get(role) + row;
        if (reported == null) {
            assertEquals(CachedValue.Kind.EMPTY, shown.kind(), where + " is empty in the report");
        } else if (reported instanceof BigDecimal b) {
            assertEquals(CachedValue.Kind.NUMBER, shown.kind(), where + " shows " + shown + ", report " + b);
            assertEquals(b.doubleValue(), shown.number(), 1e-9, where);
        } else {
            assertEquals(reported, shown.text(), where);
        }
        return 1;
    }

    // ---- the cases, by hand ----

    @Test
    void cleanTableHasTheHandWorkedFigures() throws IOException {
        Report r = CASES.get("clean").result().report();
        assertEquals(0, new BigDecimal("6000000").compareTo(r.summary().pagu()));
        assertEquals(0, new BigDecimal("51.67").compareTo(r.summary().serapan()));
        assertEquals(0, new BigDecimal("85.79").compareTo(r.summary().capaian()));
        try (XSSFWorkbook wb = open(IN.resolve("clean.xlsx"))) {
            Sheet ring = wb.getSheet("Ringkasan");
            assertEquals(86.25, num(ring, "F", RING_A), 1e-9);
            assertEquals(85.17, num(ring, "F", RING_B), 1e-9);
            assertEquals(4_000_000, num(ring, "C", RING_A), 1e-6);
            assertEquals(2_000_000, num(ring, "C", RING_B), 1e-6);
            assertTrue(formula(ring, "C", RING_A).startsWith("SUM("), "program pagu is a formula on a clean table");
            Sheet s = wb.getSheet(MAIN);
            assertEquals(120.0, CachedValue.of(at(s, Role.CAPAIAN, 14)).number(), 1e-9, "negatif (2×20−16)/20");
            assertEquals(4_000_000, CachedValue.of(at(s, Role.PAGU, 9)).number(), 1e-6, "program A's empty pagu filled");
            assertEquals(CellType.FORMULA, at(s, Role.CAPAIAN, 15).getCellType());
        }
        assertTrue(r.findings().stream().noneMatch(f -> f.code().equals("FORMULA_AS_VALUE")), "a clean table gets formulas");
    }

    @Test
    void percentTypedRealisasiKeepsItsValueAndSaysWhy() throws IOException {
        Report r = CASES.get("percent-realisasi").result().report();
        assertEquals(0, new BigDecimal("85.79").compareTo(r.summary().capaian()), "Capaian reads 85,5%% as 85,5");
        try (XSSFWorkbook wb = open(IN.resolve("percent-realisasi.xlsx"))) {
            Cell l15 = at(wb.getSheet(MAIN), Role.CAPAIAN, 15);
            assertEquals(CellType.NUMERIC, l15.getCellType(), "a formula would give 0,86: the value is written");
            assertEquals(85.5, l15.getNumericCellValue(), 1e-9);
            assertEquals("Tinggi", at(wb.getSheet(MAIN), Role.KATEGORI, 15).getStringCellValue());
        }
        var f = only(r, "FORMULA_AS_VALUE");
        assertEquals(COL.get(Role.REALISASI) + "15", f.cell());
        assertTrue(f.message().contains("persen"), f.message());
        assertTrue(f.message().contains(COL.get(Role.CAPAIAN) + "15"), f.message());
    }

    @Test
    void moneyTypedAsTextIsSummedByCapaianAndWrittenAsValues() throws IOException {
        Report r = CASES.get("money-as-text").result().report();
        assertEquals(0, new BigDecimal("6000000").compareTo(r.summary().pagu()));
        try (XSSFWorkbook wb = open(IN.resolve("money-as-text.xlsx"))) {
            Sheet s = wb.getSheet(MAIN);
            Cell n9 = at(s, Role.PAGU, 9);
            assertEquals(CellType.NUMERIC, n9.getCellType(), "SUM would skip the text: program A's pagu is a value");
            assertEquals(4_000_000, n9.getNumericCellValue(), 1e-6);
            assertEquals(4_000_000, num(wb.getSheet("Ringkasan"), "C", RING_A), 1e-6);
            assertEquals(2_000_000, num(wb.getSheet("Ringkasan"), "C", RING_B), 1e-6);
        }
        var f = only(r, "FORMULA_AS_VALUE");
        assertEquals(COL.get(Role.PAGU) + "11", f.cell());
        assertTrue(f.message().contains("Rp 1.000.000"), f.message());
    }

    @Test
    void aRowCopiedToTheBottomStaysInItsProgramOnly() throws IOException {
        try (XSSFWorkbook wb = open(recalculated("row-copied-to-bottom"))) {
            Sheet ring = wb.getSheet("Ringkasan");
            // program A: 1.000.000 + 3.000.000 + the copy's 1.000.000; program B keeps its 2.000.000
            assertEquals(5_000_000, num(ring, "C", RING_A), 1e-6);
            assertEquals(2_000_000, num(ring, "C", RING_B), 1e-6);
            assertEquals(2_700_000, num(ring, "D", RING_A), 1e-6);
            assertEquals(84.0, num(ring, "F", RING_A), 1e-9, "(80+90+75+100+75)/5");
            assertEquals(85.17, num(ring, "F", RING_B), 1e-9);
        }
    }

    @Test
    void aDuplicatedRowIsCountedOnceInEachLine() throws IOException {
        try (XSSFWorkbook wb = open(recalculated("row-duplicated"))) {
            Sheet ring = wb.getSheet("Ringkasan");
            // the duplicate is a further row of Sub A2 (ROW_DUPLICATE): its money counts with it, as reported
            Report r = CASES.get("row-duplicated").result().report();
            assertTrue(r.findings().stream().anyMatch(f -> f.code().equals("ROW_DUPLICATE")));
            assertEquals(7_000_000, num(ring, "C", RING_A), 1e-6);
            assertEquals(2_000_000, num(ring, "C", RING_B), 1e-6);
            assertEquals(r.summary().pagu().doubleValue(), num(ring, "C", RING_OPD), 1e-6);
        }
    }

    @Test
    void aJumlahTypedAsSumIsNotInflatedByFilledParents() throws IOException {
        Report r = CASES.get("jumlah-as-sum").result().report();
        assertEquals(0, new BigDecimal("6000000").compareTo(r.summary().pagu()));
        try (XSSFWorkbook wb = open(recalculated("jumlah-as-sum"))) {
            Sheet s = wb.getSheet(MAIN);
            assertEquals(6_000_000, CachedValue.of(at(s, Role.PAGU, 16)).number(), 1e-6, "the user's =SUM after recalculation");
            assertEquals(3_100_000, CachedValue.of(at(s, Role.REALISASI_ANGGARAN, 16)).number(), 1e-6);
            for (int parent : new int[]{9, 10, 13, 14}) {
                assertEquals(CachedValue.Kind.EMPTY, CachedValue.of(at(s, Role.PAGU, parent)).kind(), "parent row " + parent + " left empty");
            }
        }
        try (XSSFWorkbook wb = open(IN.resolve("jumlah-as-sum.xlsx"))) {
            assertEquals("SUM(" + COL.get(Role.PAGU) + "9:" + COL.get(Role.PAGU) + "15)", at(wb.getSheet(MAIN), Role.PAGU, 16).getCellFormula());
        }
        List<Report.FindingEntry> fs = r.findings().stream().filter(f -> f.code().equals("TOTAL_FORMULA_COVERS_PARENTS")).toList();
        assertEquals(2, fs.size(), fs.toString());
        assertEquals(COL.get(Role.PAGU) + "16", fs.get(0).cell());
        assertTrue(fs.get(0).message().contains(COL.get(Role.PAGU) + "9"), fs.get(0).message());
    }

    @Test
    void formulasThatCallOutBecomeTheirValues() throws IOException {
        Report r = CASES.get("calling-out").result().report();
        List<Report.FindingEntry> fs = r.findings().stream().filter(f -> f.code().equals("FORMULA_OUTSIDE")).toList();
        assertEquals(List.of(COL.get(Role.PERMASALAHAN) + "11", COL.get(Role.SOLUSI) + "12", COL.get(Role.PENANGGUNG_JAWAB) + "13"),
                fs.stream().map(Report.FindingEntry::cell).toList());
        try (XSSFWorkbook wb = open(IN.resolve("calling-out.xlsx"))) {
            Sheet s = wb.getSheet(MAIN);
            for (Role role : List.of(Role.PERMASALAHAN, Role.SOLUSI, Role.PENANGGUNG_JAWAB)) {
                assertEquals(CellType.STRING, at(s, role, 11 + List.of(Role.PERMASALAHAN, Role.SOLUSI, Role.PENANGGUNG_JAWAB).indexOf(role))
                        .getCellType(), role + " written as its value");
            }
            assertEquals("klik", at(s, Role.PERMASALAHAN, 11).getStringCellValue());
            assertEquals("Bidang X", at(s, Role.PENANGGUNG_JAWAB, 13).getStringCellValue());
        }
        // no formula of the file calls out any more (Temuan quotes them as text, which is never evaluated)
        var formulas = java.util.regex.Pattern.compile("<f[^>]*>([^<]*)</f>").matcher(sheetXml(IN.resolve("calling-out.xlsx")));
        int n = 0;
        while (formulas.find()) {
            n++;
            String f = formulas.group(1);
            assertFalse(f.contains("HYPERLINK") || f.contains("|") || f.contains("[1]"), "a live call-out stayed: " + f);
        }
        assertTrue(n > 100, "the computed formulas are there");
    }

    // ---- helpers ----

    private static Report.FindingEntry only(Report r, String code) {
        List<Report.FindingEntry> fs = r.findings().stream().filter(f -> f.code().equals(code)).toList();
        assertEquals(1, fs.size(), code + ": " + fs);
        return fs.get(0);
    }

    private static Path recalculated(String name) {
        Assumptions.assumeTrue(soffice != null, "LibreOffice not installed");
        return OUT.resolve(name + ".xlsx");
    }

    private static Cell at(Sheet s, Role role, int row) {
        return cell(s, COL.get(role), row);
    }

    private static Cell cell(Sheet s, String col, int row) {
        Row r = s.getRow(row - 1);
        return r == null ? null : r.getCell(A1.columnIndex(col));
    }

    private static double num(Sheet s, String col, int row) {
        CachedValue v = CachedValue.of(cell(s, col, row));
        assertEquals(CachedValue.Kind.NUMBER, v.kind(), s.getSheetName() + "!" + col + row + " is " + v);
        return v.number();
    }

    private static String formula(Sheet s, String col, int row) {
        Cell c = cell(s, col, row);
        return c != null && c.getCellType() == CellType.FORMULA ? c.getCellFormula() : "";
    }

    private static XSSFWorkbook open(Path p) throws IOException {
        try (InputStream in = Files.newInputStream(p)) {
            return new XSSFWorkbook(in);
        }
    }

    private static String sheetXml(Path xlsx) throws IOException {
        StringBuilder sb = new StringBuilder();
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(xlsx))) {
            for (ZipEntry e; (e = in.getNextEntry()) != null; ) {
                if (e.getName().startsWith("xl/worksheets/")) sb.append(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            }
        }
        return sb.toString();
    }
}
