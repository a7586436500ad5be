package capaian.messy;

import capaian.process.Processor;
import capaian.realclients.Soffice;
import capaian.report.Report;
import capaian.rules.ProfileLoader;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 13's acceptance: every messy variant of the filled examples (see {@link MessyGenerator}) is processed, its
 * result recalculated by LibreOffice, and there must be no formula whose recalculated value differs from the
 * value Capaian cached, no computed cell, parent sum, Ringkasan line or user's total that differs from the JSON
 * report, no report total that differs from the clean example's without a finding that explains it, and no finding
 * gained or lost by a LibreOffice re-save. The table is printed; the files stay in target/messy to look at.
 */
class MessyVariantsTest {
    static final long SEED = 13;
    private static final Path WORK = Path.of("target", "messy");

    private static Soffice soffice;
    private static List<BaseExample> bases;
    private static List<VariantResult> results;
    /** The clean seed 000 example measured against a wrong truth and a wrong expected cell: the measurement must see both. */
    private static VariantResult control;

    @BeforeAll
    static void measureEverything() throws Exception {
        soffice = Soffice.forTest(WORK).orElse(null);
        if (soffice == null) return; // each test is skipped, and counted as such, by needLibreOffice
        Processor processor = new Processor(ProfileLoader.defaultProfile());
        bases = MessyCheck.examples(processor);
        long start = System.nanoTime();
        List<Variant> variants = new ArrayList<>(new MessyGenerator(SEED, processor).generate(bases, perKind()));
        variants.add(control(bases.stream().filter(b -> b.name.startsWith("seed000")).findFirst().orElseThrow()));
        List<VariantResult> all = new Measurement(processor, soffice, WORK).measure(variants);
        control = all.get(all.size() - 1);
        results = all.subList(0, all.size() - 1);
        System.out.print(VariantResult.table(results));
        System.out.print(VariantResult.details(results));
        System.out.printf("%d variants measured in %.0f s%n", results.size(), (System.nanoTime() - start) / 1e9);
    }

    /**
     * How many examples each mess is applied to: 2 by default, so that LibreOffice's run stays within a few minutes;
     * -Dmessy.perKind=N, or scripts/messy-check for every example.
     */
    static int perKind() {
        return Integer.getInteger("messy.perKind", 2);
    }

    @BeforeEach
    void needLibreOffice() {
        Assumptions.assumeTrue(soffice != null,
                "LibreOffice not installed: run scripts/test as root to install libreoffice-calc-nogui");
    }

    @AfterAll
    static void removeProfile() throws Exception {
        if (soffice != null) soffice.close();
    }

    @Test
    void theMeasurementSeesAWrongTotalAndAWrongCell() {
        assertEquals(0, control.formulaMismatches(), "the clean example: " + control.formulaMismatches() + " formula mismatches");
        assertEquals(1, control.totalsWrong(), "the control's pagu is off by one rupiah");
        assertEquals(1, control.reportMismatches(), "the control expects one cell off by one rupiah");
    }

    /** The example as it is, with its pagu and one sub kegiatan's pagu expected one rupiah higher. */
    private static Variant control(BaseExample b) {
        Report.Summary s = b.report.summary();
        Report.Row leaf = b.rows.get(b.leafRows().get(0));
        String cell = new org.apache.poi.ss.util.CellReference(leaf.row() - 1, b.column(capaian.form.Role.PAGU)).formatAsString(false);
        return new Variant("control--" + b.name, "the clean example, its truth and one cell made wrong by one rupiah", b.name,
                "xlsx", b.bytes, null, new Variant.Totals(s.pagu().add(BigDecimal.ONE), s.realisasi(), s.serapan(), s.capaian()),
                java.util.Set.of(), List.of(), List.of(new Variant.ExpectedCell(b.main.name(), cell, leaf.pagu().add(BigDecimal.ONE))));
    }

    /** The truth is the clean examples' reports: they must give the seeds' printed figures. */
    @Test
    void theTruthIsTheSeedsPrintedFigures() {
        assertSummary("seed000-tw1-lampiran", "4355964609", "890405738", "20.44");
        assertSummary("seed002-lampiran43", "6850200218", "6700428889", "97.81");
        assertSummary("seed003-tabel1-lampiran", "17914888161", null, "96.25");
    }

    @Test
    void everyKindOfMessIsMeasuredOnSeveralExamples() {
        for (String kind : MessyGenerator.kinds()) {
            long n = results.stream().filter(r -> r.name().endsWith("--" + kind)).count();
            assertTrue(n >= 1, kind + ": no variant made");
        }
        assertTrue(results.size() >= Math.min(40, MessyGenerator.kinds().size() * perKind()), "only " + results.size() + " variants");
    }

    @Test
    void everyVariantIsRead() {
        List<String> unreadable = results.stream().filter(r -> r.unreadable() != null)
                .map(r -> r.name() + ": " + r.unreadable()).toList();
        assertTrue(unreadable.isEmpty(), String.join("\n", unreadable));
    }

    @Test
    void libreOfficeRecomputesEveryCachedValue() {
        assertNone(VariantResult::formulaMismatches, "formula cells LibreOffice recomputes differently");
    }

    @Test
    void theRecalculatedWorkbookShowsWhatTheReportSays() {
        assertNone(VariantResult::reportMismatches, "cells and Ringkasan lines differing from the JSON report");
    }

    @Test
    void aReSavedWorkbookGivesTheSameFindings() {
        assertNone(VariantResult::findingsChanged, "findings gained or lost by a LibreOffice re-save");
    }

    @Test
    void theReportTotalsAreTheTrueOnesOrExplained() {
        assertNone(VariantResult::totalsWrong, "report totals differing from the truth, unexplained");
    }

    private static void assertNone(java.util.function.ToIntFunction<VariantResult> count, String what) {
        List<String> bad = new ArrayList<>();
        int sum = 0;
        for (VariantResult r : results) {
            if (r.unreadable() != null) continue;
            int n = count.applyAsInt(r);
            sum += n;
            if (n > 0) bad.add(r.name() + ": " + n);
        }
        assertEquals(0, sum, what + " in " + bad.size() + " variants:\n" + String.join("\n", bad));
    }

    private static void assertSummary(String name, String pagu, String realisasi, String serapan) {
        Report.Summary s = bases.stream().filter(b -> b.name.equals(name)).findFirst().orElseThrow().report.summary();
        assertEquals(0, new BigDecimal(pagu).compareTo(s.pagu()), name + " pagu " + s.pagu());
        if (realisasi != null) assertEquals(0, new BigDecimal(realisasi).compareTo(s.realisasi()), name + " realisasi " + s.realisasi());
        assertEquals(0, new BigDecimal(serapan).compareTo(s.serapan()), name + " serapan " + s.serapan());
    }
}
