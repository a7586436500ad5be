package capaian.realclients;

import capaian.examples.ExampleBuilder;
import capaian.form.FormDefinition;
import capaian.form.Forms;
import capaian.process.ProcessResult;
import capaian.process.Processor;
import capaian.report.Report;
import capaian.rules.ProfileLoader;
import capaian.write.TemplateWriter;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The Monitoring and Lampiran forms print ready to sign: a sign-off block below the table whose cells show what the
 * OPD typed once in the sign-off header fields (G3:G5 labels, I3:I5 values), kept by Capaian's result and
 * recalculated by LibreOffice to the typed text.
 */
class SignOffBlockTest {
    private static final Path WORK = Path.of("target", "lo-signoff");
    private static final String PLACE = "Bandung, 10 April 2026";
    private static final String NAME = "Dr. Siti Rahmawati, M.Si.";
    private static final String NIP = "197504122000032003";

    private final TemplateWriter templates = new TemplateWriter(ProfileLoader.defaultProfile());
    private final Processor processor = new Processor(ProfileLoader.defaultProfile());

    /** Where the block is in a sheet: its title row and, by formula, the three cells fed from the header (0-based). */
    private record Block(int titleRow, Cell place, Cell name, Cell nip, boolean dievaluasi, boolean kepalaBappeda) {}

    @Test
    void templatesCarryTheBlockWithFormulasOnTheHeaderFields() throws IOException {
        for (FormDefinition form : List.of(Forms.MONITORING_CAPAIAN, Forms.LAMPIRAN_REALISASI)) {
            try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(templates.write(form)))) {
                Sheet s = wb.getSheet(form.mainSheet().name());
                assertEquals("Tempat dan tanggal", s.getRow(2).getCell(6).getStringCellValue());
                assertEquals("Nama Kepala Perangkat Daerah", s.getRow(3).getCell(6).getStringCellValue());
                assertEquals("NIP Kepala Perangkat Daerah", s.getRow(4).getCell(6).getStringCellValue());
                assertFalse(s.getRow(2).getCell(8).getCellStyle().getLocked(), "the place is typed: unlocked");
                Block b = block(s);
                int tableEnd = TemplateWriter.headerRowIndex(form.mainSheet()) + TemplateWriter.DATA_ROWS;
                assertTrue(b.titleRow() > tableEnd + form.mainSheet().footer().size(), form.id() + ": block below table and footer");
                assertEquals("IF($I$3=\"\",\"\",$I$3)", b.place().getCellFormula());
                assertEquals("IF($I$4=\"\",\"\",$I$4)", b.name().getCellFormula());
                assertEquals("IF($I$5=\"\",\"\",\"NIP \"&$I$5)", b.nip().getCellFormula());
                boolean monitoring = form == Forms.MONITORING_CAPAIAN;
                assertEquals(monitoring, b.dievaluasi(), form.id() + ": Dievaluasi side only on Monitoring");
                assertEquals(monitoring, b.kepalaBappeda(), form.id() + ": Kepala Bappeda only on Monitoring");
                // Printed at the end: the print area reaches the block's last line, landscape, one page wide.
                String area = wb.getPrintArea(wb.getSheetIndex(s));
                assertNotNull(area, form.id() + ": print area");
                CellRangeAddress range = CellRangeAddress.valueOf(area.substring(area.indexOf('!') + 1));
                assertEquals(b.nip().getRowIndex(), range.getLastRow(), form.id() + ": print area ends with the NIP line");
                assertTrue(s.getPrintSetup().getLandscape());
                assertEquals(1, s.getPrintSetup().getFitWidth());
            }
        }
    }

    @Test
    void processedFormKeepsTheBlockAndLibreOfficeShowsTheTypedNameAndNip() throws Exception {
        Optional<Soffice> lo = Soffice.forTest(WORK);
        Assumptions.assumeTrue(lo.isPresent(), "LibreOffice not installed");
        Path in = Files.createDirectories(WORK.resolve("in"));
        Path out = WORK.resolve("out");
        byte[] monitoring = ExampleBuilder.monitoring();
        byte[] lampiran = ExampleBuilder.seed000();
        Path m = result(monitoring, Forms.MONITORING_CAPAIAN, in.resolve("monitoring.xlsx"));
        Path l = result(lampiran, Forms.LAMPIRAN_REALISASI, in.resolve("lampiran.xlsx"));
        try (Soffice soffice = lo.get()) {
            soffice.convert(List.of(m, l), out);
        }
        for (Path p : List.of(m, l)) {
            try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(Soffice.output(out, p, "xlsx")))) {
                Block b = block(wb.getSheetAt(0));
                assertEquals(PLACE, b.place().getStringCellValue(), p + " place");
                assertEquals(NAME, b.name().getStringCellValue(), p + " name");
                assertEquals("NIP " + NIP, b.nip().getStringCellValue(), p + " NIP");
            }
        }
    }

    /** Types the sign-off fields into a filled form, processes it, checks the result kept the block; the result's file. */
    private Path result(byte[] filled, FormDefinition form, Path file) throws IOException {
        byte[] typed;
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(filled)); ByteArrayOutputStream o = new ByteArrayOutputStream()) {
            Sheet s = wb.getSheet(form.mainSheet().name());
            s.getRow(2).getCell(8).setCellValue(PLACE);
            s.getRow(3).getCell(8).setCellValue(NAME);
            s.getRow(4).getCell(8).setCellValue(NIP);
            wb.write(o);
            typed = o.toByteArray();
        }
        ProcessResult before = processor.process(new ByteArrayInputStream(filled), form.file(), form.id());
        ProcessResult after = processor.process(new ByteArrayInputStream(typed), form.file(), form.id());
        assertTrue(after.readable(), after.unreadableReason());
        // The sign-off fields and the block add nothing to what is read: same rows, same findings.
        assertEquals(before.report().rows().size(), after.report().rows().size());
        assertEquals(before.report().findings(), after.report().findings());
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(after.workbook()))) {
            Block b = block(wb.getSheet(form.mainSheet().name()));
            for (Report.Row r : after.report().rows()) {
                assertTrue(r.row() < b.titleRow() + 1, "row " + r.row() + " read from the sign-off block");
            }
            assertEquals("IF($I$4=\"\",\"\",$I$4)", b.name().getCellFormula(), "result keeps the block's formulas");
        }
        Files.write(file, after.workbook());
        return file;
    }

    private static Block block(Sheet s) {
        int title = -1;
        Cell place = null, name = null, nip = null;
        boolean dievaluasi = false, bappeda = false;
        for (Row row : s) {
            for (Cell c : row) {
                if (c.getCellType() == CellType.STRING && c.getStringCellValue().equals("Pengesahan")) title = row.getRowNum();
                if (title < 0) continue;
                if (c.getCellType() == CellType.STRING && c.getStringCellValue().equals("Dievaluasi,")) dievaluasi = true;
                if (c.getCellType() == CellType.STRING && c.getStringCellValue().equals("Kepala Bappeda")) bappeda = true;
                if (c.getCellType() != CellType.FORMULA) continue;
                String f = c.getCellFormula();
                if (f.contains("$I$3")) place = c;
                if (f.contains("$I$4")) name = c;
                if (f.contains("$I$5")) nip = c;
            }
        }
        assertTrue(title >= 0, s.getSheetName() + ": no sign-off block");
        assertNotNull(place, "place and date formula");
        assertNotNull(name, "name formula");
        assertNotNull(nip, "NIP formula");
        return new Block(title, place, name, nip, dievaluasi, bappeda);
    }
}
