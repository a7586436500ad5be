package capaian.process;

import capaian.check.CellChecks;
import capaian.check.ComputedChecks;
import capaian.check.Findings;
import capaian.compute.GroupSummary;
import capaian.compute.SheetEvaluator;
import capaian.compute.SheetResult;
import capaian.compute.Summaries;
import capaian.compute.Totals;
import capaian.model.Document;
import capaian.model.SheetData;
import capaian.rules.Profile;

import java.util.ArrayList;
import java.util.List;

/** Checks and computes a document read from a workbook: pure, no POI. */
public final class Evaluator {
    private final Profile profile;
    private final SheetEvaluator sheetEvaluator;
    private final Summaries summaries;

    public Evaluator(Profile profile) {
        this.profile = profile;
        this.sheetEvaluator = new SheetEvaluator(profile);
        this.summaries = new Summaries(profile);
    }

    public Evaluation evaluate(Document doc) {
        Findings findings = new Findings();
        findings.addAll(doc.findings());
        List<SheetResult> results = new ArrayList<>();
        for (SheetData sheet : doc.sheets()) {
            CellChecks.check(sheet, findings);
            SheetResult r = sheetEvaluator.evaluate(sheet, findings);
            ComputedChecks.check(r, findings);
            results.add(r);
        }
        SheetResult main = results.stream().filter(r -> r.sheet().definition() == doc.form().mainSheet())
                .findFirst().orElse(null);
        SheetResult iku = results.stream().filter(r -> r != main).findFirst().orElse(null);
        Totals opd = main == null ? null : summaries.opd(main, iku);
        List<GroupSummary> programs = main == null ? List.of() : summaries.programs(main);
        java.util.Map<String, Object> footer = main == null ? java.util.Map.of() : summaries.footer(main);
        return new Evaluation(doc, profile, results, opd, programs, footer, findings.sorted());
    }
}
