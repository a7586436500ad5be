package capaian.process;

import capaian.bench.LampiranGenerator;
import capaian.report.Report;
import capaian.report.ReportDetail;
import capaian.rules.ProfileLoader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The summary report the command line prints builds no rows yet says what the full report says: the generated
 * Lampiran spends 75 % of every sub kegiatan's pagu (so serapan 75,00 %), and its findings are the full report's.
 */
class ReportDetailTest {
    @TempDir
    Path dir;

    @Test
    void summaryReportHasNoRowsAndTheFullReportsFigures() throws Exception {
        Path file = dir.resolve("lampiran.xlsx");
        LampiranGenerator.write(file, 300);
        Processor p = new Processor(ProfileLoader.defaultProfile());
        Report full = process(p, file, dir.resolve("full.xlsx"), ReportDetail.FULL);
        Report summary = process(p, file, dir.resolve("summary.xlsx"), ReportDetail.SUMMARY);

        assertTrue(summary.rows().isEmpty());
        assertTrue(full.rows().size() >= 300, "rows " + full.rows().size());
        assertEquals(0, new BigDecimal("75.00").compareTo(summary.summary().serapan()), summary.summary().toString());
        assertEquals(0, summary.summary().errors());
        assertEquals(full.summary(), summary.summary());
        assertEquals(full.findings(), summary.findings());
        assertEquals(full.programs(), summary.programs());
        assertEquals(full.header(), summary.header());
        assertTrue(Files.size(dir.resolve("summary.xlsx")) > 0);
    }

    @Test
    void checkBuildsTheSummaryToo() throws Exception {
        Path file = dir.resolve("lampiran.xlsx");
        LampiranGenerator.write(file, 120);
        try (InputStream in = Files.newInputStream(file)) {
            ProcessResult r = new Processor(ProfileLoader.defaultProfile()).check(in, "lampiran.xlsx", null, null,
                    ReportDetail.SUMMARY);
            assertTrue(r.report().rows().isEmpty());
            assertNull(r.workbook());
            assertEquals(0, new BigDecimal("75.00").compareTo(r.report().summary().serapan()));
        }
    }

    private static Report process(Processor p, Path file, Path out, ReportDetail detail) throws Exception {
        try (InputStream in = Files.newInputStream(file)) {
            return p.process(in, "lampiran.xlsx", null, null, out, detail).report();
        }
    }
}
