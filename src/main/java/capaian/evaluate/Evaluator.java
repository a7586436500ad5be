package capaian.evaluate;


import capaian.check.CellChecks;
import capaian.check.ComputedChecks;
import capaian.findings.Findings;
import capaian.compute.CellLink;
import capaian.compute.GroupSummary;
import capaian.compute.IkuLinker;
import capaian.compute.IndexEvaluator;
import capaian.compute.SheetEvaluator;
import capaian.compute.SheetResult;
import capaian.compute.SidePart;
import capaian.compute.Summaries;
import capaian.compute.Totals;
import capaian.model.Document;
import capaian.form.Role;
import capaian.model.SheetData;
import capaian.model.SheetRow;
import capaian.rules.Profile;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executor;

/** Checks and computes a document read from a workbook: pure, no POI. */
public final class Evaluator {
    private final Profile profile;
    private final SheetEvaluator sheetEvaluator;
    private final Summaries summaries;
    private final IndexEvaluator indexEvaluator;
    private final IkuLinker ikuLinker;

    public Evaluator(Profile profile) {
        this.profile = profile;
        this.sheetEvaluator = new SheetEvaluator(profile);
        this.summaries = new Summaries(profile);
        this.indexEvaluator = new IndexEvaluator(profile);
        this.ikuLinker = new IkuLinker(profile);
    }

    /** The evaluation a result workbook is written from: each computed cell's formula decided. */
    public Evaluation evaluate(Document doc) {
        return evaluate(doc, true);
    }

    /**
     * @param resultFormulas whether to decide, cell by cell, formula or value for a result workbook
     *                       ({@link capaian.compute.FormulaGate}); false for a rekap, which writes none: the
     *                       figures are the same, only the gate's FORMULA_AS_VALUE note is not made
     */
    public Evaluation evaluate(Document doc, boolean resultFormulas) {
        return evaluate(doc, resultFormulas, null);
    }

    /**
     * As {@link #evaluate(Document, boolean)}, with the parts that do not depend on each other run on {@code spare}
     * (a second core when one is free; null for none) beside the rest: each sheet's cell checks beside its computation, the totals
     * beside the formula decisions. Each part collects its own findings, added in the order of a run on one thread,
     * so the evaluation is the same whatever {@code spare} is.
     */
    public Evaluation evaluate(Document doc, boolean resultFormulas, Executor spare) {
        Findings findings = new Findings();
        findings.addAll(doc.findings());
        // The Indeks sheet first: its totals feed the IKU sheet's empty realisasi cells (RULES section 11).
        Map<SheetData, SheetResult> indices = new IdentityHashMap<>();
        SheetResult indeks = null;
        for (SheetData sheet : doc.sheets()) {
            if (!sheet.has(Role.BLOK)) continue;
            CellChecks.check(sheet, findings);
            indeks = indexEvaluator.evaluate(sheet, findings);
            ComputedChecks.check(indeks, findings);
            indices.put(sheet, indeks);
        }
        List<SheetResult> results = new ArrayList<>();
        for (SheetData sheet : doc.sheets()) {
            if (indices.containsKey(sheet)) {
                results.add(indices.get(sheet));
                continue;
            }
            Map<SheetRow, CellLink> links = ikuLinker.link(sheet, indeks, findings);
            SidePart<Findings> cells = SidePart.start(spare, () -> {
                Findings own = new Findings();
                CellChecks.check(sheet, own);
                return own;
            });
            Findings computed = new Findings();
            SheetResult r = sheetEvaluator.evaluate(sheet, computed);
            findings.addAll(cells.join());
            findings.addAll(computed);
            IkuLinker.attach(r, links);
            ComputedChecks.check(r, findings);
            results.add(r);
        }
        SheetResult main = results.stream().filter(r -> r.sheet().definition() == doc.form().mainSheet())
                .findFirst().orElse(null);
        SheetResult iku = results.stream().filter(r -> r != main && r.index() == null).findFirst().orElse(null);
        // formula or value, per written cell: a formula only where Excel recomputes Capaian's value
        capaian.compute.FormulaGate.keepUserTotals(results, findings);
        SidePart<Summed> summed = SidePart.start(spare, () -> summed(main, iku));
        if (resultFormulas) new capaian.compute.FormulaGate(profile).decide(results, findings, spare);
        Summed s = summed.join();
        return new Evaluation(doc, profile, results, s.opd, s.programs, s.footer, findings.sorted());
    }

    /** The OPD's totals, each program's and the footer lines: read from the results, which they do not change. */
    private record Summed(Totals opd, List<GroupSummary> programs, Map<String, Object> footer) {}

    private Summed summed(SheetResult main, SheetResult iku) {
        if (main == null) return new Summed(null, List.of(), Map.of());
        return new Summed(summaries.opd(main, iku), summaries.programs(main), summaries.footer(main));
    }
}
