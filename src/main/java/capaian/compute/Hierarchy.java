package capaian.compute;

import capaian.findings.FindingCode;
import capaian.findings.Findings;
import capaian.form.Role;
import capaian.model.Kode;
import capaian.model.Level;
import capaian.model.SheetData;
import capaian.model.SheetRow;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The plan hierarchy of a sheet (RULES section 2), built in one pass: the level from the code, else from the
 * Tingkat column, else assumed; the parent from the code, else from position (the nearest entity above
 * with a higher level). A row without code and without uraian is a further indicator of the entity above.
 * Total and subtotal rows, by their label or by their money (RULES 5), cover leaves instead (see TotalScope).
 */
public final class Hierarchy {
    private final List<Entity> entities = new ArrayList<>();
    private final Map<SheetRow, Entity> entityOf = new IdentityHashMap<>();
    private final List<Entity> leaves = new ArrayList<>();

    public List<Entity> entities() { return entities; }

    /** The entity a row belongs to (null for a row before any entity). */
    public Entity entityOf(SheetRow row) { return entityOf.get(row); }

    /** All leaves of the sheet, in order. */
    public List<Entity> leaves() { return leaves; }

    /** The leaves that a parent's sums cover; for a total or subtotal row, the leaves it sums. */
    public List<Entity> leavesUnder(Entity e) {
        if (e.level().isTotal()) return e.covers();
        List<Entity> out = new ArrayList<>();
        e.collectLeaves(out);
        return out;
    }

    public static Hierarchy build(SheetData sheet, Findings findings) {
        Hierarchy h = new Hierarchy();
        Map<String, Entity> byKode = new HashMap<>();
        Map<String, Integer> seenKeys = new HashMap<>(sheet.rows().size() * 2); // sized once: it grows to a key a row
        Deque<Entity> stack = new ArrayDeque<>();
        TotalScope scope = new TotalScope(sheet, h.entities);
        List<SheetRow> rows = sheet.rows();
        // each row's code and total label, worked out once: the loop below and entitiesAfter both ask
        Kode[] kodes = new Kode[rows.size()];
        TotalLabel[] labels = new TotalLabel[rows.size()];
        for (int i = 0; i < rows.size(); i++) {
            kodes[i] = Kode.parse(rows.get(i).text(Role.KODE));
            labels[i] = kodes[i] != null ? null : totalLabel(rows.get(i)); // a valid code is never a total
        }
        boolean[] entityAfter = entitiesAfter(rows, labels);
        Entity current = null;
        for (int i = 0; i < rows.size(); i++) {
            SheetRow row = rows.get(i);
            String kodeText = row.text(Role.KODE);
            String uraian = row.text(Role.URAIAN);
            TotalLabel label = labels[i];
            Kode kode = label != null ? null : kodes[i];
            if (label == null && kodeText != null && kode == null) {
                findings.at(FindingCode.CODE_INVALID, sheet, Role.KODE, row.row(), kodeText);
            }
            Entity sameKode = kode == null ? null : byKode.get(kode.text());
            boolean continuation = label == null && ((kodeText == null && uraian == null && current != null)
                    || (sameKode != null && (uraian == null || sameKode == current)));
            List<Entity> covers = null;
            if (label != null) {
                covers = scope.labelled(row, label, stack, !entityAfter[i]);
            } else if (kode == null && sameKode == null && row.text(Role.TINGKAT) == null && scope.looksLikeTotal(row)
                    && (!continuation || current.isLeaf())) {
                // No code, no level, no indicator, and the money of the rows above it: their total, not more money.
                covers = scope.byContent(row, stack);
                if (covers != null) {
                    continuation = false;
                    findings.at(FindingCode.TOTAL_ROW_ASSUMED, sheet, uraian != null ? Role.URAIAN : firstMoney(sheet),
                            row.row(), uraian, "rows", TotalScope.describe(covers));
                }
            }
            if (continuation) {
                Entity owner = sameKode != null ? sameKode : current;
                owner.rows().add(row);
                scope.rowAdded(owner, row);
                h.entityOf.put(row, owner);
                checkDuplicate(sheet, row, owner, seenKeys, findings);
                continue;
            }
            Level level;
            if (covers == null) {
                level = level(sheet, row, kode, uraian, findings);
            } else if (label == TotalLabel.GRAND || covers.isEmpty()) {
                // Nothing above it: a Jumlah at the top of the table sums the whole table (set below).
                level = Level.TOTAL;
            } else {
                boolean group = label == TotalLabel.PROGRAM || label == TotalLabel.KEGIATAN || label == TotalLabel.SUB;
                level = !group && !entityAfter[i] && scope.coversEverything(covers) ? Level.TOTAL : Level.SUBTOTAL;
            }
            Entity e = new Entity(level, kode == null ? null : kode.text(), row);
            h.entities.add(e);
            scope.added(e);
            h.entityOf.put(row, e);
            if (level.isTotal()) {
                e.covers(covers == null ? List.of() : covers);
            } else {
                Entity parent = null;
                if (kode != null && kode.parentText() != null) {
                    parent = byKode.get(kode.parentText());
                    if (parent == null && (kode.level() == Level.KEGIATAN || kode.level() == Level.SUB_KEGIATAN)) {
                        findings.at(FindingCode.CODE_PARENT_MISSING, sheet, Role.KODE, row.row(), kode.text(),
                                "expected", kode.parentText());
                    }
                }
                while (!stack.isEmpty() && !stack.peek().level().isAbove(level)) stack.pop();
                if (parent == null && !stack.isEmpty()) parent = stack.peek();
                if (parent != null) {
                    scope.becomesParent(parent);
                    e.parent(parent);
                }
                stack.push(e);
                if (kode != null) byKode.putIfAbsent(kode.text(), e);
            }
            current = e;
            checkDuplicate(sheet, row, e, seenKeys, findings);
        }
        for (Entity e : h.entities) if (e.isLeaf()) h.leaves.add(e);
        for (Entity e : h.entities) {
            // A total before any leaf (a Jumlah at the top) sums the whole table; a row taken for a leaf that
            // later got children stands for its leaves.
            if (!e.level().isTotal()) continue;
            if (e.covers().isEmpty()) e.covers(h.leaves);
            else e.covers(TotalScope.leavesOf(e.covers()));
        }
        return h;
    }

