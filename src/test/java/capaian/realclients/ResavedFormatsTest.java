package capaian.realclients;

import capaian.examples.ExampleBuilder;
import capaian.examples.Examples;
import capaian.process.ProcessResult;
import capaian.process.Processor;
import capaian.report.Report;
import capaian.rules.ProfileLoader;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * A workbook re-saved by LibreOffice as installed (no forced recalculation, as a user's copy), as .xls and as
 * .xlsx, is read as the original: the same findings on the same cells (no COMPUTED_MISMATCH from the cached
 * values LibreOffice stores: it writes a shared formula's text result as 0 in an .xls) and the same figures.
 * Both the clean examples and Capaian's own results of them.
 */
class ResavedFormatsTest {
    private static final Path WORK = Path.of("target", "lo-resaved");
    private static final Processor PROCESSOR = new Processor(ProfileLoader.defaultProfile());
    private static final List<String> EXAMPLES = List.of(ExampleBuilder.SEED003, ExampleBuilder.SEED002,
            ExampleBuilder.SEED000, ExampleBuilder.RENJA, ExampleBuilder.MONITORING, ExampleBuilder.INDEKS);
    private static boolean converted;

    @BeforeAll
    static void resaveEverything() throws Exception {
        var executable = Soffice.locate();
        if (executable.isEmpty()) {
            if ("true".equalsIgnoreCase(System.getenv("CI"))) fail("LibreOffice (soffice) is not installed, and CI=true");
            return;
        }
        Path in = WORK.resolve("in");
        Files.createDirectories(in);
        List<Path> inputs = new ArrayList<>();
        for (String example : EXAMPLES) {
            Path original = in.resolve(example);
            Files.copy(Examples.DIR.resolve(example), original, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            inputs.add(original);
            Path result = in.resolve("hasil-" + example);
            ProcessResult r = process(original);
            Files.write(result, r.workbook());
            inputs.add(result);
        }
        try (Soffice soffice = new Soffice(executable.get(), WORK, false)) {
            soffice.convert(inputs, WORK.resolve("xls"), "xls");
            soffice.convert(inputs, WORK.resolve("xlsx"), "xlsx");
        }
        converted = true;
    }

    private static ProcessResult process(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            ProcessResult r = PROCESSOR.process(in, file.getFileName().toString(), null);
            assertTrue(r.readable(), file + ": " + r.unreadableReason());
            return r;
        }
    }

    /** Each finding as code, sheet and cell; the format notes (.xls converted) left out. */
    private static List<String> findings(Report r) {
        return r.findings().stream().filter(f -> !f.code().equals("XLS_CONVERTED"))
                .map(f -> f.code() + " " + f.sheet() + "!" + f.cell()).sorted().toList();
    }

    @ParameterizedTest
    @ValueSource(strings = {"xls", "xlsx"})
    void resavedExamplesAndResultsGiveTheOriginalsFindings(String format) throws IOException {
        assumeTrue(converted, "LibreOffice is not installed");
        for (String example : EXAMPLES) {
            for (String name : List.of(example, "hasil-" + example)) {
                Report original = process(WORK.resolve("in").resolve(name)).report();
                Path resaved = Soffice.output(WORK.resolve(format), Path.of(name), format);
                Report again = process(resaved).report();
                assertEquals(findings(original), findings(again), resaved.toString());
                boolean xls = format.equals("xls");
                assertEquals(xls, again.findings().stream().anyMatch(f -> f.code().equals("XLS_CONVERTED")));
                Report.Summary s = again.summary();
                // the .xls note is one more info
                assertEquals(original.summary(), new Report.Summary(s.pagu(), s.realisasi(), s.serapan(), s.capaian(),
                        s.kategori(), s.efisiensi(), s.kategoriEfisiensi(), s.subKegiatan(), s.indikator(), s.errors(),
                        s.warnings(), s.infos() - (xls ? 1 : 0)), resaved.toString());
            }
        }
    }
}
