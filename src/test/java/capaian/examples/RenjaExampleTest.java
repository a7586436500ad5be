package capaian.examples;

import capaian.process.ProcessResult;
import capaian.report.Report;
import com.google.gson.JsonObject;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

/**
 * The Renja example has only the sub kegiatan pagu typed in: every parent's pagu is the sum of its leaves,
 * which the seed prints (fixture pagu_rollup checks, and the parents' printed pagu).
 */
class RenjaExampleTest {
    @Test
    void parentsGetTheSumOfTheirLeaves() {
        ProcessResult r = Examples.process(ExampleBuilder.RENJA);
        Fixture f = Fixture.load("seed003-tabel1-evaluasi-renja-2022.json");
        List<Report.Row> rows = r.report().rows();
        assertEquals(f.rows().size(), rows.size());
        int parents = 0;
        for (int i = 0; i < rows.size(); i++) {
            JsonObject fr = f.rows().get(i);
            if (Fixture.str(fr, "level").equals("subkegiatan")) continue;
            parents++;
            BigDecimal printed = new BigDecimal(Fixture.str(fr, "pagu").replace(".", ""));
            assertNotNull(rows.get(i).pagu(), Fixture.str(fr, "id"));
            assertEquals(0, printed.compareTo(rows.get(i).pagu()), Fixture.str(fr, "id"));
        }
        assertEquals(15, parents);
        assertEquals(new BigDecimal("17914888161"), r.report().summary().pagu());
        assertEquals("renja", r.report().form());
        assertEquals("Tahunan", r.report().header().periode());
    }
}
