package capaian.write;

import capaian.examples.ExampleBuilder;
import capaian.examples.Examples;
import capaian.form.Column;
import capaian.form.Forms;
import capaian.form.Role;
import capaian.process.ProcessResult;
import capaian.process.Processor;
import capaian.report.Report;
import capaian.rules.ProfileLoader;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.CellValue;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFFormulaEvaluator;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The write-back: formulas agree with their cached values and with the core; a second run changes nothing. */
class WriteBackTest {
    private static final List<Column> COLS = Forms.LAMPIRAN_REALISASI.mainSheet().columns();

    static int col(Role role) {
        for (int i = 0; i < COLS.size(); i++) if (COLS.get(i).role() == role) return i;
        throw new IllegalArgumentException(role.name());
    }

    /**
     * A template filled by hand-picked rows, with what each must compute (worked by hand):
     * 181,99 / 200 = 90,995 → 91,00 (Sangat Tinggi, decided on the rounded value); 101,98 / 200 = 50,99
     * (Sangat Rendah); negatif (2×10 − 6,23)/10 = 137,70; A of BB = 120; target 0; "2 Dokumen" of "4 Dokumen".
     */
    static byte[] filledTemplate() throws IOException {
        return new ExampleBuilder(Forms.LAMPIRAN_REALISASI)
                .header("Dinas Uji", "1.01.0.00.0.00.01.0000", 2025, "II")
                .row(Role.KODE, "1.01.02", Role.URAIAN, "PROGRAM UJI", Role.INDIKATOR, "Indeks uji", Role.SATUAN, "%",
                        Role.TARGET, 200, Role.REALISASI, 181.99)
                .row(Role.KODE, "1.01.02.1.01", Role.URAIAN, "Kegiatan uji", Role.INDIKATOR, "Persen uji",
                        Role.TARGET, 200, Role.REALISASI, 101.98)
                .row(Role.KODE, "1.01.02.1.01.01", Role.URAIAN, "Sub uji negatif", Role.INDIKATOR, "Angka pelanggaran",
                        Role.POLARITAS, "Negatif", Role.TARGET, 10, Role.REALISASI, 6.23, Role.PAGU, 1_000_000,
                        Role.REALISASI_ANGGARAN, 900_000)
                .row(Role.KODE, "1.01.02.1.01.02", Role.URAIAN, "Sub uji predikat", Role.INDIKATOR, "Nilai SAKIP",
                        Role.TARGET, "BB", Role.REALISASI, "A", Role.PAGU, 3_000_000, Role.REALISASI_ANGGARAN, 2_999_999)
                .row(Role.KODE, "1.01.02.1.01.03", Role.URAIAN, "Sub uji target nol", Role.INDIKATOR, "Jumlah",
                        Role.TARGET, 0, Role.REALISASI, 3, Role.PAGU, 500_000, Role.REALISASI_ANGGARAN, "-")
                .row(Role.KODE, "1.01.02.1.01.04", Role.URAIAN, "Sub uji satuan", Role.INDIKATOR, "Jumlah dokumen",
                        Role.SATUAN, "Dokumen", Role.TARGET, "4 Dokumen", Role.REALISASI, "2 Dokumen",
                        Role.PAGU, 2_000_000, Role.REALISASI_ANGGARAN, 1_000_000)
                .bytes();
    }

    @Test
    void filledTemplateComputesTheHandFigures() throws IOException {
        ProcessResult r = new Processor(ProfileLoader.defaultProfile())
                .process(new ByteArrayInputStream(filledTemplate()), "uji.xlsx", null);
        List<Report.Row> rows = r.report().rows();
        assertEquals(new BigDecimal("91.00"), rows.get(0).capaian());
        assertEquals("Sangat Tinggi", rows.get(0).kategori());
        assertEquals(new BigDecimal("50.99"), rows.get(1).capaian());
        assertEquals("Sangat Rendah", rows.get(1).kategori());
        assertEquals(new BigDecimal("137.70"), rows.get(2).capaian());
        assertEquals(new BigDecimal("90.00"), rows.get(2).serapan());
        assertEquals(new BigDecimal("47.70"), rows.get(2).efisiensi());
        assertEquals(new BigDecimal("120.00"), rows.get(3).capaian());
        assertEquals(null, rows.get(4).capaian());
        assertEquals(new BigDecimal("0.00"), rows.get(4).serapan());
        assertEquals(new BigDecimal("50.00"), rows.get(5).capaian());
        // the kegiatan's and program's money: 1.000.000 + 3.000.000 + 500.000 + 2.000.000
        assertEquals(new BigDecimal("6500000"), rows.get(1).pagu());
        assertEquals(new BigDecimal("4899999"), rows.get(0).realisasiAnggaran());
        assertEquals(new BigDecimal("75.38"), rows.get(0).serapan());
        assertTrue(r.report().findings().stream().anyMatch(f -> f.code().equals("TARGET_ZERO") && f.cell().equals("I" + rows.get(4).row())));
        // every computed cell of the result holds the core's value as its cached value
        try (XSSFWorkbook wb = Workbooks.open(r.workbook())) {
            Sheet sheet = wb.getSheet("Realisasi");
            for (Report.Row row : rows) {
                Row x = sheet.getRow(row.row() - 1);
                assertCell(x.getCell(col(Role.CAPAIAN)), row.capaian());
                assertCell(x.getCell(col(Role.SERAPAN)), row.serapan());
                assertCell(x.getCell(col(Role.SISA)), row.sisa());
                assertCell(x.getCell(col(Role.EFISIENSI)), row.efisiensi());
                Cell k = x.getCell(col(Role.KATEGORI));
                String kat = k.getCellType() == CellType.FORMULA ? (String) Workbooks.cached(k) : k.getStringCellValue();
                assertEquals(row.kategori() == null ? "" : row.kategori(), kat, "row " + row.row());
            }
            assertEquals(CellType.FORMULA, sheet.getRow(rows.get(0).row() - 1).getCell(col(Role.CAPAIAN)).getCellType());
            // "2 Dokumen" is text: its capaian is written as a value, not a formula that would fail
            assertEquals(CellType.NUMERIC, sheet.getRow(rows.get(5).row() - 1).getCell(col(Role.CAPAIAN)).getCellType());
        }
    }

