package capaian.consolidate.rkpd;

import capaian.process.Processor;
import capaian.rules.Profile;
import capaian.rules.ProfileLoader;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Three OPDs' Monitoring forms (RkpdTestForms: the committed example and two generated ones) into the Evaluasi terhadap
 * Hasil RKPD. Every expected figure below is computed by hand from the forms' typed figures, in the comments.
 */
class RkpdEvaluationTest {
    static final Path COMMITTED = Path.of("templates-xlsx", RkpdTemplate.FILE);
    private static Profile profile;
    private static RkpdEvaluation ev;

    @BeforeAll
    static void consolidate() throws Exception {
        profile = ProfileLoader.defaultProfile();
        ev = evaluate(profile, RkpdTestForms.write(profile, Path.of("target", "rkpd-test")));
    }

    static RkpdEvaluation evaluate(Profile profile, List<Path> files) throws Exception {
        RkpdConsolidator c = new RkpdConsolidator(new Processor(profile), null, null);
        c.addPaths(files);
        return c.finish(Instant.parse("2026-01-15T03:00:00Z"));
    }

    @Test
    void linesAreGroupedByUrusanBidangAndProgramAcrossOpds() {
        List<String> shape = ev.rows().stream().map(r -> r.kind() + " " + (r.get("kode") == null ? "" : r.get("kode"))
                + " " + (r.get("opd") == null || r.kind() == RkpdRow.Kind.PROGRAM ? "" : r.get("opd"))).map(String::trim).toList();
        assertEquals(List.of(
                "URUSAN 1", "BIDANG 1.01", "PROGRAM 1.01.02",
                "INDIKATOR_PROGRAM  Dinas Pendidikan Contoh", "KEGIATAN 1.01.02.1.01 Dinas Pendidikan Contoh",
                "SUB_KEGIATAN 1.01.02.1.01.01 Dinas Pendidikan Contoh",
                "URUSAN 5", "BIDANG 5.03", "PROGRAM 5.03.02",
                // the shared program: each OPD's indicators and kegiatan under the one program, OPDs by kode
                "INDIKATOR_PROGRAM  Badan Kepegawaian Daerah Contoh",
                "KEGIATAN 5.03.02.1.01 Badan Kepegawaian Daerah Contoh",
                "SUB_KEGIATAN 5.03.02.1.01.01 Badan Kepegawaian Daerah Contoh",
                "SUB_KEGIATAN 5.03.02.1.01.02 Badan Kepegawaian Daerah Contoh",
                "INDIKATOR_PROGRAM  Badan Pengembangan SDM Contoh",
                "KEGIATAN 5.03.02.1.02 Badan Pengembangan SDM Contoh",
                "SUB_KEGIATAN 5.03.02.1.02.01 Badan Pengembangan SDM Contoh",
                "TOTAL"), shape);
        assertEquals("Badan Kepegawaian Daerah Contoh, Badan Pengembangan SDM Contoh", line("PROGRAM", "5.03.02").get("opd"));
    }

    @Test
    void indicatorFiguresAreTheOpdsOwn() {
        // BKD program, akhir: TW 60, 70, 75 -> (13) 75; 75/80 = 93,75; RPJMD (Renstra) 75/90 = 83,33
        RkpdRow bkd = ev.rows().stream().filter(r -> r.kind() == RkpdRow.Kind.INDIKATOR_PROGRAM
                && "Badan Kepegawaian Daerah Contoh".equals(r.get("opd"))).findFirst().orElseThrow();
        assertNum("75", bkd, "realisasiK");
        assertNum("93.75", bkd, "capaianK");
        assertNum("83.33", bkd, "capaianRpjmdK");
        assertNull(bkd.get("targetRp"), "a program indicator line carries no money: the program line has the sum");
        // BKD kegiatan, kumulatif: 1+1+1+0 = 3 of 4 = 75; Renstra 12 + 3 = 15 of 20 = 75
        RkpdRow keg = line("KEGIATAN", "5.03.02.1.01");
        assertNum("3", keg, "realisasiK");
        assertNum("75", keg, "capaianK");
        assertNum("15", keg, "realisasiRpjmdK");
        assertEquals("Sedang", keg.get("predikat"));
        // BKD negatif: 2+3+1+2 = 8 against 10: (2*10-8)/10 = 120; Renstra 30+8 = 38 of 40: (80-38)/40 = 105
        RkpdRow neg = line("SUB_KEGIATAN", "5.03.02.1.01.02");
        assertNum("120", neg, "capaianK");
        assertNum("105", neg, "capaianRpjmdK");
        // its money: 40+50+30+60 = 180 million of 200 = 90 %; Renstra 300+180 = 480 of 500 = 96 %
        assertNum("180000000", neg, "realisasiRp");
        assertNum("90", neg, "capaianRp");
        assertNum("96", neg, "capaianRpjmdRp");
        // efisiensi (RULES 6, selisih): (14) K - (14) Rp = 120 - 90 = 30
        assertNum("30", neg, "efisiensi");
        // the BKD kegiatan: 75 - (260 + 180)/(300 + 200) = 75 - 88 = -13
        assertNum("-13", keg, "efisiensi");
        // BPSDM predicate, akhir: BB -> A is rank 6 / rank 5 = 120
        RkpdRow pred = line("SUB_KEGIATAN", "5.03.02.1.02.01");
        assertEquals("A", pred.get("realisasiK"));
        assertNum("120", pred, "capaianK");
        // Disdik negatif akhir kegiatan: last quarter 0,4 against 0,5: (1,0-0,4)/0,5 = 120; Renstra (0,6-0,4)/0,3 = 66,67
        RkpdRow disdik = line("KEGIATAN", "1.01.02.1.01");
        assertNum("0.4", disdik, "realisasiK");
        assertNum("120", disdik, "capaianK");
        assertNum("66.67", disdik, "capaianRpjmdK");
    }

