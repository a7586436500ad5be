package capaian.read;

import capaian.form.Column;
import capaian.form.Role;
import capaian.form.SheetDefinition;
import capaian.form.Titles;
import capaian.form.ValueType;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds a sheet's header row and its columns by title (RULES section 8): the row whose cells name the most
 * columns of the definition. A header may span up to three rows: each column reads as its group titles (carried
 * right over a merged group) followed by its own title, and a title merged down over the rows reads from the row
 * it stands in. Titles compare as {@link Titles#key(String)}, then, failing that, as {@link Titles#loose(String)}.
 */
final class HeaderLocator {
    /** Fewer matched titles than this is not a header row. */
    static final int MIN_MATCHES = 3;
    /** A longer text is a data cell, never a column title (the longest title or alias has some 90 letters). */
    static final int MAX_TITLE = 160;
    /** Rows above the lowest header row that can carry group titles. */
    static final int MAX_GROUP_ROWS = 2;

    /**
     * @param headerRow        the lowest header row: data starts below it
     * @param columns          each column found, by role, to its 0-based sheet column
     * @param missingRequired  required columns not found
     * @param duplicateColumns sheet columns whose title names a column already found
     * @param unmatched        the title parts (group titles, then its own) of each header column that named none
     */
    record Match(int headerRow, Map<Role, Integer> columns, List<Column> missingRequired,
                 List<Integer> duplicateColumns, Map<Integer, List<String>> unmatched) {
        int score() { return columns.size(); }

        /** The unmatched titles that resemble a column of {@code def} (worked out only for the header chosen). */
        List<NearMiss> nearMisses(SheetDefinition def) {
            List<NearMiss> list = new ArrayList<>();
            for (var e : unmatched.entrySet()) {
                NearMiss m = nearMiss(def, e.getKey(), e.getValue());
                if (m != null) list.add(m);
            }
            return list;
        }
    }

    /** A header title that names none of the definition's columns but looks like {@code resembles}. */
    record NearMiss(int column, String title, Column resembles) {}

    private HeaderLocator() {}

    /** Per definition, each accepted title key to the index of the first column accepting it. */
    private static final Map<SheetDefinition, Map<String, Integer>> EXACT = Collections.synchronizedMap(new IdentityHashMap<>());
    /** Per definition, each loose key to the one column accepting it (a key two columns share is left out). */
    private static final Map<SheetDefinition, Map<String, Integer>> LOOSE = Collections.synchronizedMap(new IdentityHashMap<>());

    private static Map<String, Integer> exact(SheetDefinition def) {
        Map<String, Integer> t = EXACT.get(def);
        if (t == null) {
            Map<String, Integer> m = new HashMap<>();
            List<Column> cols = def.columns();
            for (int i = 0; i < cols.size(); i++) {
                for (String name : Titles.names(cols.get(i))) if (!name.isEmpty()) m.putIfAbsent(name, i);
            }
            t = Map.copyOf(m);
            EXACT.put(def, t);
        }
        return t;
    }

    private static Map<String, Integer> loose(SheetDefinition def) {
        Map<String, Integer> t = LOOSE.get(def);
        if (t == null) {
            Map<String, Integer> m = new HashMap<>();
            List<Column> cols = def.columns();
            for (int i = 0; i < cols.size(); i++) {
                for (String name : Titles.looseNames(cols.get(i))) {
                    Integer other = m.get(name);
                    if (other == null) m.put(name, i);
                    else if (other != i) m.put(name, -1);
                }
            }
            m.values().removeIf(i -> i < 0);
            t = Map.copyOf(m);
            LOOSE.put(def, t);
        }
        return t;
    }

    /**
     * A sheet's first rows as header location reads them, whatever the definition: each row's titles, and the keys
     * of each combination of title parts. A workbook's sheets are tried against every definition of every form;
     * these were worked out again for each.
     */
    static final class Heads {
        final String[][] titles;
        /** Title parts to the keys of their wordings, most specific first: exact, then loose, for each. */
        private final Map<List<String>, String[]> keys = new HashMap<>();

        private Heads(String[][] titles) {
            this.titles = titles;
        }

        static Heads of(List<RawRow> firstRows) {
            String[][] titles = new String[firstRows.size()][];
            for (int i = 0; i < titles.length; i++) titles[i] = titles(firstRows.get(i));
            return new Heads(titles);
        }

        String[] keys(List<String> parts) {
            return keys.computeIfAbsent(parts, p -> {
                String[] k = new String[2 * p.size()];
                for (int i = 0; i < p.size(); i++) {
                    String text = join(p, i);
                    k[2 * i] = Titles.key(text);
                    k[2 * i + 1] = Titles.loose(text);
                }
                return k;
            });
        }
    }

    /**
     * The best header among the given first rows of a sheet, or null when none reaches {@link #MIN_MATCHES}; their
     * {@link Heads} are the sheet's, worked out once for every definition.
     */
    static Match locate(SheetDefinition def, List<RawRow> firstRows, Heads heads) {
        // Each title's column looked up once: every row is tried as the lowest header row with the rows above it,
        // so the same cells and the same title parts come up again and again.
        String[][] titles = heads.titles;
        Map<List<String>, Integer> found = new HashMap<>();
        Match best = null;
        for (int i = 0; i < firstRows.size(); i++) {
            int top = i;
            while (top > 0 && i - top < MAX_GROUP_ROWS && firstRows.get(top - 1).row() == firstRows.get(top).row() - 1) top--;
            // A header scores at most one per column with a title in it: rows that cannot beat the best so far (the
            // data rows under a found header) are not matched at all.
            int bound = titledColumns(titles, top, i);
            if (bound < MIN_MATCHES || best != null && bound <= best.score()) continue;
            Match m = match(def, java.util.Arrays.copyOfRange(titles, top, i + 1), firstRows.get(i).row(), found, heads);
            if (m.score() >= MIN_MATCHES && (best == null || m.score() > best.score())) best = m;
        }
        return best;
    }

    /** How many columns have a title in rows {@code top} to {@code last}: the most {@link #match} can score. */
    private static int titledColumns(String[][] titles, int top, int last) {
        int width = 0;
        for (int l = top; l <= last; l++) width = Math.max(width, titles[l].length);
        int n = 0;
        for (int col = 0; col < width; col++) {
            for (int l = top; l <= last; l++) {
                if (col < titles[l].length && titles[l][col] != null) {
                    n++;
                    break;
                }
            }
        }
        return n;
    }

    /** A row's header titles by column ({@link #title}), null where a cell is no title. */
    private static String[] titles(RawRow row) {
        int width = row.cells().isEmpty() ? 0 : row.cells().get(row.cells().size() - 1).column() + 1;
        String[] t = new String[width];
        for (RawCell c : row.cells()) if (c.column() < width) t[c.column()] = title(c);
        return t;
    }

    /**
     * Matches the columns of {@code levels} (each a row's titles, top to bottom; the last is the lowest header
     * row, number {@code headerRow}).
     */
    private static Match match(SheetDefinition def, String[][] levels, int headerRow, Map<List<String>, Integer> found,
                               Heads heads) {
        int width = 0;
        for (String[] r : levels) width = Math.max(width, r.length);
        int depth = levels.length;
        String[] carried = new String[depth];
        Map<Role, Integer> columns = new EnumMap<>(Role.class);
        boolean[] taken = new boolean[def.columns().size()];
        List<Integer> duplicates = new ArrayList<>();
        Map<Integer, List<String>> unmatched = new java.util.TreeMap<>();
        int left = -1; // the definition index of the column matched nearest to the left
        for (int col = 0; col < width; col++) {
            boolean own = false;
            for (int l = 0; l < depth; l++) {
                String text = col < levels[l].length ? levels[l][col] : null;
                if (text != null) {
                    carried[l] = text;
                    for (int m = l + 1; m < depth; m++) carried[m] = null;
                    own = true;
                } else if (l == depth - 1) {
                    carried[l] = null; // the lowest row's titles are never carried right
                }
            }
            if (!own) {
                java.util.Arrays.fill(carried, null);
                continue;
            }
            List<String> parts = new ArrayList<>();
            for (String c : carried) if (c != null) parts.add(c);
            int hit = found.computeIfAbsent(parts, p -> find(def, heads.keys(p)));
            hit = byPosition(def, parts, hit, left, taken);
            if (hit < 0) {
                unmatched.put(col, parts);
                continue;
            }
            Column c = def.columns().get(hit);
            if (columns.containsKey(c.role())) {
                duplicates.add(col);
            } else {
                columns.put(c.role(), col);
                taken[hit] = true;
            }
            left = hit;
        }
        List<Column> missing = new ArrayList<>();
        for (Column c : def.columns()) {
            if (c.required() && !columns.containsKey(c.role())) missing.add(c);
        }
        return new Match(headerRow, columns, missing, duplicates, unmatched);
    }

    /** A header cell's text, or null when blank; numbers (a "1 2 3" numbering row) are not titles. */
    private static String title(RawCell c) {
        if (c == null || c.kind() != RawCell.Kind.TEXT || c.text() == null) return null;
        String t = c.text().strip();
        if (t.equals("%") || t.equals("(%)")) return "%";
        return t.length() > MAX_TITLE || Titles.key(t).isEmpty() ? null : t;
    }

    /**
     * The definition index of the column the title parts name: the most specific wording first (group and own
     * title together, so that "Realisasi s.d. TW I" over "Rp" is never the "Anggaran" its "Rp" alone would be),
     * each as its exact key, then its loose one; -1 when none does.
     */
    private static int find(SheetDefinition def, String[] keys) {
        Map<String, Integer> exact = exact(def);
        Map<String, Integer> loose = loose(def);
        for (int k = 0; k < keys.length; k += 2) {
            Integer i = exact.get(keys[k]);
            if (i == null) {
                String key = keys[k + 1];
                i = key.isEmpty() ? null : loose.get(key);
            }
            if (i != null) return i;
        }
        return -1;
    }

    /**
     * A short title is read by where it stands, as the reports' own tables use it: "Realisasi" right after the
     * pagu is the money realised, and "%" after a column is the percentage the form puts after that column
     * (seed 003's Tabel 1: ANGGARAN · REALISASI · %). The column the definition puts right after the title's left
     * neighbour is taken when the title begins that column's title (or is "%" and that column is a percentage)
     * and the column is not found yet; a title that matched by itself keeps its match unless that column is found
     * already (a Renja's "Target Tahun 2025" after its "Target Kinerja Tahun 2024" is the n+1 target) or the neighbour
     * is money, where a bare "Realisasi" is never the kinerja.
     */
    private static int byPosition(SheetDefinition def, List<String> parts, int hit, int left, boolean[] taken) {
        if (left < 0 || left + 1 >= def.columns().size() || taken[left + 1] || parts.size() != 1) return hit;
        Column next = def.columns().get(left + 1);
        if (next.group() != null) return hit;
        String own = parts.get(0);
        boolean fits = own.equals("%") ? next.title().contains("%")
                : Titles.key(next.title()).startsWith(Titles.key(own) + " ");
        if (!fits) return hit;
        if (hit < 0 || own.equals("%") || taken[hit]) return left + 1;
        boolean afterMoney = def.columns().get(left).type() == ValueType.MONEY;
        return afterMoney && def.columns().get(hit).type() != ValueType.MONEY ? left + 1 : hit;
    }

    private static String join(List<String> parts, int from) {
        return String.join(" ", parts.subList(from, parts.size()));
    }

    /**
     * The column an unmatched title most resembles: at least half of the longer title's words in common (words of
     * three letters or more), or a typo's distance (four in five letters the same); null when none does.
     */
    private static NearMiss nearMiss(SheetDefinition def, int col, List<String> parts) {
        String own = parts.get(parts.size() - 1);
        if (own.equals("%")) return null;
        Column best = null;
        double bestScore = 0;
        String bestTitle = null;
        for (int k = 0; k < parts.size(); k++) {
            String text = join(parts, k);
            String key = Titles.key(text);
            List<String> words = significant(Titles.loose(text));
            for (Column c : def.columns()) {
                for (String name : Titles.names(c)) {
                    double s = Math.max(overlap(words, significant(Titles.loose(name))), typo(key, name));
                    if (s > bestScore) {
                        bestScore = s;
                        best = c;
                        bestTitle = text;
                    }
                }
            }
        }
        return bestScore >= 0.5 ? new NearMiss(col, bestTitle, best) : null;
    }

    private static List<String> significant(String looseKey) {
        List<String> w = new ArrayList<>();
        for (String t : looseKey.split(" ")) if (t.length() >= 3) w.add(t);
        return w;
    }

    private static double overlap(List<String> a, List<String> b) {
        if (a.isEmpty() || b.isEmpty()) return 0;
        long common = a.stream().filter(b::contains).count();
        return (double) common / Math.max(a.size(), b.size());
    }

    /** 1 for a title within a typo of the name (at least 4 in 5 letters the same, names of 6 letters or more). */
    private static double typo(String a, String b) {
        int len = Math.max(a.length(), b.length());
        if (Math.min(a.length(), b.length()) < 6 || Math.abs(a.length() - b.length()) * 5 > len) return 0;
        return distance(a, b) * 5 <= len ? 1 : 0;
    }

    private static int distance(String a, String b) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) prev[j] = j;
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int sub = prev[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                cur[j] = Math.min(sub, Math.min(prev[j] + 1, cur[j - 1] + 1));
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }
}
