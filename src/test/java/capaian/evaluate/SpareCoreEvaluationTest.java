package capaian.evaluate;

import capaian.compute.RowResult;
import capaian.compute.SheetResult;
import capaian.examples.ExampleBuilder;
import capaian.findings.Finding;
import capaian.findings.FindingCode;
import capaian.form.Column;
import capaian.form.Forms;
import capaian.form.Role;
import capaian.model.Document;
import capaian.read.Limits;
import capaian.read.WorkbookReader;
import capaian.rules.Profile;
import capaian.rules.ProfileLoader;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The parts of an evaluation run on a second core (the cell checks, the summaries, the second half of the formula
 * decisions) give the evaluation a single thread gives: the same findings in the same order, the same totals and
 * the same cells written as formulas.
 */
class SpareCoreEvaluationTest {
    private final Profile profile = ProfileLoader.defaultProfile();

    @Test
    void aSecondCoreChangesNothing() throws Exception {
        // Eight sub kegiatan; realisasi typed as text on rows 2 and 7, one in each half of the rows, so both halves
        // find a formula that would not recompute, and a negative pagu (a cell check) on row 4.
        ExampleBuilder b = new ExampleBuilder(Forms.LAMPIRAN_REALISASI).header("Dinas Uji", "1.01.0.00.0.00.01.0000", 2025, "II")
                .row(Role.KODE, "1.01.02", Role.URAIAN, "Program uji");
        for (int i = 1; i <= 8; i++) {
            Object realisasi = i == 2 || i == 7 ? "8,5 Dokumen" : (Object) (i * 1.5);
            b.row(Role.KODE, "1.01.02.1.01.0" + i, Role.URAIAN, "Sub uji " + i, Role.INDIKATOR, "Indikator " + i,
                    Role.SATUAN, "Dokumen", Role.TARGET, 10, Role.REALISASI, realisasi,
                    Role.PAGU, i == 4 ? -1_000_000 : 1_000_000 * i, Role.REALISASI_ANGGARAN, 400_000 * i);
        }
        Path file = Files.createTempFile("spare", ".xlsx");
        try {
            Files.write(file, b.bytes());
            WorkbookReader reader = new WorkbookReader(profile, Limits.fromEnvironment());
            Evaluator evaluator = new Evaluator(profile);
            Evaluation alone = evaluator.evaluate(reader.read(file, null, null), true, null);
            ExecutorService pool = Executors.newFixedThreadPool(2);
            AtomicInteger onSpare = new AtomicInteger();
            Evaluation beside;
            try {
                Document doc = reader.read(file, null, null);
                beside = evaluator.evaluate(doc, true, task -> {
                    onSpare.incrementAndGet();
                    pool.execute(task);
                });
            } finally {
                pool.shutdown();
            }
            assertTrue(onSpare.get() >= 3, "the cell checks, the summaries and half the formulas went to the spare core");

            assertEquals(describe(alone.findings()), describe(beside.findings()));
            Finding asValue = alone.findings().stream().filter(f -> f.code() == FindingCode.FORMULA_AS_VALUE)
                    .findFirst().orElseThrow();
            // the first failure is row 2's (the second sub kegiatan, on the sheet's data row 3 after the program)
            int realisasiRow = firstDataRow() + 2;
            assertEquals(realisasiRow, asValue.row(), asValue.toString());
            assertTrue(alone.findings().stream().anyMatch(f -> f.code() == FindingCode.VALUE_NEGATIVE));

            assertEquals(alone.opd(), beside.opd());
            assertEquals(programs(alone), programs(beside));
            assertEquals(formulas(alone), formulas(beside));
            assertTrue(formulas(alone).stream().anyMatch(s -> s.endsWith("CAPAIAN")), "capaian written as formulas elsewhere");
        } finally {
            Files.deleteIfExists(file);
        }
    }

    private static int firstDataRow() {
        return capaian.write.TemplateWriter.headerRowIndex(Forms.LAMPIRAN_REALISASI.mainSheet()) + 2;
    }

    private static List<String> describe(List<Finding> findings) {
        List<String> out = new ArrayList<>();
        for (Finding f : findings) out.add(f.code() + " " + f.sheet() + "!" + f.cell() + " " + f.message());
        return out;
    }

    private static List<String> programs(Evaluation ev) {
        List<String> out = new ArrayList<>();
        for (var g : ev.programs()) out.add(g.kode() + " " + g.rows() + " " + g.totals());
        return out;
    }

    /** Every cell written as a formula, as sheet!row:role. */
    private static List<String> formulas(Evaluation ev) {
        List<String> out = new ArrayList<>();
        for (SheetResult s : ev.sheets()) {
            for (RowResult r : s.rows()) {
                for (Column c : s.sheet().definition().columns()) {
                    if (r.hasFormula(c.role())) out.add(s.sheet().name() + "!" + r.row().row() + ":" + c.role());
                }
            }
        }
        return out;
    }
}