    @Test
    void moneyAboveTheSubKegiatanIsSummedAndItsRatiosAreRatiosOfSums() {
        RkpdRow program = line("PROGRAM", "5.03.02");
        // (8) Rp: 300 + 200 (BKD) + 100 (BPSDM) million
        assertNum("600000000", program, "targetRp");
        // (13) Rp: 260 + 180 + 90 million; 530/600 = 88,33 %
        assertNum("530000000", program, "realisasiRp");
        assertNum("88.33", program, "capaianRp");
        // (9) Rp TW I: 50 + 40 + 20 million
        assertNum("110000000", program, "tw1Rp");
        // RPJMD: targets 1.000 + 500 + 500 million; realisasi (600+260) + (300+180) + (300+90) = 1.730 million: 86,50 %
        assertNum("2000000000", program, "targetRpjmdRp");
        assertNum("1730000000", program, "realisasiRpjmdRp");
        assertNum("86.5", program, "capaianRpjmdRp");
        RkpdRow total = ev.rows().get(ev.rows().size() - 1);
        // 600 million + 2.000 million; 530 + 1.500 = 2.030 million: 78,08 %
        assertNum("2600000000", total, "targetRp");
        assertNum("2030000000", total, "realisasiRp");
        assertNum("78.08", total, "capaianRp");
        // RPJMD: 2.000 + 10.000 million; 1.730 + 7.500 = 9.230 million: 76,92 %
        assertNum("12000000000", total, "targetRpjmdRp");
        assertNum("76.92", total, "capaianRpjmdRp");
    }

    @Test
    void theRegionIsConcludedOverTheOpdsConclusions() {
        // BKD: one sasaran, (93,75 + 75 + 100 + 120)/4 = 97,19; BPSDM (102,86 + 90 + 120)/3 = 104,29;
        // Disdik (101,05 + 120 + 75)/3 = 98,68; region (97,19 + 104,29 + 98,68)/3 = 100,05: Sangat Tinggi
        assertEquals(List.of("98.68", "97.19", "104.29"), ev.opds().stream().map(o -> o.capaian().toPlainString()).toList());
        assertEquals(0, new BigDecimal("100.05").compareTo(ev.capaian()));
        assertEquals("Sangat Tinggi", ev.predikat());
    }

