package capaian.convert;

import capaian.examples.ExampleBuilder;
import capaian.form.Column;
import capaian.form.Forms;
import capaian.form.Role;
import capaian.form.SheetDefinition;
import capaian.evaluate.Evaluation;
import capaian.process.ProcessResult;
import capaian.process.Processor;
import capaian.report.Report;
import capaian.rules.ProfileLoader;
import capaian.write.Workbooks;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * An OPD's year: the Renja, four quarters of Lampiran Realisasi (each prefilled from the one before, then
 * filled here as the officer would), and the Monitoring Capaian Kinerja prefilled from all of them. The
 * figures, worked by hand (cumulative s/d TW in the Lampiran; per quarter in the Monitoring):
 * <pre>
 * row  kode             jenis      target  TW I  II   III  IV (s/d)   → per quarter      (13)  (14) K
 * 1    5.03.02          akhir %    80      60    70   75   82         60 70 75 82        82    102,50
 * 2    5.03.02.1.01     kumulatif  4       1     2    3    4          1 1 1 1            4     100,00
 * 3    5.03.02.1.01.01  kumulatif  12      3     6    9    12         3 3 3 3            12    100,00
 * 4    5.03.02.1.01.02  kum., neg. 10      2     5    6    8          2 3 1 2            8     (20−8)/10 = 120,00
 * 5    5.03.02.1.02     akhir      3,5     3     3,2  3,4  3,6        as is              3,6   102,86
 * 6    5.03.02.1.02.01  akhir %    90      80    85   88   92         as is              92    102,22
 * rupiah s/d TW (jt): row 3: 20 50 90 115 → 20 30 40 25; row 4: 10 30 55 78 → 10 20 25 23;
 *                     row 6: 40 100 150 190 → 40 60 50 40
 * (14) Rp: row 3 115/120 = 95,83; row 4 78/80 = 97,50; row 6 190/200 = 95,00;
 *          kegiatan A 193/200 = 96,50; kegiatan B 190/200 = 95,00; program 383/400 = 95,75
 * OPD: capaian (102,50+100+100+120+102,86+102,22)/6 = 104,5967 → 104,60 (Sangat Tinggi); serapan 95,75;
 *      efisiensi 104,60 − 95,75 = 8,85 (Efisien)
 * Lampiran TW II: capaian 87,5; 50; 50; (20−5)/10 = 150; 3,2/3,5 = 91,43; 85/90 = 94,44 → mean 87,23;
 *                 serapan (50+30+100)/400 = 45,00
 * </pre>
 */
class YearChainTest {
    static final Processor PROCESSOR = new Processor(ProfileLoader.defaultProfile());
    static final FormChain CHAIN = new FormChain(ProfileLoader.defaultProfile());

    static final String[] KODE = {"5.03.02", "5.03.02.1.01", "5.03.02.1.01.01", "5.03.02.1.01.02", "5.03.02.1.02",
            "5.03.02.1.02.01"};
    /** Cumulative (s/d triwulan) realisasi kinerja, [row][tw]. */
    static final double[][] REALISASI = {{60, 70, 75, 82}, {1, 2, 3, 4}, {3, 6, 9, 12}, {2, 5, 6, 8}, {3, 3.2, 3.4, 3.6},
            {80, 85, 88, 92}};
    /** Cumulative realisasi anggaran in rupiah, [row][tw]; null for parents. */
    static final long[][] ANGGARAN = {null, null, {20_000_000, 50_000_000, 90_000_000, 115_000_000},
            {10_000_000, 30_000_000, 55_000_000, 78_000_000}, null, {40_000_000, 100_000_000, 150_000_000, 190_000_000}};

