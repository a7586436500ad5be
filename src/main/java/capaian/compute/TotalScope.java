package capaian.compute;

import capaian.form.Column;
import capaian.form.Role;
import capaian.model.Level;
import capaian.model.SheetData;
import capaian.model.SheetRow;
import capaian.form.ValueType;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Which leaves a total or subtotal row sums (RULES 5), decided while the hierarchy is built, from the rows above
 * it: its group (the leaves since the previous total or the group's parent), each open parent's leaves, the
 * leaves since the previous total, or all of them. A typed total picks the one it equals (at 2 decimals); failing
 * that, the one its label names, unless another is within 1 % of it (a typo in the right total).
 */
final class TotalScope {
    /** How far a typed total may be from a candidate's sum and still be taken for it: 1 %. */
    private static final BigDecimal NEAR = new BigDecimal("0.01");

    private final List<Entity> entities;
    private final List<Role> money;
    private final Map<Entity, Integer> position = new IdentityHashMap<>();
    /** The first money column, and prefix.get(i) = its sum over the leaves among entities 0..i-1, kept as rows come. */
    private final Role primary;
    private final List<BigDecimal> prefix = new ArrayList<>(List.of(BigDecimal.ZERO));
    private int lastTotal = -1;

    TotalScope(SheetData sheet, List<Entity> entities) {
        this.entities = entities;
        this.money = moneyRoles(sheet);
        this.primary = money.isEmpty() ? null : money.get(0);
    }

    /** The hierarchy added an entity (just now, at the end). */
    void added(Entity e) {
        int pos = entities.size() - 1;
        position.put(e, pos);
        if (e.level().isTotal()) lastTotal = pos;
        BigDecimal last = prefix.get(prefix.size() - 1);
        prefix.add(e.isLeaf() ? last.add(primary(e.first())) : last);
    }

    /** A further row of an entity: a leaf's money grows. */
    void rowAdded(Entity owner, SheetRow row) {
        if (owner.isLeaf()) adjust(owner, primary(row));
    }

    /** An entity is about to get its first child: its money is no longer a leaf's. */
    void becomesParent(Entity parent) {
        if (parent.children().isEmpty() && !parent.level().isTotal()) {
            BigDecimal own = MoneyRollup.own(parent, primary == null ? Role.PAGU : primary);
            if (own != null) adjust(parent, own.negate());
        }
    }

    private void adjust(Entity e, BigDecimal delta) {
        if (delta.signum() == 0) return;
        // Nearly always the last entity or the one before it: a constant cost per row.
        for (int j = positionOf(e) + 1; j < prefix.size(); j++) prefix.set(j, prefix.get(j).add(delta));
    }

    private BigDecimal primary(SheetRow row) {
        if (primary == null) return BigDecimal.ZERO;
        BigDecimal v = row.get(primary).numeric();
        return v == null ? BigDecimal.ZERO : v;
    }

    /**
     * Whether the row's first money column can equal the leaves after one of the boundaries (the last total, an
     * open parent, the start): a cheap test before the exact one, so that a long table stays linear.
     */
    private boolean maybeSum(SheetRow row, Deque<Entity> open) {
        if (primary == null || !row.get(primary).isNumeric()) return true;
        BigDecimal v = row.get(primary).numeric();
        BigDecimal now = prefix.get(prefix.size() - 1);
        List<Integer> bounds = new ArrayList<>(List.of(-1, lastTotal));
        for (Entity p : open) bounds.add(positionOf(p));
        for (int b : bounds) if (sameAt2(now.subtract(prefix.get(b + 1)), v)) return true;
        return false;
    }

    /** The typed money columns of a sheet (pagu, realisasi anggaran, the Monitoring form's rupiah). */
    static List<Role> moneyRoles(SheetData sheet) {
        List<Role> out = new ArrayList<>();
        for (Column c : sheet.definition().columns()) {
            if (!c.computed() && c.type() == ValueType.MONEY && sheet.has(c.role())) out.add(c.role());
        }
        return out;
    }

    /** A row that may be a total by its content: money typed, nothing of an indicator. */
    boolean looksLikeTotal(SheetRow row) {
        if (row.text(Role.INDIKATOR) != null || !row.get(Role.TARGET).isBlank() || !row.get(Role.REALISASI).isBlank()
                || !row.get(Role.RENJA_TARGET_K).isBlank()) {
            return false;
        }
        for (Role r : money) if (row.get(r).isNumeric() && row.get(r).numeric().signum() != 0) return true;
        return false;
    }

    /** The leaves a labelled total sums (empty when no leaf is above it). */
    List<Entity> labelled(SheetRow row, TotalLabel label, Deque<Entity> open, boolean atEnd) {
        List<List<Entity>> candidates = candidates(open);
        List<Entity> preferred = preferred(candidates, label, open, atEnd);
        if (preferred.isEmpty()) return preferred;
        List<Role> typed = typed(row);
        if (typed.isEmpty()) return preferred;
        if (equalsAll(row, preferred, typed)) return preferred;
        for (List<Entity> c : candidates) if (equalsAll(row, c, typed)) return c;
        Role first = typed.get(0);
        BigDecimal stated = row.get(first).numeric();
        List<Entity> nearest = null;
        BigDecimal best = null;
        for (List<Entity> c : candidates) {
            BigDecimal sum = sum(c, first);
            if (sum == null) continue;
            BigDecimal diff = stated.subtract(sum).abs();
            if (best == null || diff.compareTo(best) < 0) {
                best = diff;
                nearest = c;
            }
        }
        if (nearest != null && best.compareTo(stated.abs().multiply(NEAR)) <= 0) return nearest;
        return preferred;
    }

    /** The leaves an unlabelled row equals the sum of (two or more, every typed money column), or null. */
    List<Entity> byContent(SheetRow row, Deque<Entity> open) {
        List<Role> typed = typed(row);
        if (typed.isEmpty() || !maybeSum(row, open)) return null;
        for (List<Entity> c : candidates(open)) {
            if (c.size() >= 2 && equalsAll(row, c, typed)) return c;
        }
        return null;
    }

    /** Whether these leaves are all the leaves above. */
    boolean coversEverything(List<Entity> covers) {
        return covers.size() == leavesBefore(-1).size();
    }

    /** "baris 15-23": the rows a total covers, for messages. */
    static String describe(List<Entity> covers) {
        if (covers.isEmpty()) return "";
        int first = covers.get(0).first().row();
        List<SheetRow> last = covers.get(covers.size() - 1).rows();
        int end = last.get(last.size() - 1).row();
        return first == end ? Integer.toString(first) : first + "-" + end;
    }

    /** The leaves of entities, a parent standing for its own leaves. */
    static List<Entity> leavesOf(List<Entity> es) {
        List<Entity> out = new ArrayList<>();
        for (Entity e : es) e.collectLeaves(out);
        return out;
    }

    /** Candidate scopes, distinct, the group first: group, open parents inner to outer, since the last total, all. */
    private List<List<Entity>> candidates(Deque<Entity> open) {
        Set<List<Entity>> out = new LinkedHashSet<>();
        int groupStart = lastTotal;
        if (!open.isEmpty()) groupStart = Math.max(groupStart, positionOf(open.peek()));
        out.add(leavesBefore(groupStart));
        for (Entity parent : open) out.add(parentLeaves(parent));
        out.add(leavesBefore(lastTotal));
        out.add(leavesBefore(-1));
        List<List<Entity>> list = new ArrayList<>();
        for (List<Entity> c : out) if (!c.isEmpty()) list.add(c);
        return list;
    }

    private List<Entity> preferred(List<List<Entity>> candidates, TotalLabel label, Deque<Entity> open, boolean atEnd) {
        if (candidates.isEmpty()) return List.of();
        List<Entity> all = leavesBefore(-1);
        switch (label) {
            case GRAND -> { return all; }
            case PLAIN -> { if (atEnd) return all; }
            case PROGRAM, KEGIATAN -> {
                Level wanted = label == TotalLabel.PROGRAM ? Level.PROGRAM : Level.KEGIATAN;
                for (Entity parent : open) {
                    if (parent.level() == wanted && !parentLeaves(parent).isEmpty()) return parentLeaves(parent);
                }
            }
            default -> { }
        }
        return candidates.get(0);
    }

    /** The leaves (entities without children, not totals) after entity index {@code after}. */
    private List<Entity> leavesBefore(int after) {
        List<Entity> out = new ArrayList<>();
        for (int i = after + 1; i < entities.size(); i++) {
            Entity e = entities.get(i);
            if (e.isLeaf()) out.add(e);
        }
        return out;
    }

    private List<Entity> parentLeaves(Entity parent) {
        List<Entity> out = new ArrayList<>();
        parent.collectLeaves(out);
        if (out.size() == 1 && out.get(0) == parent) return List.of();
        return out;
    }

    private int positionOf(Entity e) {
        return position.get(e);
    }

    private List<Role> typed(SheetRow row) {
        List<Role> out = new ArrayList<>();
        for (Role r : money) if (row.get(r).isNumeric()) out.add(r);
        return out;
    }

    private boolean equalsAll(SheetRow row, List<Entity> leaves, List<Role> typed) {
        for (Role r : typed) {
            BigDecimal sum = sum(leaves, r);
            if (sum == null || !sameAt2(row.get(r).numeric(), sum)) return false;
        }
        return true;
    }

    private static BigDecimal sum(List<Entity> leaves, Role role) {
        BigDecimal sum = null;
        for (Entity leaf : leaves) sum = Numbers.sum(sum, MoneyRollup.own(leaf, role));
        return sum;
    }

    /** Printed totals are compared at 2 decimals (RULES 5). */
    static boolean sameAt2(BigDecimal a, BigDecimal b) {
        return a.setScale(2, RoundingMode.HALF_UP).compareTo(b.setScale(2, RoundingMode.HALF_UP)) == 0;
    }
}
