package capaian.compute;

import capaian.findings.FindingCode;
import capaian.findings.Findings;
import capaian.form.IndexKind;
import capaian.form.Role;
import capaian.form.Titles;
import capaian.model.SheetData;
import capaian.model.SheetRow;
import capaian.rules.Profile;
import capaian.value.CellValue;
import capaian.value.ValueKind;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * Feeds the IKU sheet from the Indeks sheet (RULES section 11): an IKU whose indicator names an index
 * (the profile's ikuNames) and whose Realisasi is empty gets the index, as a link to the block's Jumlah
 * (its Kategori when the target is a predicate, as for SAKIP's BB); a Realisasi typed by the user is kept
 * and compared with the index.
 */
public final class IkuLinker {
    private final Profile profile;

    public IkuLinker(Profile profile) {
        this.profile = profile;
    }

    /** Fills the IKU sheet's empty realisasi cells before it is computed; returns the links by row. */
    public Map<SheetRow, CellLink> link(SheetData iku, SheetResult indeks, Findings findings) {
        Map<SheetRow, CellLink> links = new IdentityHashMap<>();
        if (indeks == null || indeks.index() == null || !iku.has(Role.REALISASI)) return links;
        SheetData idx = indeks.sheet();
        for (SheetRow row : iku.rows()) {
            IndexKind kind = named(row.text(Role.INDIKATOR));
            IndexBlock b = kind == null ? null : indeks.index().latest(kind);
            if (b == null) continue;
            int totalRow = b.total().row().row();
            boolean predicate = row.get(Role.TARGET).kind() == ValueKind.PREDICATE;
            Role source = predicate ? Role.KATEGORI : Role.SKOR;
            String sourceCell = idx.cell(source, totalRow);
            Object value = predicate ? b.kategori() : b.skor();
            if (sourceCell == null || value == null) continue;
            CellValue real = row.get(Role.REALISASI);
            if (real.isBlank()) {
                if (predicate) {
                    String label = (String) value;
                    row.put(Role.REALISASI, new CellValue(ValueKind.PREDICATE, null, null, false, label, label, List.of()));
                } else {
                    row.put(Role.REALISASI, CellValue.number(b.skor(), Numbers.display(b.skor())));
                    row.numericCell(Role.REALISASI);
                }
                links.put(row, new CellLink(idx.name(), sourceCell, value));
            } else if (differs(real, value)) {
                findings.at(FindingCode.INDEX_REALISASI_MISMATCH, iku, Role.REALISASI, row.row(), real.raw(),
                        "index", IndexEvaluator.label(b), "source", idx.name(), "sourceCell", sourceCell,
                        "expected", value instanceof java.math.BigDecimal d ? Numbers.display(d) : value.toString());
            }
        }
        return links;
    }

    /** Records the links on the computed IKU sheet's rows, for the write-back. */
    public static void attach(SheetResult iku, Map<SheetRow, CellLink> links) {
        for (RowResult r : iku.rows()) {
            CellLink l = links.get(r.row());
            if (l != null) r.link(Role.REALISASI, l);
        }
    }

    /** The index an IKU indicator names: it contains one of the index's ikuNames as whole words. */
    IndexKind named(String indikator) {
        String n = " " + Titles.normalise(indikator) + " ";
        if (n.isBlank()) return null;
        List<IndexKind> hits = new ArrayList<>();
        for (IndexKind k : IndexKind.values()) {
            for (String name : profile.index(k).ikuNames()) {
                if (n.contains(" " + Titles.normalise(name) + " ")) {
                    hits.add(k);
                    break;
                }
            }
        }
        return hits.size() == 1 ? hits.get(0) : null;
    }

    private static boolean differs(CellValue real, Object value) {
        if (value instanceof java.math.BigDecimal d) return real.numeric() == null || real.numeric().compareTo(d) != 0;
        return real.predicate() == null || !real.predicate().equalsIgnoreCase(value.toString());
    }
}
