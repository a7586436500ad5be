package capaian.compute;

import capaian.findings.FindingCode;
import capaian.findings.Findings;
import capaian.form.Role;
import capaian.model.SheetData;
import capaian.model.SheetRow;

import java.math.BigDecimal;
import java.util.List;

/**
 * Money of parents as the sum of their leaves (RULES section 5): the effective value of every entity for
 * one money column, a TOTAL_MISMATCH for a parent (or total row) whose typed total differs at 2 decimals, and a
 * fill for an empty one. A total row's sum is that of the leaves it covers, never part of another sum.
 */
final class MoneyRollup {
    private MoneyRollup() {}

    /** An entity's own value for a money column: the sum of its rows' cells, null when all are blank. */
    static BigDecimal own(Entity e, Role role) {
        BigDecimal sum = null;
        List<SheetRow> rows = e.rows();
        for (int i = 0; i < rows.size(); i++) sum = Numbers.sum(sum, rows.get(i).get(role).numeric());
        return sum;
    }

    /** The effective value: a leaf's own, a parent's leaf sum (null when no leaf has a value). */
    static BigDecimal effective(Hierarchy h, Entity e, Role role) {
        if (e.isLeaf()) return own(e, role);
        BigDecimal sum = null;
        for (Entity leaf : h.leavesUnder(e)) sum = Numbers.sum(sum, own(leaf, role));
        return sum;
    }

    /** Checks typed parent totals against their leaves and records fills for empty parent cells. */
    static void check(SheetData sheet, Hierarchy h, Role role, List<RowResult> results,
                      java.util.Map<SheetRow, RowResult> byRow, Findings findings) {
        for (Entity e : h.entities()) {
            if (e.isLeaf()) continue;
            BigDecimal sum = effective(h, e, role);
            if (sum == null) continue;
            SheetRow typedRow = firstTyped(e, role);
            if (typedRow == null) {
                if (!hasUnreadable(e, role)) byRow.get(e.first()).fill(role, sum);
                continue;
            }
            BigDecimal stated = own(e, role);
            if (!TotalScope.sameAt2(stated, sum)) {
                findings.at(FindingCode.TOTAL_MISMATCH, sheet, role, typedRow.row(), Numbers.display(stated),
                        "expected", Numbers.display(sum), "difference", Numbers.display(stated.subtract(sum)));
            }
        }
    }

    private static SheetRow firstTyped(Entity e, Role role) {
        for (SheetRow r : e.rows()) if (r.get(role).isNumeric()) return r;
        return null;
    }

    private static boolean hasUnreadable(Entity e, Role role) {
        for (SheetRow r : e.rows()) if (!r.get(role).isBlank()) return true;
        return false;
    }
}
