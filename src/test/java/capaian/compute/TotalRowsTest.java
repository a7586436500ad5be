package capaian.compute;

import capaian.form.Forms;
import capaian.form.Role;
import capaian.form.SheetDefinition;
import capaian.process.ProcessResult;
import capaian.process.Processor;
import capaian.report.Report;
import capaian.rules.ProfileLoader;
import capaian.write.FormFiller;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Total and subtotal rows (RULES 5): by label or by content they are compared with the rows they sum and never
 * summed themselves. Expected figures are the seed's printed ones or sums done by hand below.
 */
class TotalRowsTest {
    static final SheetDefinition DEF = Forms.LAMPIRAN_REALISASI.mainSheet();
    static final Processor PROCESSOR = new Processor(ProfileLoader.defaultProfile());

    // A small table: two programs of two sub kegiatan each. Program A: 100.000.000 + 250.000.000 = 350.000.000
    // pagu, 40.000.000 + 60.000.000 = 100.000.000 realisasi; program B: 300.000.000 + 50.000.000 = 350.000.000,
    // 150.000.000 + 10.000.000 = 160.000.000. OPD: 700.000.000 / 260.000.000 = 37,142857 → 37,14 %.
    static final BigDecimal OPD_PAGU = new BigDecimal("700000000");
    static final BigDecimal OPD_REAL = new BigDecimal("260000000");
    static final BigDecimal OPD_SERAPAN = new BigDecimal("37.14");

    /** Seed 000 with a "Sub Total" after the program's last sub kegiatan and a "Jumlah" under it. */
    @Test
    void seed000WithSubTotalAndJumlahKeepsItsFigures() throws IOException {
        ProcessResult r = process(seed000With(List.of(
                new Object[]{"Sub Total", 4355964609L, 890405738L},
                new Object[]{"JUMLAH", 4355964609L, 890405738L})));
        Report.Summary s = r.report().summary();
        assertEquals(new BigDecimal("4355964609"), s.pagu());
        assertEquals(new BigDecimal("890405738"), s.realisasi());
        assertEquals(new BigDecimal("20.44"), s.serapan());
        assertEquals(29, s.subKegiatan(), "the seed's 29 sub kegiatan, the totals not among them");
        assertEquals(2, codes(r, "TOTAL_MISMATCH"), "only the seed's own two wrong kegiatan totals");
        Report.Row sub = row(r, 51);
        assertEquals("subtotal", sub.level());
        assertEquals(new BigDecimal("4355964609"), sub.pagu());
        assertEquals(new BigDecimal("20.44"), sub.serapan());
        assertEquals("total", row(r, 52).level());
        assertEquals(new BigDecimal("890405738"), row(r, 52).realisasiAnggaran());
    }

    @Test
    void seed000SubTotalOffByAThousandIsATotalMismatch() throws IOException {
        ProcessResult r = process(seed000With(List.of(
                new Object[]{"Sub Total", 4355965609L, 890405738L},
                new Object[]{"Jumlah", 4355964609L, 890405738L})));
        assertEquals(new BigDecimal("4355964609"), r.report().summary().pagu());
        assertEquals(new BigDecimal("20.44"), r.report().summary().serapan());
        List<Report.FindingEntry> m = r.report().findings().stream()
                .filter(f -> f.code().equals("TOTAL_MISMATCH") && f.message().contains("4.355.965.609")).toList();
        assertEquals(1, m.size(), r.report().findings().toString());
        assertTrue(m.get(0).message().contains("4.355.964.609") && m.get(0).message().contains("1.000"), m.get(0).message());
        assertEquals(3, codes(r, "TOTAL_MISMATCH"));
    }

    /** Printed totals are compared at 2 decimals: ,004 off is the same total, ,01 is not. */
    @Test
    void totalsComparedAtTwoDecimals() throws IOException {
        ProcessResult same = process(table(new Object[]{"Jumlah", "700.000.000,004", null}));
        assertEquals(0, codes(same, "TOTAL_MISMATCH"), same.report().findings().toString());
        ProcessResult off = process(table(new Object[]{"Jumlah", "700.000.000,01", null}));
        assertEquals(1, codes(off, "TOTAL_MISMATCH"), off.report().findings().toString());
        assertEquals(OPD_PAGU, off.report().summary().pagu());
    }

