package capaian.compute;

import capaian.form.Role;
import capaian.model.RoleMap;
import capaian.model.SheetRow;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.Map;

/**
 * What the computation gives for one sheet row: the value of each computed column (a rounded BigDecimal
 * or a category text), and the parent cells left empty that get their leaves' sum.
 */
public final class RowResult {
    private final SheetRow row;
    private final Entity entity;
    // RoleMaps, not EnumMaps: an EnumMap costs an array of every Role, a quarter of a kilobyte a row, and 100,000
    // rows must fit in the 256 MB of the command line. Created on first use: most rows have no filled parent sums
    // and no links.
    private final RoleMap<Object> computed = new RoleMap<>();
    private RoleMap<BigDecimal> filled;
    private RoleMap<BigDecimal> money;
    private RoleMap<CellLink> links;
    /** The roles whose written cell gets its formula ({@link FormulaGate}): one bit per role, as Role has < 64. */
    private long formulas;

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

    public RoleMap<Object> computed() { return computed; }

    /** Parent cells left empty, to their leaves' sum (read-only; see {@link #fill}). */
    public Map<Role, BigDecimal> filled() { return filled == null ? Collections.emptyMap() : filled; }

    /** An entity row's money as the computation uses it: a leaf's own, a parent's leaf sum. */
    public Map<Role, BigDecimal> money() { return money == null ? Collections.emptyMap() : money; }

    /** Input cells left empty that are filled from another sheet's cell (an IKU's realisasi from the Indeks). */
    public Map<Role, CellLink> links() { return links == null ? Collections.emptyMap() : links; }

    public BigDecimal number(Role role) {
        Object v = computed.get(role);
        return v instanceof BigDecimal b ? b : null;
    }

    public String text(Role role) {
        Object v = computed.get(role);
        return v instanceof String s ? s : null;
    }

    /** Whether the role's cell is written with its formula (it recomputes this value), else as a value. */
    public boolean hasFormula(Role role) {
        return (formulas & (1L << role.ordinal())) != 0;
    }

    void formula(Role role) {
        formulas |= 1L << role.ordinal();
    }

    void unfill(Role role) {
        if (filled != null) filled.remove(role);
    }

    void put(Role role, Object value) {
        if (value != null) computed.put(role, value);
    }

    void fill(Role role, BigDecimal sum) {
        if (filled == null) filled = new RoleMap<>();
        filled.put(role, sum);
    }

    void putMoney(Role role, BigDecimal value) {
        if (money == null) money = new RoleMap<>();
        money.put(role, value);
    }

    void link(Role role, CellLink link) {
        if (links == null) links = new RoleMap<>();
        links.put(role, link);
    }
}
