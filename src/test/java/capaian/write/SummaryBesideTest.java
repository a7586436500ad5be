package capaian.write;

import capaian.evaluate.Evaluation;
import capaian.evaluate.Evaluator;
import capaian.examples.ExampleBuilder;
import capaian.job.IdleCores;
import capaian.process.Processor;
import capaian.read.Limits;
import capaian.read.WorkbookReader;
import capaian.report.ReportDetail;
import capaian.rules.Profile;
import capaian.rules.ProfileLoader;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.IntSupplier;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The Ringkasan and the Temuan written on a second core (the command line) from the styles made before: they need
 * no style those did not make, and the result workbook is the one the job's thread alone writes.
 */
class SummaryBesideTest {
    private final Profile profile = ProfileLoader.defaultProfile();

    @Test
    void theStylesMadeFirstAreAllTheSheetsAskFor() throws Exception {
        // a negative pagu: an error, beside the seeds' warnings and notes
        byte[] wrong = new ExampleBuilder(capaian.form.Forms.LAMPIRAN_REALISASI).header("Dinas Uji", "1.01.0.00.0.00.01.0000", 2025, "I")
                .row(capaian.form.Role.KODE, "1.01.02.1.01.01", capaian.form.Role.URAIAN, "Sub uji",
                        capaian.form.Role.PAGU, -5_000_000, capaian.form.Role.REALISASI_ANGGARAN, 1_000_000).bytes();
        java.util.List<Evaluation> evs = java.util.List.of(evaluation(ExampleBuilder.seed000()),
                evaluation(ExampleBuilder.seed002()), evaluation(ExampleBuilder.seed003()), evaluation(wrong));
        assertEquals(capaian.findings.Severity.values().length, evs.stream().flatMap(e -> e.findings().stream())
                .map(f -> f.severity()).distinct().count(), "findings of every severity");
        StylesPart made = StylesPart.read(null, Map.of());
        SummarySheet.makeStyles(made, profile);
        FindingsSheet.makeStyles(made);
        StylesPart.Frozen frozen = made.frozen();
        for (Evaluation ev : evs) render(frozen, ev);
        assertFalse(frozen.missed(), "a style the Ringkasan or the Temuan uses was not made beforehand");
        int count = made.count();
        for (Evaluation ev : evs) render(made, ev);
        assertEquals(count, made.count(), "writing the Ringkasan or the Temuan made a style");
        Evaluation ev = evs.get(2);

        // without the styles made first, the frozen view says so (and the sheet is written again on the job's thread)
        StylesPart.Frozen bare = StylesPart.read(null, Map.of()).frozen();
        render(bare, ev);
        assertTrue(bare.missed());
    }

    @Test
    void theSameWorkbookOnEveryPath() throws Exception {
        byte[] upload = ExampleBuilder.seed003();
        Processor p = new Processor(profile);
        // a watched server with no idle core: everything on the job's thread
        IntSupplier busy = () -> Integer.MAX_VALUE;
        byte[] alone;
        IdleCores.watch(busy);
        try {
            alone = p.process(new ByteArrayInputStream(upload), "u.xlsx", null, null, ReportDetail.SUMMARY).workbook();
        } finally {
            IdleCores.stopWatching(busy);
        }
        assertTrue(IdleCores.unwatched());
        byte[] beside = p.process(new ByteArrayInputStream(upload), "u.xlsx", null, null, ReportDetail.SUMMARY).workbook();
        Map<String, byte[]> a = parts(alone);
        Map<String, byte[]> b = parts(beside);
        assertEquals(a.keySet(), b.keySet());
        assertNotNull(a.get("xl/worksheets/sheet3.xml"), "the Ringkasan and the Temuan: " + a.keySet());
        for (String name : a.keySet()) {
            if (name.equals("docProps/core.xml")) continue; // the time it was written
            assertTrue(Arrays.equals(a.get(name), b.get(name)), name + " differs");
        }
    }

    private Evaluation evaluation(byte[] upload) throws IOException {
        Path file = Files.createTempFile("ringkasan", ".xlsx");
        try {
            Files.write(file, upload);
            return new Evaluator(profile).evaluate(new WorkbookReader(profile, Limits.fromEnvironment()).read(file, null, null));
        } catch (capaian.read.UnreadableWorkbookException e) {
            throw new IOException(e);
        } finally {
            Files.deleteIfExists(file);
        }
    }

    private void render(StyleIndexes styles, Evaluation ev) throws IOException {
        new SummarySheet(profile, styles).write(new NewSheet(new XmlOut(new ByteArrayOutputStream())), ev);
        FindingsSheet.write(new NewSheet(new XmlOut(new ByteArrayOutputStream())), ev, styles);
    }

    private static Map<String, byte[]> parts(byte[] zip) throws IOException {
        Map<String, byte[]> m = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) m.put(e.getName(), in.readAllBytes());
        }
        return m;
    }
}