    @ParameterizedTest
    @ValueSource(strings = {"Jumlah", "JUMLAH", "jumlah ", "Total", "TOTAL", "Sub Total", "SUB TOTAL", "Subtotal",
            "Sub-Total", "Total Anggaran", "Jumlah Sub Kegiatan", "Jumlah Program", "Grand Total", "Jumlah Total",
            "Total Keseluruhan", "Jumlah Keseluruhan", "J U M L A H", "Jumlah\nTotal", "Jumlah (1+2+3)"})
    void everyLabelAtTheEndIsATotal(String label) throws IOException {
        ProcessResult r = process(table(new Object[]{label, 700000000L, 260000000L}));
        assertOpdFigures(r);
        assertEquals(0, codes(r, "TOTAL_MISMATCH"), r.report().findings().toString());
        Report.Row total = r.report().rows().get(r.report().rows().size() - 1);
        assertTrue(total.level().equals("total") || total.level().equals("subtotal"), total.level());
        assertEquals(OPD_PAGU, total.pagu());
    }

    /** Some tables put the total first: a Jumlah above every sub kegiatan sums the whole table below it. */
    @Test
    void aJumlahAtTheTopSumsTheTableBelow() throws IOException {
        List<Map<Role, Object>> rows = new java.util.ArrayList<>();
        rows.add(row(null, "JUMLAH", 700000000L, 260000001L, false));
        rows.addAll(fourLeaves());
        ProcessResult r = process(build(rows));
        assertOpdFigures(r);
        Report.Row total = r.report().rows().get(0);
        assertEquals("total", total.level());
        assertEquals(OPD_REAL, total.realisasiAnggaran());
        List<Report.FindingEntry> m = r.report().findings().stream().filter(f -> f.code().equals("TOTAL_MISMATCH")).toList();
        assertEquals(1, m.size(), m.toString());
        assertTrue(m.get(0).message().contains("260.000.001") && m.get(0).message().contains("260.000.000"), m.get(0).message());
    }

    /** A merged "JUMLAH" lands in the first column (No), or is typed in the Kode column. */
    @ParameterizedTest
    @ValueSource(strings = {"NO", "KODE"})
    void aLabelInTheNoOrKodeColumn(String column) throws IOException {
        ProcessResult r = process(table(new Object[]{Role.valueOf(column), "JUMLAH", 700000000L, 260000000L}));
        assertOpdFigures(r);
        assertEquals(0, codes(r, "CODE_INVALID"), r.report().findings().toString());
        assertEquals("total", r.report().rows().get(r.report().rows().size() - 1).level());
    }

    /** A Sub Total per program and a Jumlah: each covers its own group; the Ringkasan's programs keep theirs. */
    @Test
    void subTotalsPerProgramCoverTheirGroup() throws IOException {
        ProcessResult r = process(perProgram(350000000L, 350000000L));
        assertOpdFigures(r);
        assertEquals(0, codes(r, "TOTAL_MISMATCH"), r.report().findings().toString());
        List<Report.Row> rows = r.report().rows();
        Report.Row subA = rows.get(3);
        assertEquals("subtotal", subA.level());
        assertEquals(new BigDecimal("350000000"), subA.pagu());
        assertEquals(new BigDecimal("100000000"), subA.realisasiAnggaran());
        Report.Row subB = rows.get(7);
        assertEquals("subtotal", subB.level());
        assertEquals(new BigDecimal("160000000"), subB.realisasiAnggaran());
        assertEquals("total", rows.get(8).level());
        assertEquals(OPD_PAGU, rows.get(8).pagu());
        Evaluation2 ev = evaluate(perProgram(350000000L, 350000000L));
        assertEquals(2, ev.programs().size());
        assertEquals(new BigDecimal("350000000"), ev.programs().get(0).totals().pagu());
        assertEquals(2, ev.programs().get(0).totals().subKegiatan());
        assertEquals(new BigDecimal("45.71"), ev.programs().get(1).totals().serapan(), "160 / 350 = 45,714");
    }