    static byte[] renja() throws Exception {
        return new ExampleBuilder(Forms.RENJA).header("Badan Kepegawaian Daerah Contoh", "5.03.0.00.0.00.01.0000", 2025, null)
                .row(Role.KODE, KODE[0], Role.URAIAN, "PROGRAM PENDUKUNG KEPEGAWAIAN", Role.INDIKATOR,
                        "Persentase ASN kompeten", Role.SATUAN, "%", Role.POLARITAS, "Positif", Role.JENIS, "Akhir",
                        Role.TARGET, 80)
                .row(Role.KODE, KODE[1], Role.URAIAN, "Perencanaan Kepegawaian", Role.INDIKATOR, "Jumlah dokumen perencanaan",
                        Role.SATUAN, "Dokumen", Role.POLARITAS, "Positif", Role.JENIS, "Kumulatif", Role.TARGET, 4)
                .row(Role.KODE, KODE[2], Role.URAIAN, "Penyusunan Laporan Kepegawaian", Role.INDIKATOR, "Jumlah laporan",
                        Role.SATUAN, "Laporan", Role.POLARITAS, "Positif", Role.JENIS, "Kumulatif", Role.TARGET, 12,
                        Role.PAGU, 120_000_000)
                .row(Role.KODE, KODE[3], Role.URAIAN, "Pembinaan Disiplin ASN", Role.INDIKATOR, "Jumlah pelanggaran disiplin",
                        Role.SATUAN, "Kasus", Role.POLARITAS, "Negatif", Role.JENIS, "Kumulatif", Role.TARGET, 10,
                        Role.PAGU, 80_000_000)
                .row(Role.KODE, KODE[4], Role.URAIAN, "Pelayanan Administrasi Kepegawaian", Role.INDIKATOR,
                        "Indeks kepuasan layanan", Role.SATUAN, "Indeks", Role.POLARITAS, "Positif", Role.JENIS, "Akhir",
                        Role.TARGET, 3.5)
                .row(Role.KODE, KODE[5], Role.URAIAN, "Layanan Kenaikan Pangkat", Role.INDIKATOR,
                        "Persentase layanan tepat waktu", Role.SATUAN, "%", Role.POLARITAS, "Positif", Role.JENIS, "Akhir",
                        Role.TARGET, 90, Role.PAGU, 200_000_000)
                .bytes();
    }

    static Evaluation evaluate(byte[] workbook) throws Exception {
        return PROCESSOR.evaluate(new ByteArrayInputStream(workbook), null);
    }

    static Report report(byte[] workbook) {
        ProcessResult r = PROCESSOR.check(new ByteArrayInputStream(workbook), "x.xlsx", null);
        assertTrue(r.readable(), r.unreadableReason());
        return r.report();
    }

    static int col(SheetDefinition def, Role role) {
        List<Column> cols = def.columns();
        for (int i = 0; i < cols.size(); i++) if (cols.get(i).role() == role) return i;
        throw new IllegalArgumentException(role.name());
    }

    /** The officer's quarter: finds each row by its code and types the cumulative figures and a problem. */
    static byte[] fill(byte[] prefilled, int tw) throws Exception {
        SheetDefinition def = Forms.LAMPIRAN_REALISASI.mainSheet();
        try (XSSFWorkbook wb = Workbooks.open(prefilled); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            XSSFSheet s = wb.getSheet(def.name());
            for (Row row : s) {
                Cell k = row.getCell(col(def, Role.KODE));
                if (k == null || k.getCellType() != CellType.STRING) continue;
                int i = List.of(KODE).indexOf(k.getStringCellValue());
                if (i < 0) continue;
                row.getCell(col(def, Role.REALISASI)).setCellValue(REALISASI[i][tw - 1]);
                if (ANGGARAN[i] != null) row.getCell(col(def, Role.REALISASI_ANGGARAN)).setCellValue(ANGGARAN[i][tw - 1]);
                row.getCell(col(def, Role.PERMASALAHAN)).setCellValue("Masalah TW " + tw);
                row.getCell(col(def, Role.TARGET_TW)).setCellValue(1);
            }
            wb.write(out);
            return out.toByteArray();
        }
    }

    static void eq(String expected, Object actual) {
        assertTrue(actual instanceof BigDecimal, "expected " + expected + ", got " + actual);
        assertEquals(0, new BigDecimal(expected).compareTo((BigDecimal) actual), "expected " + expected + ", got " + actual);
    }

