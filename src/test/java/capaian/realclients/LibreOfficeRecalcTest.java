package capaian.realclients;

import capaian.form.FormDefinition;
import capaian.form.Forms;
import capaian.process.ProcessResult;
import capaian.process.Processor;
import capaian.rules.ProfileLoader;
import capaian.write.TemplateWriter;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * Proves that a real spreadsheet program recomputes exactly the values we cache: every template and every
 * example workbook (processed by {@link Processor}) is recalculated by LibreOffice, and each formula cell's
 * cached value in our file must equal LibreOffice's. All files go through one soffice call.
 */
class LibreOfficeRecalcTest {
    private static final Path WORK = Path.of("target", "lo");
    private static final Path IN = WORK.resolve("in");
    private static final Path OUT = WORK.resolve("out");
    private static final String CONTROL = "control.xlsx";
    /** Added to one cached value in the control file: a number no formula of ours gives there. */
    private static final double WRONG_BY = 12345.678;

    /** A workbook given to LibreOffice; every one but the control must match it. */
    private record Input(String name, String description, boolean mustHaveFormulas) {}

    private static final List<Input> FILES = new ArrayList<>();
    /** Our result of each example read back, to compare with what we read from LibreOffice's copy. */
    private static final java.util.Map<String, capaian.report.Report> REPORTS = new java.util.LinkedHashMap<>();
    private static Soffice soffice;
    private static String controlCell;
    private static double controlTrue;

