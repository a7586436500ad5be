package capaian.write;

import capaian.compute.IndexLine;
import capaian.compute.IndexSheet;
import capaian.form.Derivation;
import capaian.form.Role;
import capaian.model.SheetRow;
import capaian.rules.IndexRules;
import capaian.rules.Profile;

import java.util.List;

/**
 * The Indeks sheet's formulas, the same arithmetic as {@link capaian.compute.IndexEvaluator}: a Sistem Merit
 * indicator's bobot × nilai and bobot × 4, a component's nilai, a Jumlah's sums, skor ÷ maksimum × 100 and
 * the categories. A component's maksimum comes from the profile and is written as a value.
 */
final class IndexFormulas {
    private final Profile profile;
    private final FormulaBuilder f;
    private final int scale;

    IndexFormulas(Profile profile, FormulaBuilder f) {
        this.profile = profile;
        this.f = f;
        this.scale = profile.roundingScale();
    }

    /** The formula of a computed cell of an Indeks row, or null when its value is written instead. */
    String formula(Derivation d, SheetRow row, IndexSheet index) {
        IndexLine line = index == null ? null : index.line(row);
        if (line == null) return null;
        int n = row.row();
        IndexRules rules = profile.index(line.block().kind());
        String bobot = f.ref(Role.BOBOT, n);
        String nilai = f.ref(Role.NILAI, n);
        return switch (d) {
            case INDEX_MAKSIMUM -> switch (line.kind()) {
                case PART -> line.indicator() && usable(row, Role.BOBOT)
                        ? "IF(" + bobot + "=\"\",\"\",ROUND(" + bobot + "*" + rules.nilaiMax().toPlainString() + "," + scale + "))"
                        : null;
                default -> sum(Role.MAKSIMUM, line.parts());
            };
            case INDEX_SKOR -> switch (line.kind()) {
                case PART -> line.indicator()
                        ? (usable(row, Role.BOBOT) && usable(row, Role.NILAI) ? "IF(OR(" + bobot + "=\"\"," + nilai
                            + "=\"\"),\"\",ROUND(" + bobot + "*" + nilai + "," + scale + "))" : null)
                        : (usable(row, Role.NILAI) ? "IF(" + nilai + "=\"\",\"\",ROUND(" + nilai + "," + scale + "))" : null);
                default -> sum(Role.SKOR, line.parts());
            };
            case INDEX_PERSENTASE -> f.serapan(f.ref(Role.MAKSIMUM, n), f.ref(Role.SKOR, n));
            case INDEX_KATEGORI -> line.kind() == IndexLine.Kind.TOTAL
                    ? f.category(f.ref(Role.SKOR, n), profile.scale(rules.scaleName()))
                    : rules.partScaleName() != null && !line.indicator()
                        ? f.category(f.ref(Role.PERSENTASE, n), profile.scale(rules.partScaleName())) : null;
            default -> null;
        };
    }

    /** Blank or a numeric cell: text such as "21,32" typed as text would break the arithmetic. */
    private static boolean usable(SheetRow row, Role role) {
        return row.get(role).isBlank() || row.isNumericCell(role);
    }

    private String sum(Role role, List<SheetRow> parts) {
        if (parts.isEmpty()) return null;
        String cells = f.ranges("", role, parts.stream().map(SheetRow::row).toList());
        return FormulaBuilder.fits("IF(COUNT(" + cells + ")=0,\"\",ROUND(SUM(" + cells + ")," + scale + "))");
    }
}