    @Test
    void workbookHasFormulasForSumsAndRatiosWithTheReportsValues() throws Exception {
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(RkpdWriter.standard(profile).write(ev)))) {
            Sheet s = wb.getSheet(RkpdTemplate.SHEET);
            Map<String, Integer> col = columns(Files.readAllBytes(COMMITTED));
            Row program = rowOf(s, col.get("kode"), "5.03.02");
            Cell target = program.getCell(col.get("targetRp"));
            assertEquals(CellType.FORMULA, target.getCellType());
            assertTrue(target.getCellFormula().startsWith("SUM("), target.getCellFormula());
            assertEquals(600000000d, target.getNumericCellValue());
            Cell ratio = program.getCell(col.get("capaianRp"));
            assertEquals(CellType.FORMULA, ratio.getCellType());
            assertEquals(88.33, ratio.getNumericCellValue(), 1e-9);
            Row total = rowOf(s, col.get("uraian"), "JUMLAH");
            assertEquals(2030000000d, total.getCell(col.get("realisasiRp")).getNumericCellValue());
            assertEquals("Badan Pengembangan SDM Contoh", rowOf(s, col.get("kode"), "5.03.02.1.02.01").getCell(col.get("opd")).getStringCellValue());
            // footer below the lines: the region's rata-rata as AVERAGE of the OPDs' capaian, the predikat its category
            Cell rata = labelled(s, "Rata-rata capaian kinerja (%)");
            assertEquals(CellType.FORMULA, rata.getCellType());
            assertTrue(rata.getCellFormula().contains("AVERAGE('Capaian OPD'!"), rata.getCellFormula());
            assertEquals(100.05, rata.getNumericCellValue(), 1e-9);
            assertEquals("Sangat Tinggi", labelled(s, "Predikat kinerja").getStringCellValue());
            assertTrue(rata.getRowIndex() > total.getRowNum(), "the footer follows the last line");
            assertNotNull(labelled(s, "Kepala Bappeda"), "sign-off block");
            assertEquals("Dinas Pendidikan Contoh", wb.getSheet(RkpdTemplate.OPD_SHEET).getRow(4).getCell(2).getStringCellValue());
            assertEquals(98.68, wb.getSheet(RkpdTemplate.OPD_SHEET).getRow(4).getCell(3).getNumericCellValue(), 1e-9);
        }
    }

    @Test
    void committedTemplateIsWhatRkpdTemplateGenerates() throws Exception {
        try (XSSFWorkbook g = new XSSFWorkbook(new ByteArrayInputStream(RkpdTemplate.generate()));
             XSSFWorkbook c = new XSSFWorkbook(Files.newInputStream(COMMITTED))) {
            assertEquals(texts(g), texts(c), "templates-xlsx/" + RkpdTemplate.FILE + " drifted: run scripts/capaian templates");
        }
    }

    @Test
    void aRelabelledAndReorderedTemplateShapesTheOutput() throws Exception {
        byte[] edited;
        try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(COMMITTED))) {
            Sheet s = wb.getSheet(RkpdTemplate.SHEET);
            Map<String, Integer> col = columns(Files.readAllBytes(COMMITTED));
            // swap the columns of (16) Perangkat Daerah and (8) Rp, relabel (16), and retitle the sheet's heading
            int opd = col.get("opd"), rp = col.get("targetRp");
            for (int r = 4; r <= 7; r++) {
                Cell a = s.getRow(r).getCell(opd), b = s.getRow(r).getCell(rp);
                String ta = a.getStringCellValue(), tb = b.getStringCellValue();
                a.setCellValue(tb);
                b.setCellValue(ta);
            }
            s.getRow(4).getCell(rp).setCellValue("OPD Pelaksana");
            s.getRow(0).getCell(0).setCellValue("EVALUASI HASIL RKPD KABUPATEN CONTOH");
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            wb.write(out);
            edited = out.toByteArray();
        }
        Map<String, Integer> col = columns(edited);
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(new RkpdWriter(edited, profile).write(ev)))) {
            Sheet s = wb.getSheet(RkpdTemplate.SHEET);
            assertEquals("EVALUASI HASIL RKPD KABUPATEN CONTOH", s.getRow(0).getCell(0).getStringCellValue());
            assertEquals("OPD Pelaksana", s.getRow(4).getCell(col.get("opd")).getStringCellValue());
            Row sub = rowOf(s, col.get("kode"), "5.03.02.1.02.01");
            assertEquals("Badan Pengembangan SDM Contoh", sub.getCell(col.get("opd")).getStringCellValue());
            Row program = rowOf(s, col.get("kode"), "5.03.02");
            Cell target = program.getCell(col.get("targetRp"));
            assertEquals(600000000d, target.getNumericCellValue());
            String letter = org.apache.poi.ss.util.CellReference.convertNumToColString(col.get("targetRp"));
            assertTrue(target.getCellFormula().startsWith("SUM(" + letter), target.getCellFormula());
            // the ratio reads the moved (8) Rp column
            assertTrue(program.getCell(col.get("capaianRp")).getCellFormula().contains(letter + (program.getRowNum() + 1)));
        }
    }

    // ---- helpers ----

    private static RkpdRow line(String kind, String kode) {
        return ev.rows().stream().filter(r -> r.kind().name().equals(kind) && kode.equals(r.get("kode"))).findFirst().orElseThrow();
    }

    private static void assertNum(String expected, RkpdRow r, String field) {
        Object v = r.get(field);
        assertTrue(v instanceof BigDecimal, field + " is a number: " + v);
        assertEquals(0, new BigDecimal(expected).compareTo((BigDecimal) v), field + ": " + v);
    }

    /** The template's ${r.field} cells by field, as a person editing the template places them. */
    static Map<String, Integer> columns(byte[] template) throws Exception {
        Map<String, Integer> out = new HashMap<>();
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(template))) {
            for (Cell c : wb.getSheet(RkpdTemplate.SHEET).getRow(7)) {
                String t = c.getStringCellValue();
                if (t.startsWith("${r.")) out.put(t.substring(4, t.length() - 1), c.getColumnIndex());
            }
        }
        return out;
    }

    static Row rowOf(Sheet s, int col, String text) {
        for (Row r : s) {
            Cell c = r.getCell(col);
            if (c != null && c.getCellType() == CellType.STRING && text.equals(c.getStringCellValue())) return r;
        }
        throw new AssertionError("no row with " + text);
    }

    static Cell labelled(Sheet s, String label) {
        for (Row r : s) {
            for (Cell c : r) {
                if (c.getCellType() == CellType.STRING && label.equals(c.getStringCellValue())) {
                    Cell next = r.getCell(c.getColumnIndex() + 1);
                    return next != null ? next : c;
                }
            }
        }
        throw new AssertionError("no cell labelled " + label);
    }

    private static List<String> texts(XSSFWorkbook wb) {
        List<String> out = new ArrayList<>();
        for (Sheet s : wb) {
            out.add("#" + s.getSheetName());
            for (Row r : s) for (Cell c : r) out.add(c.getAddress() + "=" + c.toString());
        }
        return out;
    }
}