    @Test
    void aSubTotalOffIsComparedWithItsOwnGroup() throws IOException {
        ProcessResult r = process(perProgram(350000000L, 349999000L));
        assertOpdFigures(r);
        List<Report.FindingEntry> m = r.report().findings().stream().filter(f -> f.code().equals("TOTAL_MISMATCH")).toList();
        assertEquals(1, m.size(), m.toString());
        assertTrue(m.get(0).message().contains("349.999.000") && m.get(0).message().contains("350.000.000")
                && m.get(0).message().contains("-1.000"), m.get(0).message());
    }

    /**
     * Program > kegiatan > sub kegiatan, a Sub Total after each kegiatan, a Jumlah Program and a Total Keseluruhan.
     * Typed or left blank, each covers its own rows: K1 = 100 + 250 = 350 juta, K2 = 300 + 50 = 350 juta, the
     * program and the whole table 700 juta.
     */
    @ParameterizedTest
    @ValueSource(booleans = {true, false})
    void nestedSubTotalsCoverTheirKegiatan(boolean typed) throws IOException {
        ProcessResult r = process(build(nested(typed)));
        assertOpdFigures(r);
        assertEquals(0, codes(r, "TOTAL_MISMATCH"), r.report().findings().toString());
        List<Report.Row> out = r.report().rows();
        assertEquals(List.of("program", "kegiatan", "subkegiatan", "subkegiatan", "subtotal", "kegiatan", "subkegiatan",
                "subkegiatan", "subtotal", "subtotal", "total"), out.stream().map(Report.Row::level).toList());
        assertEquals(new BigDecimal("350000000"), out.get(4).pagu());
        assertEquals(new BigDecimal("100000000"), out.get(4).realisasiAnggaran());
        assertEquals(new BigDecimal("350000000"), out.get(8).pagu());
        assertEquals(new BigDecimal("45.71"), out.get(8).serapan(), "160 / 350");
        assertEquals(OPD_PAGU, out.get(9).pagu());
        assertEquals(OPD_REAL, out.get(10).realisasiAnggaran());
        assertEquals(OPD_PAGU, out.get(0).pagu(), "the program sums its four sub kegiatan, not the totals");
    }

    static List<Map<Role, Object>> nested(boolean typed) {
        List<Map<Role, Object>> leaves = fourLeaves();
        List<Map<Role, Object>> rows = new java.util.ArrayList<>();
        rows.add(row("Program", "PROGRAM P", null, null, false));
        rows.add(row("Kegiatan", "Kegiatan K1", null, null, false));
        rows.addAll(leaves.subList(1, 3));
        rows.add(row(null, "Sub Total", typed ? 350000000L : null, typed ? 100000000L : null, false));
        rows.add(row("Kegiatan", "Kegiatan K2", null, null, false));
        rows.addAll(leaves.subList(4, 6));
        rows.add(row(null, "Sub Total", typed ? 350000000L : null, typed ? 160000000L : null, false));
        rows.add(row(null, "Jumlah Program P", typed ? 700000000L : null, typed ? 260000000L : null, false));
        rows.add(row(null, "Total Keseluruhan", typed ? 700000000L : null, typed ? 260000000L : null, false));
        return rows;
    }

    /** Without any label: a row whose money equals the sum of the rows above it in its group. */
    @ParameterizedTest
    @ValueSource(strings = {"", "Rekapitulasi Program A"})
    void aTotalByItsContent(String uraian) throws IOException {
        byte[] wb = build(List.of(
                row("Program", "PROGRAM A", null, null, true),
                row("Sub Kegiatan", "Sub A1", 100000000L, 40000000L, true),
                row("Sub Kegiatan", "Sub A2", 250000000L, 60000000L, true),
                row(null, uraian.isEmpty() ? null : uraian, 350000000L, 100000000L, false),
                row("Program", "PROGRAM B", null, null, true),
                row("Sub Kegiatan", "Sub B1", 300000000L, 150000000L, true),
                row("Sub Kegiatan", "Sub B2", 50000000L, 10000000L, true)));
        ProcessResult r = process(wb);
        assertOpdFigures(r);
        assertEquals(1, codes(r, "TOTAL_ROW_ASSUMED"), r.report().findings().toString());
        assertEquals(4, r.report().summary().subKegiatan());
        Report.FindingEntry f = r.report().findings().stream().filter(x -> x.code().equals("TOTAL_ROW_ASSUMED"))
                .findFirst().orElseThrow();
        assertTrue(f.message().contains("baris 10-11"), f.message());
        assertEquals("subtotal", r.report().rows().get(3).level());
    }

