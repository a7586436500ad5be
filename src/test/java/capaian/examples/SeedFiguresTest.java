package capaian.examples;

import capaian.process.ProcessResult;
import capaian.report.Report;
import com.google.gson.JsonObject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The seeds' printed figures, reproduced: each example workbook is processed and every check of its fixture
 * (computed independently in the fixture, with what the seed printed) is compared with the report.
 */
class SeedFiguresTest {
    static ProcessResult seed003;
    static ProcessResult seed002;
    static ProcessResult seed000;

    @BeforeAll
    static void process() {
        seed003 = Examples.process(ExampleBuilder.SEED003);
        seed002 = Examples.process(ExampleBuilder.SEED002);
        seed000 = Examples.process(ExampleBuilder.SEED000);
    }

    @Test
    void seed003AllSeventyOneSerapan() {
        Fixture f = Fixture.load("seed003-tabel1-evaluasi-renja-2022.json");
        List<Report.Row> rows = seed003.report().rows();
        assertEquals(71, rows.size());
        int checked = compare(f, rows, i -> i);
        assertEquals(101, checked);
        assertEquals(new BigDecimal("85.09"), byKode(rows, "5.03.02.1.01.09").serapan());
        assertEquals(new BigDecimal("96.25"), byKode(rows, "5.03").serapan());
        assertEquals(new BigDecimal("96.25"), seed003.report().summary().serapan());
        assertEquals(new BigDecimal("17914888161"), seed003.report().summary().pagu());
        assertEquals(0, seed003.report().summary().errors());
        assertTrue(seed003.report().findings().stream().noneMatch(x -> x.code().equals("TOTAL_MISMATCH")
                || x.code().equals("COMPUTED_MISMATCH")), "the table is internally consistent");
    }

    @Test
    void seed002AllThirtyEightAndTheTotal() {
        Fixture f = Fixture.load("seed002-lampiran43.json");
        List<Report.Row> rows = seed002.report().rows();
        assertEquals(38, rows.size());
        int checked = compare(f, rows, i -> i);
        assertEquals(83, checked);
        assertEquals(new BigDecimal("97.81"), rows.get(37).serapan());
        assertEquals(new BigDecimal("97.81"), seed002.report().summary().serapan());
        assertEquals(new BigDecimal("6850200218"), seed002.report().summary().pagu());
        assertEquals(new BigDecimal("6700428889"), seed002.report().summary().realisasi());
    }

    @Test
    void seed000TriwulanI() {
        Fixture f = Fixture.load("seed000-tw1-subkegiatan.json");
        List<Report.Row> rows = seed000.report().rows();
        // The example leaves out the sasaran and IKU rows (they belong to the Monitoring form's IKU sheet).
        List<Integer> kept = new ArrayList<>();
        for (int i = 0; i < f.rows().size(); i++) {
            JsonObject r = f.rows().get(i);
            String level = Fixture.str(r, "level");
            if (!level.equals("sasaran") && !Fixture.str(r, "id").startsWith("IKU")) kept.add(i);
        }
        assertEquals(kept.size(), rows.size());
        int checked = compare(f, rows, kept::indexOf);
        assertTrue(checked >= 80, "checked " + checked);
        Report.Row program = rows.get(0);
        assertEquals(new BigDecimal("4355964609"), program.pagu());
        assertEquals(new BigDecimal("890405738"), program.realisasiAnggaran());
        assertEquals(new BigDecimal("20.44"), program.serapan());
        assertEquals(new BigDecimal("20.44"), seed000.report().summary().serapan());
    }

    @Test
    void seed000NarrativeTotalsOfMutasiDanPromosiMismatch() {
        List<Report.FindingEntry> mismatches = seed000.report().findings().stream()
                .filter(x -> x.code().equals("TOTAL_MISMATCH")).toList();
        assertEquals(2, mismatches.size(), mismatches.toString());
        Report.FindingEntry pagu = mismatches.get(0);
        assertEquals("991.886.000", pagu.value());
        assertTrue(pagu.message().contains("991.886.600"), pagu.message());
        assertTrue(pagu.message().contains("-600"), pagu.message());
        Report.FindingEntry real = mismatches.get(1);
        assertEquals("353.533.000", real.value());
        assertTrue(real.message().contains("353.533.020"), real.message());
        assertEquals("warning", real.severity());
        // the kegiatan's serapan comes from its rows: 353.533.020 / 991.886.600 = 35,64
        Report.Row k2 = seed000.report().rows().stream().filter(r -> "Mutasi dan Promosi ASN".equals(r.uraian())
                && r.pagu() != null).findFirst().orElseThrow();
        assertEquals(new BigDecimal("35.64"), k2.serapan());
    }

    /** Compares every fixture check whose expected value a correct implementation must give. */
    private static int compare(Fixture f, List<Report.Row> rows, Function<Integer, Integer> rowIndex) {
        int n = 0;
        List<String> failures = new ArrayList<>();
        for (JsonObject c : f.checks()) {
            if (c.get("row") == null || c.get("row").isJsonNull()) continue;
            String field = Fixture.str(c, "field");
            Integer idx = rowIndex.apply(c.get("row").getAsInt());
            if (idx == null || idx < 0) continue;
            Report.Row row = rows.get(idx);
            BigDecimal actual = switch (field) {
                case "serapan_pct" -> row.serapan();
                case "capaian_pct" -> row.capaian();
                case "pagu_rollup" -> row.pagu();
                case "realisasi_anggaran_rollup" -> row.realisasiAnggaran();
                default -> null;
            };
            if (field.equals("jumlah_subkegiatan")) continue;
            String e = Fixture.str(c, "expected");
            BigDecimal expected = e == null ? null : new BigDecimal(e);
            n++;
            if (expected == null ? actual != null : actual == null || actual.compareTo(expected) != 0) {
                failures.add(Fixture.str(c, "row_id") + " " + field + ": expected " + expected + ", got " + actual);
            }
        }
        assertTrue(failures.isEmpty(), String.join("\n", failures));
        return n;
    }

    private static Report.Row byKode(List<Report.Row> rows, String kode) {
        return rows.stream().filter(r -> kode.equals(r.kode())).findFirst().orElseThrow();
    }

}
