package capaian.compute;

import capaian.model.Level;
import capaian.model.SheetRow;

import java.util.ArrayList;
import java.util.List;

/**
 * A program, kegiatan, sub kegiatan (or urusan, bidang, total) of a sheet: its first row and the further
 * indicator rows that belong to it, its parent and children.
 */
public final class Entity {
    private final Level level;
    private final String kode;
    // Most entities have one row or two (their indicators): no room for ten, times 100,000 rows.
    private final List<SheetRow> rows = new ArrayList<>(2);
    private final List<Entity> children = new ArrayList<>();
    private Entity parent;
    /** For a total or subtotal row: the leaves it sums. */
    private List<Entity> covers = List.of();

    Entity(Level level, String kode, SheetRow first) {
        this.level = level;
        this.kode = kode;
        rows.add(first);
    }

    public Level level() { return level; }
    public String kode() { return kode; }
    public SheetRow first() { return rows.get(0); }
    public List<SheetRow> rows() { return rows; }
    public List<Entity> children() { return children; }
    public Entity parent() { return parent; }

    /** Money is planned at the bottom: an entity without children (a total row is never a leaf). */
    public boolean isLeaf() {
        return children.isEmpty() && !level.isTotal();
    }

    /** A total or subtotal row's leaves (empty for any other entity). */
    public List<Entity> covers() { return covers; }

    void covers(List<Entity> leaves) {
        covers = List.copyOf(leaves);
    }

    void parent(Entity p) {
        parent = p;
        p.children.add(this);
    }

    /** The leaves under this entity in sheet order; a leaf's own list is itself. */
    public void collectLeaves(List<Entity> out) {
        if (isLeaf()) {
            out.add(this);
            return;
        }
        for (Entity c : children) c.collectLeaves(out);
    }
}
