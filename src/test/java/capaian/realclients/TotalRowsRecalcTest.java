package capaian.realclients;

import capaian.compute.TotalRowsFixtures;
import capaian.process.ProcessResult;
import capaian.process.Processor;
import capaian.rules.ProfileLoader;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * Total and subtotal rows in the result workbook: LibreOffice, recalculating on load, gets exactly the values we
 * cached, including the sums we fill in blank total rows (they reference only the leaves each total covers).
 */
class TotalRowsRecalcTest {
    private static final Path WORK = Path.of("target", "lo-totals");

    @Test
    void libreOfficeRecomputesTotalRowsAsCached() throws Exception {
        var executable = Soffice.locate();
        if (executable.isEmpty() && "true".equalsIgnoreCase(System.getenv("CI"))) fail("LibreOffice missing with CI=true");
        Assumptions.assumeTrue(executable.isPresent(), "LibreOffice not installed");
        Path in = WORK.resolve("in");
        Path out = WORK.resolve("out");
        for (Path d : List.of(in, out)) {
            if (Files.exists(d)) try (var s = Files.walk(d)) {
                s.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
            Files.createDirectories(d);
        }
        Map<String, byte[]> inputs = new LinkedHashMap<>(TotalRowsFixtures.all());
        Processor processor = new Processor(ProfileLoader.defaultProfile());
        List<Path> files = new ArrayList<>();
        for (var e : inputs.entrySet()) {
            ProcessResult r = processor.process(new ByteArrayInputStream(e.getValue()), e.getKey(), null);
            assertTrue(r.readable() && r.workbook() != null, e.getKey());
            Path f = in.resolve(e.getKey());
            Files.write(f, r.workbook());
            files.add(f);
        }
        try (Soffice soffice = new Soffice(executable.get(), WORK)) {
            soffice.convert(files, out);
        }
        StringBuilder failures = new StringBuilder();
        for (Path f : files) {
            RecalcComparison c = RecalcComparison.of(f, out.resolve(f.getFileName()));
            assertTrue(c.withValue() > 0, f + ": nothing compared");
            if (!c.mismatches().isEmpty()) failures.append(f.getFileName()).append(": ").append(c.describe()).append('\n');
        }
        assertTrue(failures.isEmpty(), failures.toString());
    }
}