    private static void assertCell(Cell c, BigDecimal expected) {
        if (expected == null) {
            assertTrue(c == null || c.getCellType() == CellType.BLANK
                    || (c.getCellType() == CellType.FORMULA && "".equals(Workbooks.cached(c))), "blank at " + c);
            return;
        }
        assertNotNull(c);
        double v = c.getCellType() == CellType.FORMULA ? (Double) Workbooks.cached(c) : c.getNumericCellValue();
        assertEquals(expected.doubleValue(), v, 1e-9, "at " + c.getAddress());
    }

    /** POI's own formula engine recomputes every formula we wrote and gets our cached value. */
    @ParameterizedTest
    @ValueSource(strings = {ExampleBuilder.SEED003, ExampleBuilder.SEED002, ExampleBuilder.SEED000,
            ExampleBuilder.RENJA, ExampleBuilder.MONITORING, ExampleBuilder.INDEKS})
    void formulasRecomputeToTheirCachedValues(String example) {
        ProcessResult r = Examples.process(example);
        try (XSSFWorkbook wb = Workbooks.open(r.workbook())) {
            XSSFFormulaEvaluator eval = wb.getCreationHelper().createFormulaEvaluator();
            List<String> wrong = new ArrayList<>();
            int formulas = 0;
            for (Sheet s : wb) {
                for (Row row : s) {
                    for (Cell c : row) {
                        if (c.getCellType() != CellType.FORMULA) continue;
                        formulas++;
                        Object cached = Workbooks.cached(c);
                        CellValue v = eval.evaluate(c);
                        Object fresh = switch (v.getCellType()) {
                            case NUMERIC -> v.getNumberValue();
                            case STRING -> v.getStringValue();
                            default -> v.formatAsString();
                        };
                        boolean same = cached instanceof Double a && fresh instanceof Double b
                                ? Math.abs(a - b) < 1e-6 : String.valueOf(cached).equals(String.valueOf(fresh));
                        if (!same) wrong.add(s.getSheetName() + "!" + c.getAddress() + " =" + c.getCellFormula()
                                + " cached " + cached + " recomputed " + fresh);
                    }
                }
            }
            assertTrue(formulas > 10, "only " + formulas + " formulas");
            assertTrue(wrong.isEmpty(), String.join("\n", wrong));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Processing a result again gives the same workbook: no duplicated sheets, comments, fills or styles. */
    @ParameterizedTest
    @ValueSource(strings = {ExampleBuilder.SEED000, ExampleBuilder.SEED002, ExampleBuilder.MONITORING})
    void secondRunChangesNothing(String example) throws IOException {
        ProcessResult first = Examples.process(example);
        ProcessResult second = new Processor(ProfileLoader.defaultProfile())
                .process(new ByteArrayInputStream(first.workbook()), example, null);
        try (XSSFWorkbook a = Workbooks.open(first.workbook()); XSSFWorkbook b = Workbooks.open(second.workbook())) {
            assertEquals(a.getNumberOfSheets(), b.getNumberOfSheets());
            assertEquals(a.getNumCellStyles(), b.getNumCellStyles());
            assertEquals(Workbooks.dump(a), Workbooks.dump(b));
        }
        assertEquals(first.report().summary(), second.report().summary());
        assertEquals(first.report().findings(), second.report().findings());
    }

    /**
     * The Indeks example's first run replaces a typed percentage (87,71) by its formula, so the first result
     * differs from the upload; from then on processing changes nothing.
     */
    @Test
    void indeksResultIsStableFromTheFirstRun() throws IOException {
        Processor p = new Processor(ProfileLoader.defaultProfile());
        ProcessResult first = Examples.process(ExampleBuilder.INDEKS);
        ProcessResult second = p.process(new ByteArrayInputStream(first.workbook()), "a.xlsx", null);
        ProcessResult third = p.process(new ByteArrayInputStream(second.workbook()), "a.xlsx", null);
        assertEquals(first.report().findings().size() - 1, second.report().findings().size());
        try (XSSFWorkbook a = Workbooks.open(second.workbook()); XSSFWorkbook b = Workbooks.open(third.workbook())) {
            assertEquals(a.getNumCellStyles(), b.getNumCellStyles());
            assertEquals(Workbooks.dump(a), Workbooks.dump(b));
        }
        assertEquals(second.report().findings(), third.report().findings());
    }
}
