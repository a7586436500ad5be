package capaian.read;

import capaian.form.Role;
import capaian.form.ValueType;
import capaian.value.CellValue;

import java.util.HashMap;
import java.util.Map;

/**
 * Shares one {@link CellValue} between the cells of a column that read the same: codes, units, indicator texts
 * and round figures repeat down a sheet, and each cell's own copy of its value and text made most of a
 * 100,000-row document. Values are immutable and a column is always read with the same type, so the same input
 * in the same column always reads to an equal value. One cache per column, bounded: a column of all-distinct
 * texts (the Uraian) starts its cache afresh when it is full instead of growing with the rows, and leaves the
 * other columns' caches alone.
 */
final class CellValueCache {
    /** Entries kept per column before it starts afresh. */
    static final int PER_COLUMN = 4096;

    private final int bound;
    @SuppressWarnings("unchecked")
    private final Map<Object, CellValue>[] byRole = new Map[Role.values().length];

    CellValueCache() {
        this(PER_COLUMN);
    }

    CellValueCache(int bound) {
        this.bound = bound;
    }

    /**
     * What reads a cell the cache does not have yet: one object for a whole sheet. A lambda capturing the cell was
     * made for every cell read, and C1 makes a capturing lambda through a call into the VM (with the other
     * lambdas made per cell, about 100 million of a 20,000-row process's 15 billion instructions).
     */
    interface Reader {
        CellValue readText(String text, ValueType type);

        CellValue readNumber(double number, boolean percentFormat, ValueType type);
    }

    /** The value read from a text cell of the role's column: shared with earlier cells of the same text. */
    CellValue text(Role role, String text, ValueType type, Reader reader) {
        Map<Object, CellValue> m = column(role);
        CellValue v = m.get(text);
        return v != null ? v : keep(m, text, reader.readText(text, type));
    }

    /**
     * The value read from a numeric cell of the role's column: shared with earlier cells of the same number
     * and the same percent format.
     */
    CellValue number(Role role, double number, boolean percentFormat, ValueType type, Reader reader) {
        Map<Object, CellValue> m = column(role);
        NumberKey key = new NumberKey(Double.doubleToLongBits(number), percentFormat);
        CellValue v = m.get(key);
        return v != null ? v : keep(m, key, reader.readNumber(number, percentFormat, type));
    }

    /** How many values the role's column holds now (for tests). */
    int size(Role role) {
        Map<Object, CellValue> m = byRole[role.ordinal()];
        return m == null ? 0 : m.size();
    }

    private Map<Object, CellValue> column(Role role) {
        Map<Object, CellValue> m = byRole[role.ordinal()];
        // sized for a few hundred values: growing from 16 entries, rehashing each time, was 1 % of a 300-row upload
        return m != null ? m : (byRole[role.ordinal()] = new HashMap<>(512));
    }

    private CellValue keep(Map<Object, CellValue> m, Object key, CellValue v) {
        if (m.size() >= bound) m.clear();
        m.put(key, v);
        return v;
    }

    /**
     * A number and whether it is shown with a percent format (it then reads to another value than the same number
     * without). Not a {@link Double}: a Double's hash is its bits' two halves xor-ed, and the round figures of a
     * money column (1,500,000; 750,000) differ only in a few high bits, so their Doubles filled a handful of
     * buckets, which HashMap turned into trees: 7 % of a rekap's reading was spent in them.
     */
    private record NumberKey(long bits, boolean percent) {
        @Override
        public int hashCode() {
            long h = bits ^ (percent ? 0x5bd1e995L : 0);
            // the finaliser of MurmurHash3: every input bit moves every output bit
            h ^= h >>> 33;
            h *= 0xff51afd7ed558ccdL;
            h ^= h >>> 33;
            h *= 0xc4ceb9fe1a85ec53L;
            h ^= h >>> 33;
            return (int) h;
        }
    }
}
