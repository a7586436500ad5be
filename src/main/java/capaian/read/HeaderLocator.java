package capaian.read;

import capaian.form.Column;
import capaian.form.Role;
import capaian.form.SheetDefinition;
import capaian.form.Titles;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Finds a sheet's header row and its columns by title (RULES section 8): the row whose cells name the most
 * columns of the definition. A two-row header reads each column as its group title (carried right over a
 * merged group) followed by its own title; a title merged down over both rows reads from the upper row.
 */
final class HeaderLocator {
    /** Fewer matched titles than this is not a header row. */
    static final int MIN_MATCHES = 3;

    record Match(int headerRow, Map<Role, Integer> columns, List<Column> missingRequired,
                 List<Integer> duplicateColumns) {
        int score() { return columns.size(); }
    }

    private HeaderLocator() {}

    /**
     * Per definition, each accepted normalised title to the index of the first column that accepts it: one
     * lookup per cell instead of trying every column's titles (header location runs over the first rows of
     * every sheet for every form, and was the largest share of reading a small workbook).
     */
    private static final Map<SheetDefinition, Map<String, Integer>> TITLES =
            java.util.Collections.synchronizedMap(new java.util.IdentityHashMap<>());

    private static Map<String, Integer> titles(SheetDefinition def) {
        Map<String, Integer> t = TITLES.get(def);
        if (t == null) {
            Map<String, Integer> m = new java.util.HashMap<>();
            List<Column> cols = def.columns();
            for (int i = 0; i < cols.size(); i++) {
                for (String name : Titles.names(cols.get(i))) if (!name.isEmpty()) m.putIfAbsent(name, i);
            }
            t = Map.copyOf(m);
            TITLES.put(def, t);
        }
        return t;
    }

    /** The index of the first column accepting the normalised text, or MAX_VALUE. */
    private static int first(Map<String, Integer> titles, String normalised) {
        if (normalised.isEmpty()) return Integer.MAX_VALUE;
        Integer i = titles.get(normalised);
        return i == null ? Integer.MAX_VALUE : i;
    }

    /** The best header among the given first rows of a sheet, or null when none reaches {@link #MIN_MATCHES}. */
    static Match locate(SheetDefinition def, List<RawRow> firstRows) {
        Match best = null;
        RawRow previous = null;
        for (RawRow row : firstRows) {
            RawRow upper = previous != null && previous.row() == row.row() - 1 ? previous : null;
            Match m = match(def, row, upper);
            if (m.score() >= MIN_MATCHES && (best == null || m.score() > best.score())) best = m;
            previous = row;
        }
        return best;
    }

    private static Match match(SheetDefinition def, RawRow lower, RawRow upper) {
        int maxCol = 0;
        for (RawCell c : lower.cells()) maxCol = Math.max(maxCol, c.column());
        if (upper != null) for (RawCell c : upper.cells()) maxCol = Math.max(maxCol, c.column());
        Map<String, Integer> titles = titles(def);
        Map<Role, Integer> columns = new EnumMap<>(Role.class);
        List<Integer> duplicates = new ArrayList<>();
        String group = null;
        for (int col = 0; col <= maxCol; col++) {
            String own = Titles.normalise(lower.text(col));
            String above = upper == null ? "" : Titles.normalise(upper.text(col));
            if (!above.isEmpty()) group = above;
            else if (own.isEmpty()) group = null;
            // the first column (in the definition's order) that accepts the cell's own title, the title above
            // it when it has none, or its group's title followed by its own
            int hit = Math.min(first(titles, own), Math.min(own.isEmpty() ? first(titles, above) : Integer.MAX_VALUE,
                    group != null && !own.isEmpty() ? first(titles, group + " " + own) : Integer.MAX_VALUE));
            if (hit == Integer.MAX_VALUE) continue;
            Column c = def.columns().get(hit);
            if (columns.containsKey(c.role())) duplicates.add(col);
            else columns.put(c.role(), col);
        }
        List<Column> missing = new ArrayList<>();
        for (Column c : def.columns()) {
            if (c.required() && !columns.containsKey(c.role())) missing.add(c);
        }
        return new Match(lower.row(), columns, missing, duplicates);
    }
}
