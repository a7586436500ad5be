package capaian.realclients;

import capaian.consolidate.rkpd.RkpdConsolidator;
import capaian.consolidate.rkpd.RkpdEvaluation;
import capaian.consolidate.rkpd.RkpdWriter;
import capaian.process.Processor;
import capaian.rules.Profile;
import capaian.rules.ProfileLoader;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * LibreOffice recalculates the RKPD evaluation's formulas (sums, ratios, the region's rata-rata and predikat) to
 * the values cached in it, which are the evaluation's own.
 */
class RkpdLibreOfficeTest {
    private static final Path WORK = Path.of("target", "lo-rkpd");

    @Test
    void libreOfficeRecalculatesTheCachedValues() throws Exception {
        var soffice = Soffice.forTest(WORK);
        Assumptions.assumeTrue(soffice.isPresent(), "LibreOffice not installed");
        Profile profile = ProfileLoader.defaultProfile();
        List<Path> files = capaian.consolidate.rkpd.RkpdTestForms.write(profile, WORK.resolve("opd"));
        RkpdConsolidator c = new RkpdConsolidator(new Processor(profile), null, null);
        c.addPaths(files);
        RkpdEvaluation ev = c.finish(Instant.now());
        Path in = Files.createDirectories(WORK.resolve("in")).resolve("evaluasi-rkpd.xlsx");
        Files.write(in, RkpdWriter.standard(profile).write(ev));
        Path out = WORK.resolve("out");
        try (Soffice s = soffice.get()) {
            s.convert(List.of(in), out);
        }
        int formulas = 0;
        try (InputStream a = Files.newInputStream(in); InputStream b = Files.newInputStream(out.resolve("evaluasi-rkpd.xlsx"));
             XSSFWorkbook ours = new XSSFWorkbook(a); XSSFWorkbook lo = new XSSFWorkbook(b)) {
            for (Sheet s : ours) {
                for (Row r : s) {
                    for (Cell cell : r) {
                        if (cell.getCellType() != CellType.FORMULA) continue;
                        formulas++;
                        Cell theirs = lo.getSheet(s.getSheetName()).getRow(r.getRowNum()).getCell(cell.getColumnIndex());
                        String where = s.getSheetName() + "!" + cell.getAddress() + " " + cell.getCellFormula();
                        if (cell.getCachedFormulaResultType() == CellType.NUMERIC) {
                            assertEquals(cell.getNumericCellValue(), theirs.getNumericCellValue(), 1e-9, where);
                        } else {
                            assertEquals(cell.getStringCellValue(), theirs.getStringCellValue(), where);
                        }
                    }
                }
            }
        }
        // 7 summing lines x 9 money columns (less empty ones) + ratios + footer: far more than a handful
        assertTrue(formulas > 60, "formulas checked: " + formulas);
        System.out.println("RKPD evaluation: " + formulas + " formula cells recalculated by LibreOffice to the cached values");
    }
}
