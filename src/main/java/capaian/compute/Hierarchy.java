package capaian.compute;

import capaian.check.FindingCode;
import capaian.check.Findings;
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

    /** The leaves that a parent's sums cover: all leaves for a total row. */
    public List<Entity> leavesUnder(Entity e) {
        if (e.level() == Level.TOTAL) return leaves;
        List<Entity> out = new ArrayList<>();
        e.collectLeaves(out);
        return out;
    }

    public static Hierarchy build(SheetData sheet, Findings findings) {
        Hierarchy h = new Hierarchy();
        Map<String, Entity> byKode = new HashMap<>();
        Map<String, Integer> seenKeys = new HashMap<>();
        Deque<Entity> stack = new ArrayDeque<>();
        Entity current = null;
        for (SheetRow row : sheet.rows()) {
            String kodeText = row.text(Role.KODE);
            String uraian = row.text(Role.URAIAN);
            Kode kode = Kode.parse(kodeText);
            if (kodeText != null && kode == null) {
                findings.at(FindingCode.CODE_INVALID, sheet, Role.KODE, row.row(), kodeText);
            }
            Entity sameKode = kode == null ? null : byKode.get(kode.text());
            boolean continuation = (kodeText == null && uraian == null && current != null)
                    || (sameKode != null && (uraian == null || sameKode == current));
            if (continuation) {
                Entity owner = sameKode != null ? sameKode : current;
                owner.rows().add(row);
                h.entityOf.put(row, owner);
                checkDuplicate(sheet, row, owner, seenKeys, findings);
                continue;
            }
            Level level = level(sheet, row, kode, uraian, findings);
            Entity e = new Entity(level, kode == null ? null : kode.text(), row);
            h.entities.add(e);
            h.entityOf.put(row, e);
            if (level != Level.TOTAL) {
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
                if (parent != null) e.parent(parent);
                stack.push(e);
                if (kode != null) byKode.putIfAbsent(kode.text(), e);
            }
            current = e;
            checkDuplicate(sheet, row, e, seenKeys, findings);
        }
        for (Entity e : h.entities) if (e.isLeaf()) h.leaves.add(e);
        return h;
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
        if (u.equals("jumlah") || u.equals("total") || u.startsWith("jumlah total") || u.equals("jumlah keseluruhan")) {
            return Level.TOTAL;
        }
        // Seeds print programs in capitals starting with PROGRAM; anything else unmarked is the working level.
        Level assumed = u.startsWith("program") ? Level.PROGRAM : Level.SUB_KEGIATAN;
        findings.at(FindingCode.LEVEL_ASSUMED, sheet, Role.URAIAN, row.row(), uraian, "expected", assumed.label());
        return assumed;
    }

    private static void checkDuplicate(SheetData sheet, SheetRow row, Entity e, Map<String, Integer> seen,
                                       Findings findings) {
        String indikator = row.text(Role.INDIKATOR);
        if (e.kode() == null || indikator == null) return;
        String key = e.kode() + "\u0000" + indikator.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
        Integer other = seen.putIfAbsent(key, row.row());
        if (other != null) {
            findings.at(FindingCode.ROW_DUPLICATE, sheet, Role.INDIKATOR, row.row(), e.kode(),
                    "other", Integer.toString(other));
        }
    }
}