    @Test
    void aYearFromRenjaToMonitoring() throws Exception {
        byte[] renja = renja();
        Evaluation plan = evaluate(renja);
        FormChain.Prefilled tw1 = CHAIN.lampiranFromRenja(plan, 1);
        assertEquals("lampiran-realisasi-2025-tw1.xlsx", tw1.fileName());
        Report pre = report(tw1.workbook());
        assertEquals("lampiran-realisasi", pre.form());
        assertEquals(new Report.Header("Badan Kepegawaian Daerah Contoh", "5.03.0.00.0.00.01.0000", 2025, "TW I"), pre.header());
        assertEquals(6, pre.rows().size());
        assertEquals("Negatif", pre.rows().get(3).polaritas());
        assertEquals("10", pre.rows().get(3).target());
        eq("400000000", pre.summary().pagu());
        assertEquals("Kumulatif", pre.rows().get(3).cells().get("jenis"));

        List<byte[]> filled = new ArrayList<>();
        byte[] current = tw1.workbook();
        for (int tw = 1; tw <= 4; tw++) {
            byte[] done = fill(current, tw);
            filled.add(done);
            Evaluation ev = evaluate(done);
            if (tw < 4) {
                FormChain.Prefilled next = CHAIN.nextLampiran(ev, plan);
                assertEquals(List.of(), next.findings());
                Report carried = report(next.workbook());
                assertEquals("TW " + FormChain.ROMAN[tw], carried.header().periode());
                // The cumulative figures are the next quarter's starting point; the quarter's texts are cleared.
                assertEquals(REALISASI[2][tw - 1], ((BigDecimal) carried.rows().get(2).cells().get("realisasi")).doubleValue());
                eq(Long.toString(ANGGARAN[2][tw - 1]), carried.rows().get(2).cells().get("realisasiAnggaran"));
                assertNull(carried.rows().get(2).cells().get("permasalahan"));
                assertNull(carried.rows().get(2).cells().get("targetTw"));
                current = next.workbook();
            } else {
                assertThrows(ConvertException.class, () -> CHAIN.nextLampiran(ev, plan));
            }
        }
        Report q2 = report(filled.get(1));
        eq("87.23", q2.summary().capaian());
        eq("45.00", q2.summary().serapan());
        Report q4 = report(filled.get(3));
        eq("104.60", q4.summary().capaian());
        eq("95.75", q4.summary().serapan());

        List<Evaluation> quarters = new ArrayList<>();
        for (byte[] b : filled) quarters.add(evaluate(b));
        FormChain.Prefilled mon = CHAIN.monitoring(plan, quarters);
        assertEquals(List.of(), mon.findings());
        assertEquals("monitoring-capaian-2025-tw4.xlsx", mon.fileName());
        Report m = report(mon.workbook());
        assertEquals("monitoring-capaian", m.form());
        assertEquals("TW IV", m.header().periode());
        // (9)-(12) per quarter, converted from the cumulative figures.
        quarters(m, 0, "60", "70", "75", "82");
        quarters(m, 1, "1", "1", "1", "1");
        quarters(m, 2, "3", "3", "3", "3");
        quarters(m, 3, "2", "3", "1", "2");
        quarters(m, 4, "3", "3.2", "3.4", "3.6");
        quarters(m, 5, "80", "85", "88", "92");
        rupiah(m, 2, "20000000", "30000000", "40000000", "25000000");
        rupiah(m, 3, "10000000", "20000000", "25000000", "23000000");
        rupiah(m, 5, "40000000", "60000000", "50000000", "40000000");
        String[] year = {"82", "4", "12", "8", "3.6", "92"};
        String[] capaian = {"102.50", "100.00", "100.00", "120.00", "102.86", "102.22"};
        for (int i = 0; i < 6; i++) {
            eq(year[i], m.rows().get(i).extra().get("renjaRealisasiK"));
            eq(capaian[i], m.rows().get(i).capaian());
        }
        eq("95.83", m.rows().get(2).serapan());
        eq("97.50", m.rows().get(3).serapan());
        eq("95.00", m.rows().get(5).serapan());
        eq("96.50", m.rows().get(1).serapan());
        eq("95.00", m.rows().get(4).serapan());
        eq("95.75", m.rows().get(0).serapan());
        eq("383000000", m.rows().get(0).realisasiAnggaran());
        eq("400000000", m.summary().pagu());
        eq("383000000", m.summary().realisasi());
        eq("95.75", m.summary().serapan());
        eq("104.60", m.summary().capaian());
        assertEquals("Sangat Tinggi", m.summary().kategori());
        eq("8.85", m.summary().efisiensi());
        assertEquals("Efisien", m.summary().kategoriEfisiensi());
        assertEquals(0, m.summary().errors(), m.findings().toString());
    }

