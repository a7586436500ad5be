package capaian.evaluate;

import capaian.findings.Finding;
import capaian.compute.GroupSummary;
import capaian.compute.SheetResult;
import capaian.compute.Totals;
import capaian.model.Document;
import capaian.rules.Profile;

import java.util.List;
import java.util.Map;

/**
 * A document read, checked and computed: what the report and the write-back are made from.
 *
 * @param footer the main sheet's computed footer values by label
 */
public record Evaluation(Document document, Profile profile, List<SheetResult> sheets, Totals opd,
                         List<GroupSummary> programs, Map<String, Object> footer,
                         List<Finding> findings) {

    public SheetResult sheet(String definitionName) {
        return sheets.stream().filter(s -> s.sheet().definition().name().equals(definitionName)).findFirst().orElse(null);
    }
}
