package capaian.read;

import capaian.form.SheetDefinition;

import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A workbook's sheets as first seen: the first rows of each, by name in workbook order, and each sheet's header
 * as located for a definition, worked out once per read (recognising the form, choosing among several sheets and
 * reading all ask for the same headers).
 */
final class Sheets {
    private static final Object NONE = new Object();

    private final Map<String, List<RawRow>> heads;
    private final Map<SheetDefinition, Map<String, Object>> matches = new IdentityHashMap<>();
    private final Map<String, HeaderLocator.Heads> read = new HashMap<>();

    Sheets(Map<String, List<RawRow>> heads) {
        this.heads = heads;
    }

    Set<String> names() {
        return heads.keySet();
    }

    List<RawRow> heads(String name) {
        return heads.get(name);
    }

    /** The sheet's header for the definition, or null when it has none. */
    HeaderLocator.Match match(SheetDefinition def, String name) {
        Object m = matches.computeIfAbsent(def, d -> new HashMap<>()).computeIfAbsent(name, n -> {
            List<RawRow> rows = heads.get(n);
            HeaderLocator.Match found = HeaderLocator.locate(def, rows, read.computeIfAbsent(n, k -> HeaderLocator.Heads.of(rows)));
            return found == null ? NONE : found;
        });
        return m == NONE ? null : (HeaderLocator.Match) m;
    }
}