    private static final Role[] LABEL_CELLS = {Role.URAIAN, Role.KODE, Role.NO, Role.TINGKAT};

    /** The total label in the row's Uraian, Kode, No or Tingkat cell, or null; asked of rows without a valid code. */
    private static TotalLabel totalLabel(SheetRow row) {
        for (Role r : LABEL_CELLS) {
            TotalLabel l = TotalLabel.of(row.text(r));
            if (l != null) return l;
        }
        return null;
    }

    /** For each row: whether a later row starts an entity that is not a total (a code or a name). */
    private static boolean[] entitiesAfter(List<SheetRow> rows, TotalLabel[] labels) {
        boolean[] after = new boolean[rows.size()];
        boolean seen = false;
        for (int i = rows.size() - 1; i >= 0; i--) {
            after[i] = seen;
            SheetRow r = rows.get(i);
            if ((r.text(Role.KODE) != null || r.text(Role.URAIAN) != null) && labels[i] == null) seen = true;
        }
        return after;
    }

    private static Role firstMoney(SheetData sheet) {
        List<Role> money = TotalScope.moneyRoles(sheet);
        return money.isEmpty() ? Role.URAIAN : money.get(0);
    }

    private static Level level(SheetData sheet, SheetRow row, Kode kode, String uraian, Findings findings) {
        String tingkatText = row.text(Role.TINGKAT);
        Level tingkat = Level.parse(tingkatText);
        if (tingkatText != null && tingkat == null) {
            findings.at(FindingCode.CHOICE_UNKNOWN, sheet, Role.TINGKAT, row.row(), tingkatText,
                    "expected", "Program, Kegiatan, Sub Kegiatan");
        }
        if (kode != null) {
            if (tingkat != null && tingkat != kode.level()) {
                findings.at(FindingCode.LEVEL_CONFLICT, sheet, Role.TINGKAT, row.row(), tingkatText,
                        "expected", kode.level().label());
            }
            return kode.level();
        }
        if (tingkat != null) return tingkat;
        String u = uraian == null ? "" : uraian.trim().toLowerCase(Locale.ROOT);
        // Seeds print programs in capitals starting with PROGRAM; anything else unmarked is the working level.
        Level assumed = u.startsWith("program") ? Level.PROGRAM : Level.SUB_KEGIATAN;
        findings.at(FindingCode.LEVEL_ASSUMED, sheet, Role.URAIAN, row.row(), uraian, "expected", assumed.label());
        return assumed;
    }

    /**
     * A row whose key (RULES 2: code and indicator) was seen before: a copied or duplicated row, whose money would
     * count twice. A row without a code is keyed by its name, as the chain of forms keys it, and by its money too,
     * so that two sub kegiatan that merely share a name and an indicator are not taken for one.
     */
    private static void checkDuplicate(SheetData sheet, SheetRow row, Entity e, Map<String, Integer> seen,
                                       Findings findings) {
        String indikator = row.text(Role.INDIKATOR);
        String uraian = row.text(Role.URAIAN);
        String key;
        if (e.kode() != null) {
            if (indikator == null) return;
            key = e.kode();
        } else {
            // only sub kegiatan rows that carry money: a parent's blank money says nothing about a copy
            if (uraian == null || e.first() != row || e.level() != Level.SUB_KEGIATAN
                    || row.get(Role.PAGU).isBlank() && row.get(Role.REALISASI_ANGGARAN).isBlank()) return;
            key = "\u0001" + normal(uraian) + "\u0000" + row.get(Role.PAGU).raw() + "\u0000"
                    + row.get(Role.REALISASI_ANGGARAN).raw();
        }
        key += "\u0000" + (indikator == null ? "" : normal(indikator));
        Integer other = seen.putIfAbsent(key, row.row());
        if (other != null) {
            String value = e.kode() != null ? "kode " + e.kode() : "\"" + uraian + "\"";
            findings.at(FindingCode.ROW_DUPLICATE, sheet, Role.INDIKATOR, row.row(), value,
                    "other", Integer.toString(other));
        }
    }

    /**
     * Lower case, each run of white space (as the regex \\s: space, tab, line ends, form feed) one space, trimmed:
     * a row's key. A regular expression per row was a fifth of building the hierarchy.
     */
    static String normal(String s) {
        String lower = s.toLowerCase(Locale.ROOT);
        StringBuilder b = new StringBuilder(lower.length());
        boolean inSpace = false;
        for (int i = 0; i < lower.length(); i++) {
            char c = lower.charAt(i);
            if (c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r') {
                if (!inSpace) b.append(' ');
                inSpace = true;
            } else {
                b.append(c);
                inSpace = false;
            }
        }
        return b.toString().trim();
    }
}
