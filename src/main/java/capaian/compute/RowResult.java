package capaian.compute;

import capaian.form.Role;
import capaian.model.SheetRow;

import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.Map;

/**
 * What the computation gives for one sheet row: the value of each computed column (a rounded BigDecimal
 * or a category text), and the parent cells left empty that get their leaves' sum.
 */
public final class RowResult {
    private final SheetRow row;
    private final Entity entity;
    private final Map<Role, Object> computed = new EnumMap<>(Role.class);
    private final Map<Role, BigDecimal> filled = new EnumMap<>(Role.class);
    private final Map<Role, BigDecimal> money = new EnumMap<>(Role.class);
    private final Map<Role, CellLink> links = new EnumMap<>(Role.class);

    RowResult(SheetRow row, Entity entity) {
        this.row = row;
        this.entity = entity;
    }

    public SheetRow row() { return row; }

    /** The entity the row belongs to; null on sheets without a hierarchy (IKU). */
    public Entity entity() { return entity; }

    /** Whether this row is its entity's first row, where its money and its serapan live. */
    public boolean entityRow() {
        return entity != null && entity.first() == row;
    }

    public Map<Role, Object> computed() { return computed; }

    public Map<Role, BigDecimal> filled() { return filled; }

    /** An entity row's money as the computation uses it: a leaf's own, a parent's leaf sum. */
    public Map<Role, BigDecimal> money() { return money; }

    /** Input cells left empty that are filled from another sheet's cell (an IKU's realisasi from the Indeks). */
    public Map<Role, CellLink> links() { return links; }

    public BigDecimal number(Role role) {
        Object v = computed.get(role);
        return v instanceof BigDecimal b ? b : null;
    }

    public String text(Role role) {
        Object v = computed.get(role);
        return v instanceof String s ? s : null;
    }

    void put(Role role, Object value) {
        if (value != null) computed.put(role, value);
    }
}
