package capaian.write;

import capaian.compute.IndexSheet;
import capaian.compute.RowResult;
import capaian.compute.RuleFormulas;
import capaian.compute.SheetResult;
import capaian.form.Derivation;
import capaian.form.Role;
import capaian.formula.Expr;
import capaian.formula.F;
import capaian.model.SheetRow;
import capaian.rules.Profile;

import java.util.Map;

/**
 * The formula text of computed cells: the core's expressions ({@link RuleFormulas}) rendered. In a result
 * workbook a cell gets its formula only where {@link capaian.compute.FormulaGate} found that it recomputes
 * Capaian's value; elsewhere the caller writes the value.
 */
final class FormulaBuilder {
    private final RuleFormulas rules;

    FormulaBuilder(Profile profile, Map<Role, Integer> columns) {
        this.rules = new RuleFormulas(profile, columns);
    }

    /** The expression of a computed cell in a result workbook, or null when the value must be written as is. */
    Expr forResult(Derivation d, Role role, RowResult r, SheetResult s) {
        return r.hasFormula(role) ? rules.forResult(d, role, r, s) : null;
    }

    /** The formula of an Indeks template row, from the structure its prefilled rows have. */
    String forIndexTemplate(Derivation d, SheetRow row, IndexSheet index) {
        return F.formula(rules.index(d, row, index));
    }

    /** The formula a template's empty row carries: the leaf form, guarded so that empty inputs show nothing. */
    String forTemplate(Derivation d, Role role, int n) {
        return F.formula(rules.forTemplate(d, role, n));
    }

    /** The SUM of a parent's leaf cells for an empty parent money cell, where it recomputes the value. */
    Expr sumOfLeaves(Role role, RowResult r, SheetResult s) {
        return r.hasFormula(role) ? rules.sumOfLeaves(role, r, s.hierarchy()) : null;
    }

    /** A cell linked to another (an IKU realisasi fed by an index total), where it recomputes the value. */
    Expr link(Role role, RowResult r) {
        return r.hasFormula(role) ? RuleFormulas.link(r.links().get(role)) : null;
    }
}
