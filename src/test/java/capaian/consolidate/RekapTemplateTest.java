package capaian.consolidate;

import capaian.process.Processor;
import capaian.rules.ProfileLoader;
import capaian.write.Workbooks;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The rekap's layout comes from templates-xlsx/rekap-bappeda.xlsx at render time, and that file is what its generator makes. */
class RekapTemplateTest {
    static final Path COMMITTED = Path.of("templates-xlsx", RekapTemplate.FILE);

    @Test
    void committedTemplateMatchesItsGenerator() throws IOException {
        try (XSSFWorkbook g = Workbooks.open(RekapTemplate.generate()); XSSFWorkbook c = Workbooks.open(Files.readAllBytes(COMMITTED))) {
            assertEquals(Workbooks.dump(g), Workbooks.dump(c),
                    "templates-xlsx/" + RekapTemplate.FILE + " drifted from RekapTemplate: run scripts/capaian templates");
        }
    }

    @Test
    void aRelabelledAndReorderedTemplateShapesTheRekap(@TempDir Path dir) throws IOException {
        byte[] edited;
        try (XSSFWorkbook wb = Workbooks.open(Files.readAllBytes(COMMITTED))) {
            XSSFSheet s = wb.getSheet("Rekap OPD");
            cell(s, "Pagu (Rp)").setCellValue("Pagu DPA (Rp)");
            // Swap the Serapan and Capaian columns, header and data cell: the chart must follow them.
            Cell serapanHead = cell(s, "Serapan (%)");
            Cell capaianHead = cell(s, "Rata-rata Capaian (%)");
            serapanHead.setCellValue("Rata-rata Capaian (%)");
            capaianHead.setCellValue("Serapan (%)");
            Cell serapanData = cell(s, "${o.serapan}");
            Cell capaianData = cell(s, "${o.capaian}");
            serapanData.setCellValue("${o.capaian}");
            capaianData.setCellValue("${o.serapan}");
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            wb.write(out);
            edited = out.toByteArray();
        }
        Files.write(dir.resolve("a.xlsx"), OpdWorkbooks.lampiran("Dinas A", "1.01.0.00.0.00.01.0000", 2025, "II", 3, 1).bytes());
        Consolidator c = new Consolidator(new Processor(ProfileLoader.defaultProfile()), Selection.any());
        Inputs.addPaths(c, List.of(dir));
        Rekap rekap = c.finish(OpdList.empty(), Instant.now());
        try (XSSFWorkbook wb = Workbooks.open(new RekapWriter(edited).write(rekap))) {
            XSSFSheet s = wb.getSheet("Rekap OPD");
            Cell head = cell(s, "Pagu DPA (Rp)");
            Cell capaianHead = cell(s, "Rata-rata Capaian (%)");
            Row data = s.getRow(head.getRowIndex() + 1);
            assertEquals(rekap.opds().get(0).pagu().doubleValue(), data.getCell(head.getColumnIndex()).getNumericCellValue());
            assertEquals(rekap.opds().get(0).capaian().doubleValue(), data.getCell(capaianHead.getColumnIndex()).getNumericCellValue());
            var series = wb.getSheet("Grafik").getDrawingPatriarch().getCharts().get(0).getChartSeries().get(0).getSeries(0);
            assertTrue(series.getValuesData().getDataRangeReference().contains("$" + (char) ('A' + capaianHead.getColumnIndex()) + "$"),
                    series.getValuesData().getDataRangeReference());
        }
    }

    static Cell cell(XSSFSheet s, String text) {
        for (Row r : s) for (Cell c : r) if (c.getCellType() == CellType.STRING && c.getStringCellValue().equals(text)) return c;
        throw new AssertionError("no cell " + text + " on " + s.getSheetName());
    }
}
