package capaian.realclients;

import capaian.consolidate.ConsolidationFixtures;
import capaian.consolidate.Rekap;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/** The rekap opens in LibreOffice with its chart and its numbers: converted by soffice, read back with POI. */
class RekapLibreOfficeTest {
    private static final Path WORK = Path.of("target", "lo-rekap");

    @Test
    void rekapSurvivesLibreOfficeWithItsChartAndNumbers() throws Exception {
        var executable = Soffice.locate();
        if (executable.isEmpty() && "true".equalsIgnoreCase(System.getenv("CI"))) {
            fail("LibreOffice (soffice) is not installed, and CI=true: the CI machine must have it.");
        }
        Assumptions.assumeTrue(executable.isPresent(), "LibreOffice not installed");
        Path in = Files.createDirectories(WORK.resolve("in"));
        Path out = WORK.resolve("out");
        Rekap rekap = ConsolidationFixtures.threeOpds(Files.createDirectories(WORK.resolve("opd")));
        Files.write(in.resolve("rekap.xlsx"), ConsolidationFixtures.write(rekap));
        try (Soffice soffice = new Soffice(executable.get(), WORK)) {
            soffice.convert(List.of(in.resolve("rekap.xlsx")), out);
        }
        try (InputStream is = Files.newInputStream(out.resolve("rekap.xlsx")); XSSFWorkbook wb = new XSSFWorkbook(is)) {
            XSSFSheet opd = wb.getSheet("Rekap OPD");
            assertNotNull(opd, "Rekap OPD sheet");
            Row total = null;
            for (Row r : opd) for (Cell c : r) if (c.getCellType() == CellType.STRING && c.getStringCellValue().equals("JUMLAH")) total = r;
            assertNotNull(total, "total row");
            assertEquals(rekap.total().pagu().doubleValue(), total.getCell(6).getNumericCellValue());
            assertEquals(rekap.total().realisasi().doubleValue(), total.getCell(7).getNumericCellValue());
            assertEquals(rekap.total().serapan().doubleValue(), total.getCell(8).getNumericCellValue());
            assertEquals(rekap.total().capaian().doubleValue(), total.getCell(9).getNumericCellValue());
            var drawing = wb.getSheet("Grafik").getDrawingPatriarch();
            assertNotNull(drawing, "Grafik keeps its drawing");
            assertEquals(1, drawing.getCharts().size(), "the chart survives");
            assertTrue(drawing.getCharts().get(0).getChartSeries().get(0).getSeriesCount() >= 2, "capaian and serapan series");
            int detailRows = rekap.entries().stream().filter(e -> e.readable()).mapToInt(e -> e.report().rows().size()).sum();
            assertEquals(detailRows, wb.getSheet("Detail").getLastRowNum());
        }
    }
}