    /** A row without code that is not the sum of the rows above stays a sub kegiatan. */
    @Test
    void anOrdinaryRowWithoutCodeIsNotATotal() throws IOException {
        byte[] wb = build(List.of(
                row("Program", "PROGRAM A", null, null, true),
                row("Sub Kegiatan", "Sub A1", 100000000L, 40000000L, true),
                row("Sub Kegiatan", "Sub A2", 250000000L, 60000000L, true),
                row(null, "Penyediaan Jasa Kantor", 350000001L, 100000000L, false)));
        ProcessResult r = process(wb);
        assertEquals(0, codes(r, "TOTAL_ROW_ASSUMED"));
        assertEquals(new BigDecimal("700000001"), r.report().summary().pagu());
    }

    /** A total row's own target and realisasi do not count in the OPD's mean capaian or its indicators. */
    @Test
    void aTotalRowsCapaianIsNotInTheMeans() throws IOException {
        Map<Role, Object> total = row(null, "Jumlah", 700000000L, 260000000L, false);
        total.put(Role.INDIKATOR, "Rata-rata capaian");
        total.put(Role.TARGET, 100);
        total.put(Role.REALISASI, 10);
        List<Map<Role, Object>> rows = new java.util.ArrayList<>(fourLeaves());
        rows.add(total);
        ProcessResult r = process(build(rows));
        assertOpdFigures(r);
        // The four indicators: 80/100, 90/100, 100/100, 110/100 → mean 95,00.
        assertEquals(new BigDecimal("95.00"), r.report().summary().capaian());
        assertEquals(4, r.report().summary().indikator());
    }

    // --- helpers ---

    private static void assertOpdFigures(ProcessResult r) {
        Report.Summary s = r.report().summary();
        assertEquals(OPD_PAGU, s.pagu(), r.report().findings().toString());
        assertEquals(OPD_REAL, s.realisasi());
        assertEquals(OPD_SERAPAN, s.serapan());
        assertEquals(4, s.subKegiatan());
    }

    record Evaluation2(List<GroupSummary> programs) {}

    private static Evaluation2 evaluate(byte[] wb) throws IOException {
        try {
            return new Evaluation2(PROCESSOR.evaluate(new ByteArrayInputStream(wb), null).programs());
        } catch (capaian.read.UnreadableWorkbookException e) {
            throw new IllegalStateException(e);
        }
    }

    static Map<Role, Object> row(String tingkat, String uraian, Long pagu, Long real, boolean indicator) {
        Map<Role, Object> m = new java.util.EnumMap<>(Role.class);
        if (tingkat != null) m.put(Role.TINGKAT, tingkat);
        if (uraian != null) m.put(Role.URAIAN, uraian);
        if (pagu != null) m.put(Role.PAGU, pagu);
        if (real != null) m.put(Role.REALISASI_ANGGARAN, real);
        if (indicator) {
            m.put(Role.INDIKATOR, "Jumlah dokumen " + uraian);
            m.put(Role.SATUAN, "Dokumen");
            m.put(Role.POLARITAS, "Positif");
        }
        return m;
    }

    /** Capaian 80, 90, 100 and 110 on the four sub kegiatan. */
    static List<Map<Role, Object>> fourLeaves() {
        List<Map<Role, Object>> rows = List.of(
                row("Program", "PROGRAM A", null, null, false),
                row("Sub Kegiatan", "Sub A1", 100000000L, 40000000L, true),
                row("Sub Kegiatan", "Sub A2", 250000000L, 60000000L, true),
                row("Program", "PROGRAM B", null, null, false),
                row("Sub Kegiatan", "Sub B1", 300000000L, 150000000L, true),
                row("Sub Kegiatan", "Sub B2", 50000000L, 10000000L, true));
        int[] real = {80, 90, 100, 110};
        int i = 0;
        for (Map<Role, Object> m : rows) {
            if (!m.containsKey(Role.PAGU)) continue;
            m.put(Role.TARGET, 100);
            m.put(Role.REALISASI, real[i++]);
        }
        return rows;
    }

