package capaian.write;

import capaian.bench.LampiranGenerator;
import capaian.compute.SheetResult;
import capaian.compute.Summaries;
import capaian.evaluate.Evaluation;
import capaian.process.Processor;
import capaian.report.Report;
import capaian.report.ReportBuilder;
import capaian.rules.Profile;
import capaian.rules.ProfileLoader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.OutputStream;
import java.nio.file.Path;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * No step after the evaluation grows faster than the rows: the per-program lines (Ringkasan, the report's
 * programs) take each program's own rows and findings, never all of them once per program. Measured by counting
 * work, not time, so it cannot flake: every read of an element of the sheet's rows and of the findings is
 * counted while the programs are summarised, the result workbook written and the report built, for a generated
 * Lampiran of 20,000 rows (200 programs of 100 rows) and one of 100,000 rows (1,000 programs). Five times the
 * rows must cost about five times the reads; a step that scans all rows or all findings once per program would
 * cost twenty-five times as many.
 */
class LinearWorkTest {
    @TempDir
    Path dir;

    @Test
    void writingAndSummarisingReadEachRowAndFindingABoundedNumberOfTimes() throws Exception {
        Profile profile = ProfileLoader.defaultProfile();
        long small = readsFor(profile, 20_000, 200);
        long large = readsFor(profile, 100_000, 1_000);
        double ratio = (double) large / small;
        // measured 5.76; one extra pass over the findings per program (tried on purpose) gives 9.49
        assertTrue(ratio > 4 && ratio < 6.5, "reads grow " + ratio + " times for 5 times the rows ("
                + small + " -> " + large + ")");
    }

    private long readsFor(Profile profile, int rows, int programs) throws Exception {
        Path file = dir.resolve("lampiran-" + rows + ".xlsx");
        LampiranGenerator.write(file, rows);
        Evaluation ev = new Processor(profile).evaluate(file, null);
        Counter reads = new Counter();
        List<SheetResult> sheets = new ArrayList<>();
        for (SheetResult s : ev.sheets()) sheets.add(new SheetResult(s.sheet(), s.hierarchy(), reads.over(s.rows()), s.index()));
        Evaluation counted = new Evaluation(ev.document(), ev.profile(), sheets, ev.opd(),
                new Summaries(profile).programs(sheets.get(0)), ev.footer(), reads.over(ev.findings()));
        assertEquals(programs, counted.programs().size(), "programs in the generated workbook");
        assertTrue(ev.findings().size() > rows / 20, "the generated workbook has findings on many rows: "
                + ev.findings().size());
        new ResultWriter(profile).write(file, counted, OutputStream.nullOutputStream());
        Report report = ReportBuilder.build(counted);
        assertEquals(ev.findings().size(), report.findings().size());
        return reads.count;
    }

    /** Counts every element read through the lists it wraps (iteration and streams go through get). */
    private static final class Counter {
        long count;

        <T> List<T> over(List<T> list) {
            return new AbstractList<>() {
                @Override
                public T get(int index) {
                    count++;
                    return list.get(index);
                }

                @Override
                public int size() {
                    return list.size();
                }
            };
        }
    }
}
