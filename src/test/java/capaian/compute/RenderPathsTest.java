package capaian.compute;

import capaian.form.Column;
import capaian.form.Forms;
import capaian.form.Role;
import capaian.form.SheetDefinition;
import capaian.formula.Expr;
import capaian.formula.F;
import capaian.formula.Ref;
import capaian.rules.ProfileLoader;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The writer renders formulas by appending into one builder ({@link Expr#render(StringBuilder)}, through
 * {@link F#formula}); the text must be exactly what {@link Expr#render()} gives, character for character, for
 * every rule's expression and the row lists parents and Ringkasan lines sum.
 */
class RenderPathsTest {
    @Test
    void appendedTextEqualsRenderedTextForEveryRuleAndRowList() {
        List<Expr> all = new ArrayList<>();
        for (SheetDefinition def : List.of(Forms.LAMPIRAN_REALISASI.mainSheet(), Forms.RENJA.mainSheet())) {
            Map<Role, Integer> cols = new HashMap<>();
            List<Column> columns = def.columns();
            for (int c = 0; c < columns.size(); c++) cols.put(columns.get(c).role(), c);
            RuleFormulas rules = new RuleFormulas(ProfileLoader.defaultProfile(), cols);
            for (Column col : columns) {
                if (col.computed()) all.add(rules.forTemplate(col.derivation(), col.role(), 27));
            }
        }
        all.removeIf(e -> e == null);
        assertTrue(all.size() >= 6, "rules rendered: " + all.size());
        // runs, gaps, a repeated row, a column past Z, another sheet with an apostrophe in its name
        all.add(F.sum(F.rows(null, 13, List.of(9, 10, 11, 14, 14, 20, 21))));
        all.add(F.sum(F.rows("Bappeda's 'Tabel'", 27, List.of(3, 4, 8))));
        all.add(F.average(F.rows(null, 701, List.of(5))));
        all.add(F.sum(F.rows(null, 2, List.of())));
        all.add(F.count(F.rows(null, 2, List.of()), new Ref("Indeks", 3, 12)));
        List<Integer> spaced = new ArrayList<>();
        for (int i = 0; i < 600; i++) spaced.add(2 + 2 * i);
        all.add(F.sum(F.rows(null, 10, spaced))); // nested in chunks of 250
        all.add(F.round(F.sub(F.num(2.5), F.div(F.num(100), F.sub(F.num(-3), F.num(0.125)))), 2));
        for (Expr e : all) assertEquals(e.render(), F.formula(e));
        // the whole numbers a rule spells (ROUND's digits, 100) are written as integers
        assertEquals("ROUND(A1*100,2)", F.formula(F.round(F.mul(Ref.of(0, 1), F.num(100)), 2)));
        assertEquals("SUM(N9:N11,N14,N14,N20:N21)", F.formula(all.get(all.size() - 7)));
    }
}
