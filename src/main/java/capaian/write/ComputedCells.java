package capaian.write;

import capaian.compute.CellLink;
import capaian.compute.RowResult;
import capaian.compute.SheetResult;
import capaian.form.Column;
import capaian.form.FooterField;
import capaian.form.Role;
import capaian.model.CellRef;
import capaian.process.Evaluation;
import capaian.rules.Profile;
import capaian.value.ValueType;

import java.util.ArrayList;
import java.util.List;

/**
 * The cells the write-back fills in, as a list instead of a workbook: for a client that writes them into a
 * workbook it has open (the Excel add-in). Made from the {@link Evaluation} the same way {@link ResultWriter}
 * writes them: every cell of a computed column on a data row (its value, the formula from {@link FormulaBuilder}
 * where one recomputes it, the category fill or the computed grey, the number format), the IKU cells linked to an
 * index total, the empty parent money cells that get their leaves' sum, and the computed footer lines. Nothing
 * else in an input column is listed.
 */
public final class ComputedCells {

    /**
     * One cell to write.
     *
     * @param value   a number, a text, or null to clear the cell
     * @param formula the formula with its leading '=', or null to write the value
     * @param fill    RGB hex of the fill (a category's, or the computed grey), or null to keep the cell's fill
     * @param format  Excel number format, or null to keep the cell's
     */
    public record Cell(String sheet, String address, Object value, String formula, String fill, String format) {}

    private ComputedCells() {}

    public static List<Cell> of(Evaluation ev) {
        Profile profile = ev.profile();
        List<Cell> out = new ArrayList<>();
        for (SheetResult s : ev.sheets()) {
            String sheet = s.sheet().name();
            FormulaBuilder formulas = new FormulaBuilder(profile, s.sheet().columns());
            for (RowResult r : s.rows()) {
                int row = r.row().row();
                for (Column col : s.sheet().definition().columns()) {
                    Integer c = s.sheet().column(col.role());
                    if (c == null) continue;
                    String a1 = CellRef.a1(c, row);
                    if (col.computed()) {
                        Object value = r.computed().get(col.role());
                        String f = value == null ? null : formulas.forResult(col.derivation(), col.role(), r, s);
                        out.add(new Cell(sheet, a1, value, eq(f), fill(profile, value), format(col.type())));
                    } else if (r.links().containsKey(col.role())) {
                        // an IKU realisasi fed by an index total on the Indeks sheet, as the write-back links it
                        CellLink l = r.links().get(col.role());
                        out.add(new Cell(sheet, a1, l.value(), eq(FormulaBuilder.link(l)), null, null));
                    } else if (r.filled().containsKey(col.role())) {
                        String f = formulas.sumOfLeaves(col.role(), r, s.hierarchy());
                        out.add(new Cell(sheet, a1, r.filled().get(col.role()), eq(f), null, null));
                    }
                }
            }
            if (s.sheet().definition() == ev.document().form().mainSheet()) footer(ev, s, out);
        }
        return out;
    }

    private static void footer(Evaluation ev, SheetResult s, List<Cell> out) {
        Integer col = s.sheet().column(Role.URAIAN);
        if (col == null) return;
        for (FooterField f : s.sheet().definition().footer()) {
            Integer row = s.sheet().footerRows().get(f.label());
            if (!f.computed() || row == null) continue;
            Object value = ev.footer().get(f.label());
            out.add(new Cell(s.sheet().name(), CellRef.a1(col, row), value, null, fill(ev.profile(), value),
                    format(value instanceof String ? ValueType.TEXT : ValueType.NUMBER)));
        }
    }

    /** A category's fill from the profile, else the grey every computed cell has (as {@link Styles#computed}). */
    private static String fill(Profile profile, Object value) {
        String fill = value instanceof String label ? profile.categoryFill(label) : null;
        return fill == null ? Styles.COMPUTED_GREY : fill;
    }

    private static String format(ValueType type) {
        return switch (type) {
            case MONEY -> Styles.RUPIAH;
            case NUMBER -> Styles.PERCENT;
            default -> null;
        };
    }

    private static String eq(String formula) {
        return formula == null ? null : "=" + formula;
    }
}