    @BeforeAll
    static void recalculateEverything() throws Exception {
        var executable = Soffice.locate();
        if (executable.isEmpty()) {
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                fail("LibreOffice (soffice) is not installed, and CI=true: the CI machine must have it. "
                        + "Run scripts/test as root, which installs libreoffice-calc-nogui.");
            }
            return; // each test is skipped, and counted as such, by needLibreOffice
        }
        soffice = new Soffice(executable.get(), WORK);
        for (Path dir : List.of(IN, OUT)) clear(dir);
        Files.createDirectories(IN);
        prepareInputs();
        long start = System.nanoTime();
        soffice.convert(FILES.stream().map(f -> IN.resolve(f.name())).toList(), OUT);
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf("LibreOffice recalculated %d workbooks in one soffice run: %.1f s%n", FILES.size(), seconds);
    }

    @BeforeEach
    void needLibreOffice() {
        Assumptions.assumeTrue(soffice != null,
                "LibreOffice not installed: run scripts/test as root to install libreoffice-calc-nogui");
    }

    @AfterAll
    static void removeProfile() throws IOException {
        if (soffice != null) soffice.close();
    }

    @TestFactory
    Stream<DynamicTest> libreOfficeComputesOurCachedValues() {
        return FILES.stream().filter(f -> !f.name().equals(CONTROL)).map(f -> DynamicTest.dynamicTest(
                f.description(), () -> {
                    RecalcComparison c = RecalcComparison.of(IN.resolve(f.name()), OUT.resolve(f.name()));
                    System.out.printf("%s: %d formula cells compared (%d not empty), %d differ%n", f.description(),
                            c.compared(), c.withValue(), c.mismatches().size());
                    if (f.mustHaveFormulas()) {
                        assertTrue(c.compared() > 0, f.description() + ": no formula cells, nothing was compared");
                        assertTrue(c.withValue() > 0, f.description() + ": every formula cell is empty, nothing computed");
                    }
                    assertTrue(c.mismatches().isEmpty(), f.description() + ": " + c.describe());
                }));
    }

    /** A workbook saved by LibreOffice reads back to the same figures and findings (RULES: read LibreOffice's files). */
    @TestFactory
    Stream<DynamicTest> workbooksSavedByLibreOfficeReadTheSame() {
        Processor processor = new Processor(ProfileLoader.defaultProfile());
        return REPORTS.entrySet().stream().map(e -> DynamicTest.dynamicTest(e.getKey(), () -> {
            ProcessResult again;
            try (InputStream in = Files.newInputStream(OUT.resolve(e.getKey()))) {
                again = processor.check(in, e.getKey(), null);
            }
            assertTrue(again.readable(), again.unreadableReason());
            assertEquals(e.getValue().summary(), again.report().summary());
            assertEquals(e.getValue().findings(), again.report().findings());
        }));
    }

    /** The comparison really compares: one wrong cached value is found, and only that one. */
    @Test
    void aWrongCachedValueIsCaught() throws IOException {
        RecalcComparison c = RecalcComparison.of(IN.resolve(CONTROL), OUT.resolve(CONTROL));
        assertEquals(1, c.mismatches().size(), c.describe());
        RecalcComparison.Mismatch m = c.mismatches().get(0);
        assertEquals(controlCell, "'" + m.sheet() + "'!" + m.cell());
        assertEquals(controlTrue + WRONG_BY, m.ours().number(), 1e-9);
        assertEquals(controlTrue, m.theirs().number(), 1e-6);
    }

    private static void prepareInputs() throws IOException {
        Processor processor = new Processor(ProfileLoader.defaultProfile());
        TemplateWriter templates = new TemplateWriter(ProfileLoader.defaultProfile());
        for (FormDefinition form : Forms.all()) {
            byte[] template = templates.write(form);
            // Renja's computed columns need filled rows, so its template may rightly hold no formula.
            add("template-" + form.id() + ".xlsx", "template " + form.id() + " as generated", template, false);
            ProcessResult r = processor.process(new ByteArrayInputStream(template), form.file(), form.id());
            if (r.readable()) {
                add("template-" + form.id() + "-processed.xlsx", "template " + form.id() + " processed", r.workbook(), false);
            }
        }
        for (Path committed : list(Path.of("templates-xlsx"))) {
            add("committed-" + committed.getFileName(), "templates-xlsx/" + committed.getFileName(),
                    Files.readAllBytes(committed), false);
        }
        List<Path> examples = list(Path.of("examples"));
        assertFalse(examples.isEmpty(), "no examples/*.xlsx to process");
        byte[] first = null;
        for (Path example : examples) {
            ProcessResult r;
            try (InputStream in = Files.newInputStream(example)) {
                r = processor.process(in, example.getFileName().toString(), null);
            }
            assertTrue(r.readable(), example + " unreadable: " + r.unreadableReason());
            assertNotNull(r.workbook(), example + ": no result workbook");
            add("example-" + example.getFileName(), "examples/" + example.getFileName() + " processed", r.workbook(), true);
            // What our own result reads as: a first run may correct typed values (a mis-stated percentage
            // replaced by its formula), so the upload's report is not the one LibreOffice's copy must match.
            REPORTS.put("example-" + example.getFileName(),
                    processor.check(new ByteArrayInputStream(r.workbook()), example.getFileName().toString(), null).report());
            if (first == null) first = r.workbook();
        }
        add(CONTROL, "negative control", corruptOneCachedValue(first), true);
    }

    /** A copy with one numeric formula cell's cached value made wrong, its formula kept. */
    private static byte[] corruptOneCachedValue(byte[] workbook) throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(workbook));
             ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            for (Sheet sheet : wb) {
                for (Row row : sheet) {
                    for (Cell cell : row) {
                        if (cell.getCellType() == CellType.FORMULA && cell.getCachedFormulaResultType() == CellType.NUMERIC) {
                            controlTrue = cell.getNumericCellValue();
                            controlCell = "'" + sheet.getSheetName() + "'!" + cell.getAddress().formatAsString();
                            cell.setCellValue(controlTrue + WRONG_BY);
                            wb.write(out);
                            return out.toByteArray();
                        }
                    }
                }
            }
        }
        throw new IllegalStateException("the first example has no numeric formula cell to corrupt");
    }

    private static void add(String name, String description, byte[] bytes, boolean mustHaveFormulas) throws IOException {
        Files.write(IN.resolve(name), bytes);
        FILES.add(new Input(name, description, mustHaveFormulas));
    }

    private static List<Path> list(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) return List.of();
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> p.getFileName().toString().endsWith(".xlsx")).sorted().toList();
        }
    }

    private static void clear(Path dir) throws IOException {
        for (Path p : list(dir)) Files.delete(p);
    }
}
