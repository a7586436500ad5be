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
        Map<Role, Integer> columns = new EnumMap<>(Role.class);
        List<Integer> duplicates = new ArrayList<>();
        String group = null;
        for (int col = 0; col <= maxCol; col++) {
            String own = Titles.normalise(lower.text(col));
            String above = upper == null ? "" : Titles.normalise(upper.text(col));
            if (!above.isEmpty()) group = above;
            else if (own.isEmpty()) group = null;
            for (Column c : def.columns()) {
                boolean hit = Titles.matches(c, own)
                        || (own.isEmpty() && Titles.matches(c, above))
                        || (group != null && !own.isEmpty() && Titles.matches(c, group + " " + own));
                if (!hit) continue;
                if (columns.containsKey(c.role())) duplicates.add(col);
                else columns.put(c.role(), col);
                break;
            }
        }
        List<Column> missing = new ArrayList<>();
        for (Column c : def.columns()) {
            if (c.required() && !columns.containsKey(c.role())) missing.add(c);
        }
        return new Match(lower.row(), columns, missing, duplicates);
    }
}
