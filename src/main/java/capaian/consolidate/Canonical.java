package capaian.consolidate;

import java.util.concurrent.ConcurrentHashMap;

/**
 * One instance of each equal text and number among the rows a rekap keeps: levels, units, polarities, categories,
 * round pagu and the same percentages recur across a thousand OPDs' rows, and each row's own copies were half of
 * the heap a 1,000-workbook rekap holds until it is written (1.6 million strings, 1.4 million BigDecimals for
 * 300,000 rows). Equal means {@code equals}: a BigDecimal keeps its scale. Safe from several threads; bounded, so
 * a rekap of all-distinct texts stops remembering instead of growing.
 */
final class Canonical {
    static final int MAX = 500_000;

    private final ConcurrentHashMap<Object, Object> seen = new ConcurrentHashMap<>();

    @SuppressWarnings("unchecked")
    <T> T of(T value) {
        if (value == null) return null;
        Object known = seen.get(value);
        if (known != null) return (T) known;
        if (seen.size() >= MAX) return value;
        known = seen.putIfAbsent(value, value);
        return known == null ? value : (T) known;
    }
}
