package capaian.messy;

import capaian.form.Role;
import capaian.report.Report;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * The clean example's entities as blocks of rows, from its clean report (an entity's first row carries its
 * money; a further indicator row none): what a user's subtotal or parent formula must add up.
 */
final class Hierarchy {
    private static final List<String> LEVELS = List.of("urusan", "bidang", "program", "kegiatan", "subkegiatan");

    /** An entity above the sub kegiatan: its first row, its last row (before the next entity of its level or above). */
    record Block(String level, String uraian, int start, int end, List<Report.Row> entities) {
        /** The sum of its sub kegiatan's money in a column (pagu or realisasi anggaran). */
        BigDecimal sum(Role role) {
            return Hierarchy.sum(entities, role);
        }

        int firstLeaf() {
            return entities.stream().filter(r -> r.level().equals("subkegiatan")).mapToInt(Report.Row::row).min().orElse(start + 1);
        }

        /** Its direct children's first rows: the highest level found below it. */
        List<Integer> children() {
            int top = entities.stream().mapToInt(r -> rank(r.level())).min().orElse(LEVELS.size());
            return entities.stream().filter(r -> rank(r.level()) == top).map(Report.Row::row).toList();
        }

        boolean childrenAreLeaves() {
            return entities.stream().allMatch(r -> r.level().equals("subkegiatan"));
        }
    }

    private final BaseExample base;
    private final List<Report.Row> entities;

    Hierarchy(BaseExample base) {
        this.base = base;
        this.entities = base.rows.values().stream().filter(r -> r.pagu() != null && rank(r.level()) < LEVELS.size()).toList();
    }

    List<Block> blocks() {
        List<Block> out = new ArrayList<>();
        for (int i = 0; i < entities.size(); i++) {
            Report.Row r = entities.get(i);
            if (r.level().equals("subkegiatan")) continue;
            int end = base.lastDataRow();
            List<Report.Row> inside = new ArrayList<>();
            for (int j = i + 1; j < entities.size(); j++) {
                if (rank(entities.get(j).level()) <= rank(r.level())) {
                    end = entities.get(j).row() - 1;
                    break;
                }
                inside.add(entities.get(j));
            }
            if (!inside.isEmpty()) out.add(new Block(r.level(), r.uraian(), r.row(), end, inside));
        }
        return out;
    }

    BigDecimal total(Role role) {
        return sum(entities, role);
    }

    /** Whether every sub kegiatan's cell in these columns holds a number or nothing (a SUM skips text). */
    boolean leavesNumeric(List<Role> roles) {
        FormEdit e = base.reader();
        for (Report.Row r : entities) {
            if (!r.level().equals("subkegiatan")) continue;
            for (Role role : roles) {
                var c = e.cell(r.row(), role);
                if (FormEdit.number(c) == null && c.getCellType() != org.apache.poi.ss.usermodel.CellType.BLANK) return false;
            }
        }
        return true;
    }

    private static BigDecimal sum(List<Report.Row> rows, Role role) {
        BigDecimal s = BigDecimal.ZERO;
        for (Report.Row r : rows) {
            if (!r.level().equals("subkegiatan")) continue;
            BigDecimal v = role == Role.REALISASI_ANGGARAN ? r.realisasiAnggaran() : r.pagu();
            if (v != null) s = s.add(v);
        }
        return s;
    }

    private static int rank(String level) {
        int i = LEVELS.indexOf(level);
        return i < 0 ? LEVELS.size() : i;
    }
}
