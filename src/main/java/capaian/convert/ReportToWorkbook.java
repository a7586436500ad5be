package capaian.convert;

import capaian.form.FormDefinition;
import capaian.form.Forms;
import capaian.form.Role;
import capaian.form.SheetDefinition;
import capaian.form.Titles;
import capaian.model.Level;
import capaian.report.Report;
import capaian.report.ReportBuilder;
import capaian.rules.Profile;
import capaian.write.FormFiller;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * JSON to workbook: the form's own template filled from a report (docs/report.md). Each row's {@code cells}
 * (every cell as typed) give the workbook back as it was read; a report without them (from another system)
 * fills the common fields: kode, tingkat, uraian, indikator, satuan, polaritas, target, realisasi, pagu and
 * realisasi anggaran.
 */
public final class ReportToWorkbook {
    private static final Map<String, Role> BY_KEY = new HashMap<>();

    static {
        for (Role r : Role.values()) BY_KEY.put(ReportBuilder.key(r), r);
    }

    private ReportToWorkbook() {}

    public static byte[] build(Profile profile, Report report) throws ConvertException {
        if (report == null || report.form() == null) {
            throw new ConvertException("JSON ini tidak berisi \"form\". Gunakan laporan JSON Capaian (docs/report.md).");
        }
        FormDefinition form = Forms.byId(report.form()).orElseThrow(() -> new ConvertException("Formulir \""
                + report.form() + "\" tidak dikenal. Pilihan: renja, lampiran-realisasi, monitoring-capaian."));
        List<Report.Row> rows = report.rows() == null ? List.of() : report.rows();
        Map<String, SheetDefinition> sheets = sheets(form, rows);
        // Each row goes back to its own sheet row when the report has it (blank rows between blocks survive),
        // else after the previous one.
        List<Integer> positions = new java.util.ArrayList<>();
        Map<String, Integer> next = new HashMap<>();
        Map<String, Integer> counts = new HashMap<>();
        for (Report.Row r : rows) {
            SheetDefinition def = sheets.get(r.sheet());
            int after = next.getOrDefault(def.name(), 0);
            int own = r.row() - 1 - FormFiller.dataRow(def, 0);
            int n = own >= after ? own : after;
            positions.add(n);
            next.put(def.name(), n + 1);
            counts.put(def.name(), n + 1);
        }
        FormFiller filler = new FormFiller(profile, form, counts);
        for (SheetDefinition def : form.sheets()) if (counts.containsKey(def.name())) filler.clearInputs(def, counts.get(def.name()));
        header(filler, report.header());
        Report.Row previous = null;
        for (int i = 0; i < rows.size(); i++) {
            Report.Row r = rows.get(i);
            SheetDefinition def = sheets.get(r.sheet());
            int n = positions.get(i);
            Map<Role, Object> values = r.cells() != null && !r.cells().isEmpty() ? typed(r.cells())
                    : common(def, r, previous != null && Objects.equals(previous.sheet(), r.sheet()) ? previous : null);
            for (Map.Entry<Role, Object> e : values.entrySet()) filler.set(def, n, e.getKey(), e.getValue());
            previous = r;
        }
        if (report.footer() != null) {
            report.footer().forEach((label, text) -> filler.footer(form.mainSheet(), label, text));
        }
        return filler.bytes();
    }

    /** Each sheet named in the rows to a sheet of the form: by name or alias, else the next unused one. */
    private static Map<String, SheetDefinition> sheets(FormDefinition form, List<Report.Row> rows) {
        Map<String, SheetDefinition> out = new LinkedHashMap<>();
        List<SheetDefinition> unused = new ArrayList<>(form.sheets());
        for (Report.Row r : rows) {
            if (out.containsKey(r.sheet())) continue;
            SheetDefinition match = null;
            String n = Titles.normalise(r.sheet() == null ? "" : r.sheet());
            for (SheetDefinition d : form.sheets()) {
                if (n.equals(Titles.normalise(d.name()))
                        || d.aliases().stream().anyMatch(a -> n.equals(Titles.normalise(a)))) match = d;
            }
            if (match == null) match = unused.isEmpty() ? form.mainSheet() : unused.get(0);
            unused.remove(match);
            out.put(r.sheet(), match);
        }
        return out;
    }

    private static void header(FormFiller filler, Report.Header h) {
        if (h == null) return;
        filler.header("opd", h.opd());
        filler.header("kodeOpd", h.kodeOpd());
        filler.header("tahun", h.tahun());
        String p = h.periode();
        if (p != null && p.toUpperCase(Locale.ROOT).startsWith("TW")) filler.header("triwulan", p.substring(2).trim());
        if (h.fields() != null) h.fields().forEach(filler::header);
    }

    private static Map<Role, Object> typed(Map<String, Object> cells) {
        Map<Role, Object> out = new LinkedHashMap<>();
        cells.forEach((k, v) -> {
            Role role = BY_KEY.get(k);
            if (role != null && v != null) out.put(role, v);
        });
        return out;
    }

    /** The common fields; a row of the same entity as the one above leaves kode and uraian blank. */
    private static Map<Role, Object> common(SheetDefinition def, Report.Row r, Report.Row above) {
        Map<Role, Object> out = new LinkedHashMap<>();
        boolean further = above != null && r.kode() != null && r.kode().equals(above.kode())
                && Objects.equals(r.uraian(), above.uraian());
        if (!further) {
            out.put(Role.KODE, r.kode());
            out.put(Role.URAIAN, r.uraian());
            if (r.kode() == null && r.level() != null) out.put(Role.TINGKAT, tingkat(r.level()));
        }
        out.put(Role.INDIKATOR, r.indikator());
        out.put(Role.SATUAN, r.satuan());
        out.put(Role.POLARITAS, r.polaritas());
        boolean monitoring = def.column(Role.RENJA_TARGET_K).isPresent();
        out.put(monitoring ? Role.RENJA_TARGET_K : Role.TARGET, r.target());
        if (!monitoring) {
            out.put(Role.REALISASI, r.realisasi());
            if (!further) out.put(Role.REALISASI_ANGGARAN, r.realisasiAnggaran());
        }
        if (!further) out.put(monitoring ? Role.RENJA_TARGET_RP : Role.PAGU, r.pagu());
        out.values().removeIf(Objects::isNull);
        return out;
    }

    private static String tingkat(String level) {
        for (Level l : Level.values()) {
            if (l.key().equals(level) && !l.isTotal()) return l.label();
        }
        return null;
    }
}
