package capaian.write;

import capaian.compute.CellLink;
import capaian.compute.RowResult;
import capaian.compute.SheetResult;
import capaian.form.Column;
import capaian.form.FooterField;
import capaian.form.Role;
import capaian.model.CellRef;
import capaian.model.OutsideFormula;
import capaian.evaluate.Evaluation;
import capaian.rules.Profile;
import capaian.form.ValueType;
import capaian.formula.Expr;
import capaian.formula.F;

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

    /**
     * What the write-back writes into one cell: its place, the formula (without '=') or null, the value, and the
     * type whose computed style it takes, or null to keep the cell's own style (a link, a parent's sum). The
     * formula is rendered when asked for ({@link Formula#text}), so that a writer streaming a sheet holds only the
     * row it writes as text, not every formula of the sheet.
     */
    interface Visitor {
        void cell(String sheet, int row, int column, Formula formula, Object value, ValueType computedType);
    }

    /**
     * A cell's formula, built on demand (so that nothing holds every formula of a sheet): its expression, and its
     * text without '=', or null when the value is written.
     */
    @FunctionalInterface
    interface Formula {
        Expr expr();

        default String text() {
            return F.formula(expr());
        }
    }

    public static List<Cell> of(Evaluation ev) {
        Profile profile = ev.profile();
        List<Cell> out = new ArrayList<>();
        walk(ev, (sheet, row, column, formula, value, type) -> out.add(new Cell(sheet, CellRef.a1(column, row), value,
                eq(formula == null ? null : formula.text()), type == null ? null : fill(profile, value), type == null ? null : format(type))));
        return out;
    }

    /**
     * The one walk over an evaluation's written cells, shared by {@link ResultWriter} and {@link #of}: every cell
     * of a computed column on a data row (the formula from {@link FormulaBuilder} where one recomputes it), the IKU
     * cells linked to an index total, the empty parent money cells that get their leaves' sum, and the main
     * sheet's computed footer lines.
     */
    static void walk(Evaluation ev, Visitor v) {
        for (SheetResult s : ev.sheets()) {
            String sheet = s.sheet().name();
            FormulaBuilder formulas = new FormulaBuilder(ev.profile(), s.sheet().columns());
            for (RowResult r : s.rows()) {
                int row = r.row().row();
                for (Column col : s.sheet().definition().columns()) {
                    Integer c = s.sheet().column(col.role());
                    if (c == null) continue;
                    if (col.computed()) {
                        Object value = r.computed().get(col.role());
                        Formula f = value == null || !r.hasFormula(col.role()) ? null : new ResultFormula(formulas, col, r, s);
                        v.cell(sheet, row, c, f, value, col.type());
                    } else if (r.links().containsKey(col.role())) {
                        // an IKU realisasi fed by an index total on the Indeks sheet: a link, so a changed component flows through
                        CellLink l = r.links().get(col.role());
                        v.cell(sheet, row, c, r.hasFormula(col.role()) ? () -> formulas.link(col.role(), r) : null, l.value(), null);
                    } else if (r.filled().containsKey(col.role())) {
                        v.cell(sheet, row, c, r.hasFormula(col.role()) ? () -> formulas.sumOfLeaves(col.role(), r, s) : null,
                                r.filled().get(col.role()), null);
                    }
                }
            }
            // a formula that reaches outside the workbook: its cached value instead, so nothing calls out
            for (OutsideFormula f : s.sheet().outsideFormulas()) {
                Object cached = f.cached() instanceof Double d ? java.math.BigDecimal.valueOf(d) : f.cached();
                v.cell(sheet, f.row(), f.column(), null, cached, null);
            }
            if (s.sheet().definition() == ev.document().form().mainSheet()) footer(ev, s, v);
        }
    }

    /**
     * A computed cell's formula, built when asked for. A class rather than a lambda: one is made for every computed
     * cell, and C1 makes a capturing lambda through a call into the VM.
     */
    private record ResultFormula(FormulaBuilder formulas, Column col, RowResult r, SheetResult s) implements Formula {
        @Override
        public Expr expr() {
            return formulas.forResult(col.derivation(), col.role(), r, s);
        }
    }

    private static void footer(Evaluation ev, SheetResult s, Visitor v) {
        Integer col = s.sheet().column(Role.URAIAN);
        if (col == null) return;
        for (FooterField f : s.sheet().definition().footer()) {
            Integer row = s.sheet().footerRows().get(f.label());
            if (!f.computed() || row == null) continue;
            Object value = ev.footer().get(f.label());
            v.cell(s.sheet().name(), row, col, null, value, value instanceof String ? ValueType.TEXT : ValueType.NUMBER);
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