    private static void quarters(Report m, int row, String... values) {
        for (int tw = 1; tw <= 4; tw++) eq(values[tw - 1], m.rows().get(row).cells().get("tw" + tw + "K"));
    }

    private static void rupiah(Report m, int row, String... values) {
        for (int tw = 1; tw <= 4; tw++) eq(values[tw - 1], m.rows().get(row).cells().get("tw" + tw + "Rp"));
    }

    @Test
    void differencesFromTheRenjaAreNamed() throws Exception {
        Evaluation plan = evaluate(renja());
        byte[] lampiran = fill(CHAIN.lampiranFromRenja(plan, 2).workbook(), 2);
        SheetDefinition def = Forms.LAMPIRAN_REALISASI.mainSheet();
        byte[] changed;
        try (XSSFWorkbook wb = Workbooks.open(lampiran); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            XSSFSheet s = wb.getSheet(def.name());
            int first = capaian.write.FormFiller.dataRow(def, 0);
            s.getRow(first + 2).getCell(col(def, Role.TARGET)).setCellValue(14);          // target changed
            s.getRow(first + 3).getCell(col(def, Role.PAGU)).setCellValue(85_000_000);    // pagu changed
            s.getRow(first + 5).getCell(col(def, Role.KODE)).setCellValue("5.03.02.1.02.02"); // 02.01 removed, 02.02 added
            wb.write(out);
            changed = out.toByteArray();
        }
        List<capaian.findings.Finding> fs = CHAIN.compare(plan, evaluate(changed));
        List<String> codes = fs.stream().map(f -> f.code().name()).toList();
        assertEquals(List.of("CHAIN_TARGET_CHANGED", "CHAIN_PAGU_CHANGED", "CHAIN_ROW_ADDED", "CHAIN_ROW_REMOVED"), codes,
                fs.toString());
        assertTrue(fs.get(0).message().contains("14") && fs.get(0).message().contains("12")
                && fs.get(0).message().contains("5.03.02.1.01.01") && fs.get(0).message().contains("TW II"), fs.get(0).message());
        assertEquals(def.name(), fs.get(0).sheet());
        assertTrue(fs.get(1).message().contains("85.000.000") && fs.get(1).message().contains("80.000.000"), fs.get(1).message());
        assertTrue(fs.get(2).message().contains("5.03.02.1.02.02"), fs.get(2).message());
        assertTrue(fs.get(3).message().contains("5.03.02.1.02.01"), fs.get(3).message());
        // The Monitoring built from it carries the same findings.
        assertEquals(codes, CHAIN.monitoring(plan, List.of(evaluate(changed))).findings().stream()
                .map(f -> f.code().name()).toList());
    }

    @Test
    void wrongFormsAreRefusedInIndonesian() throws Exception {
        Evaluation plan = evaluate(renja());
        ConvertException e = assertThrows(ConvertException.class, () -> CHAIN.nextLampiran(plan, null));
        assertTrue(e.getMessage().contains("bukan Lampiran Realisasi"), e.getMessage());
        Evaluation q1 = evaluate(fill(CHAIN.lampiranFromRenja(plan, 1).workbook(), 1));
        e = assertThrows(ConvertException.class, () -> CHAIN.monitoring(plan, List.of(q1, q1)));
        assertTrue(e.getMessage().contains("dua Lampiran Realisasi triwulan I"), e.getMessage());
        assertThrows(ConvertException.class, () -> CHAIN.lampiranFromRenja(q1, 1));
        assertThrows(ConvertException.class, () -> CHAIN.lampiranFromRenja(plan, 5));
    }
}
