package capaian.form;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * How a header cell is compared with a column title: case, spaces, line breaks, punctuation and
 * parenthesised parts ("(Rp)", "(%)", "(13)") aside (RULES section 8).
 */
public final class Titles {
    private Titles() {}

    public static String normalise(String title) {
        if (title == null) return "";
        String t = title.toLowerCase(Locale.ROOT).replace("s/d", " sd ").replace("s.d.", " sd ").replace("s.d", " sd ");
        StringBuilder sb = new StringBuilder(t.length());
        int depth = 0;
        boolean space = true;
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (c == '(') { depth++; continue; }
            if (c == ')') { if (depth > 0) depth--; continue; }
            if (depth > 0) continue;
            if (Character.isLetterOrDigit(c)) {
                sb.append(c);
                space = false;
            } else if (!space) {
                sb.append(' ');
                space = true;
            }
        }
        int end = sb.length();
        while (end > 0 && sb.charAt(end - 1) == ' ') end--;
        return sb.substring(0, end);
    }

    /** Whether a header text names this column (its title or an alias; group columns need the group too). */
    public static boolean matches(Column column, String normalisedText) {
        if (normalisedText.isEmpty()) return false;
        return names(column, () -> column.group() != null ? List.of(column.fullTitle())
                : concat(column.title(), column.aliases())).contains(normalisedText);
    }

    public static boolean matches(HeaderField field, String normalisedText) {
        if (normalisedText.isEmpty()) return false;
        return names(field, () -> concat(field.label(), field.aliases())).contains(normalisedText);
    }

    /**
     * A definition's accepted titles, normalised once: header location tries every column against every cell
     * of the first rows of every sheet, for every form.
     */
    private static final Map<Object, Set<String>> NAMES = Collections.synchronizedMap(new IdentityHashMap<>());

    private static Set<String> names(Object definition, java.util.function.Supplier<List<String>> titles) {
        Set<String> names = NAMES.get(definition);
        if (names == null) {
            Set<String> n = new HashSet<>();
            for (String t : titles.get()) n.add(normalise(t));
            names = Set.copyOf(n);
            NAMES.put(definition, names);
        }
        return names;
    }

    private static List<String> concat(String first, List<String> more) {
        List<String> all = new ArrayList<>(more);
        all.add(0, first);
        return all;
    }
}