    /** The four sub kegiatan and one more row: {label, pagu, realisasi} or {role, label, pagu, realisasi}. */
    static byte[] table(Object[] last) {
        List<Map<Role, Object>> rows = new java.util.ArrayList<>(fourLeaves());
        Role where = last[0] instanceof Role r ? r : Role.URAIAN;
        int o = last[0] instanceof Role ? 1 : 0;
        Map<Role, Object> m = new java.util.EnumMap<>(Role.class);
        m.put(where, last[o]);
        if (last[o + 1] != null) m.put(Role.PAGU, last[o + 1]);
        if (last[o + 2] != null) m.put(Role.REALISASI_ANGGARAN, last[o + 2]);
        rows.add(m);
        return build(rows);
    }

    /** Program A, its two sub kegiatan, Sub Total; program B, its two, Sub Total; Jumlah. */
    static byte[] perProgram(long subTotalA, long subTotalB) {
        List<Map<Role, Object>> leaves = fourLeaves();
        List<Map<Role, Object>> rows = new java.util.ArrayList<>(leaves.subList(0, 3));
        rows.add(row(null, "Sub Total", subTotalA, 100000000L, false));
        rows.addAll(leaves.subList(3, 6));
        rows.add(row(null, "Sub Total", subTotalB, 160000000L, false));
        rows.add(row(null, "Jumlah", 700000000L, 260000000L, false));
        return build(rows);
    }

    static byte[] build(List<Map<Role, Object>> rows) {
        FormFiller f = new FormFiller(ProfileLoader.defaultProfile(), Forms.LAMPIRAN_REALISASI, Map.of(DEF.name(), rows.size()));
        f.header("opd", "Badan Uji").header("kodeOpd", "5.03.0.00.0.00.01.0000").header("tahun", 2024).header("triwulan", "I");
        for (int i = 0; i < rows.size(); i++) {
            for (var e : rows.get(i).entrySet()) f.set(DEF, i, e.getKey(), e.getValue());
        }
        return f.bytes();
    }

    /** The seed 000 example with rows appended under its table: {uraian, pagu, realisasi}. */
    static byte[] seed000With(List<Object[]> extra) throws IOException {
        try (InputStream in = Files.newInputStream(Path.of("examples/seed000-tw1-lampiran.xlsx"));
             XSSFWorkbook wb = new XSSFWorkbook(in); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            XSSFSheet sheet = wb.getSheet(DEF.name());
            int n = 42; // the seed fills data rows 0-41 (sheet rows 9-50)
            assertNotNull(sheet.getRow(FormFiller.dataRow(DEF, n - 1)));
            for (Object[] e : extra) {
                XSSFRow row = sheet.getRow(FormFiller.dataRow(DEF, n));
                if (row == null) row = sheet.createRow(FormFiller.dataRow(DEF, n));
                put(row, Role.URAIAN, e[0]);
                put(row, Role.PAGU, e[1]);
                put(row, Role.REALISASI_ANGGARAN, e[2]);
                n++;
            }
            wb.write(out);
            return out.toByteArray();
        }
    }

    private static void put(XSSFRow row, Role role, Object v) {
        int c = DEF.columns().indexOf(DEF.column(role).orElseThrow());
        var cell = row.getCell(c) == null ? row.createCell(c) : row.getCell(c);
        if (v instanceof Number n) cell.setCellValue(n.doubleValue());
        else cell.setCellValue(v.toString());
    }

    static ProcessResult process(byte[] wb) {
        ProcessResult r = PROCESSOR.check(new ByteArrayInputStream(wb), "uji.xlsx", null);
        assertTrue(r.readable(), r.unreadableReason());
        return r;
    }

    static Report.Row row(ProcessResult r, int sheetRow) {
        return r.report().rows().stream().filter(x -> x.row() == sheetRow).findFirst().orElseThrow();
    }

    static long codes(ProcessResult r, String code) {
        return r.report().findings().stream().filter(f -> f.code().equals(code)).count();
    }
}
