package capaian.consolidate.rkpd;

import capaian.consolidate.BrokenWorkbook;
import capaian.compute.RowResult;
import capaian.compute.SheetResult;
import capaian.evaluate.Evaluation;
import capaian.findings.Severity;
import capaian.form.Derivation;
import capaian.form.FooterField;
import capaian.form.Forms;
import capaian.form.Role;
import capaian.form.SheetDefinition;
import capaian.model.Level;
import capaian.model.Periode;
import capaian.model.SheetRow;
import capaian.process.Processor;
import capaian.read.UnreadableWorkbookException;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Reads one OPD's Monitoring form through the same {@link Processor} as check and process and keeps its computed
 * figures as {@link OpdForm}: every figure of the RKPD evaluation is the one the OPD's own result shows.
 */
final class OpdFormReader {
    private static final SheetDefinition MAIN = Forms.MONITORING_CAPAIAN.sheets().get(0);

    private final Processor processor;
    private final String triwulan;

    OpdFormReader(Processor processor, String triwulan) {
        this.processor = processor;
        this.triwulan = triwulan;
    }

    OpdForm read(Path file, String source, Instant modified) {
        Evaluation ev;
        try {
            ev = processor.evaluate(file, Forms.MONITORING_CAPAIAN.id(), triwulan);
        } catch (UnreadableWorkbookException e) {
            return OpdForm.unreadable(source, modified, e.getMessage());
        } catch (RuntimeException | OutOfMemoryError e) {
            // One broken file must not stop the evaluation of the others.
            return OpdForm.unreadable(source, modified, BrokenWorkbook.message(e));
        }
        return of(ev, source, modified);
    }

    static OpdForm of(Evaluation ev, String source, Instant modified) {
        SheetResult main = ev.sheet(MAIN.name());
        List<OpdForm.Line> lines = new ArrayList<>();
        if (main != null) {
            for (RowResult r : main.rows()) {
                if (r.entity() == null || r.entity().level().isTotal()) continue;
                lines.add(line(r));
            }
        }
        int errors = (int) ev.findings().stream().filter(f -> f.severity() == Severity.ERROR).count();
        Integer tahun = null;
        try {
            String t = ev.document().headerText("tahun");
            tahun = t == null ? null : Integer.valueOf(t.trim().replaceAll("\\.0+$", ""));
        } catch (NumberFormatException e) {
            tahun = null;
        }
        return new OpdForm(source, modified, blank(ev.document().headerText("opd")), blank(ev.document().headerText("kodeOpd")),
                tahun, Periode.normalize(ev.document().headerText("triwulan")),
                (BigDecimal) footer(ev, Derivation.CONCLUSION), (String) footer(ev, Derivation.PREDIKAT), errors, lines, null);
    }

    /** The form's footer line of that derivation (found through the form's definition, not its label). */
    private static Object footer(Evaluation ev, Derivation d) {
        for (FooterField f : MAIN.footer()) {
            if (f.derivation() == d && ev.footer() != null) return ev.footer().get(f.label());
        }
        return null;
    }

    private static OpdForm.Line line(RowResult r) {
        SheetRow row = r.row();
        boolean first = r.entityRow();
        boolean leaf = first && r.entity().isLeaf();
        Map<RkpdField, Object> values = new EnumMap<>(RkpdField.class);
        for (RkpdField f : RkpdField.values()) {
            if (f.money() && !leaf) continue; // sums above the leaves are the evaluation's own
            Object v = r.computed().get(f.role);
            if (v == null) v = row.typed(f.role);
            if (v != null) values.put(f, v);
        }
        if (!first) {
            // a further indicator row: no money of its own
            for (RkpdField.Ratio ratio : RkpdField.RATIOS) values.remove(ratio.field());
        }
        return new OpdForm.Line(r.entity().level(), first ? r.entity().kode() : null, first, leaf, row.text(Role.SASARAN),
                first ? row.text(Role.URAIAN) : null, row.text(Role.INDIKATOR), row.text(Role.SATUAN), values);
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
