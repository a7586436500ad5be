package capaian.form;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * How a header cell is compared with a column title: case, spaces, line breaks, punctuation and
 * parenthesised parts ("(Rp)", "(%)", "(13)") aside (RULES section 8).
 */
public final class Titles {
    private Titles() {}

    /** "s/d", "s.d.", "s.d", "s / d", "sampai dengan": all the same "sd". */
    private static final Pattern SAMPAI_DENGAN = Pattern.compile("\\bs\\s*[./]\\s*d\\b\\.?|\\bsampai\\s+dengan\\b");
    private static final Pattern YEAR = Pattern.compile("(19|20)\\d\\d");
    private static final List<String> ROMAN = List.of("i", "ii", "iii", "iv");
    private static final Set<String> QUARTER_WORDS = Set.of("tw", "trw", "triwulan", "twl");
    /** Words a title may add or leave out without changing the column it names (only for the loose key). */
    private static final Set<String> NOISE = Set.of("sd", "rp", "rupiah", "ini", "dan", "yang", "pada", "thd", "terhadap");

    public static String normalise(String title) {
        if (title == null) return "";
        String t = SAMPAI_DENGAN.matcher(title.toLowerCase(Locale.ROOT)).replaceAll(" sd ");
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

    /**
     * A column title as compared: {@link #normalise(String)}, then the words people add to a title that do not
     * change the column: a year ("Target Kinerja Tahun 2024"), the quarter of a cumulative figure
     * ("Realisasi s.d. TW II" is "s/d Triwulan"); a quarter on its own ("Realisasi Triwulan 2", "TW II") is kept,
     * as a roman numeral, because it names a different column on the Monitoring form. A sub-column "K" is the
     * kinerja and "Rp" the anggaran ("Target" over "K" and "Rp" reads "Target Kinerja", "Target Anggaran").
     */
    public static String key(String title) {
        if (title == null) return "";
        return memo(KEYS, title, Titles::computeKey);
    }

    /**
     * Header location asks for the keys of the same cells once per form and header row it tries; the answers are
     * kept (a bounded memo, emptied when full: data rows bring many texts that are asked about once).
     */
    private static final Map<String, String> KEYS = new java.util.concurrent.ConcurrentHashMap<>();
    private static final Map<String, String> LOOSE_KEYS = new java.util.concurrent.ConcurrentHashMap<>();
    private static final int MEMO_SIZE = 20_000;

    private static String memo(Map<String, String> memo, String text, java.util.function.UnaryOperator<String> f) {
        String v = memo.get(text);
        if (v == null) {
            v = f.apply(text);
            if (memo.size() >= MEMO_SIZE) memo.clear();
            memo.put(text, v);
        }
        return v;
    }

    private static String computeKey(String title) {
        String n = normalise(title);
        if (n.isEmpty()) return n;
        String[] w = n.split(" ");
        List<String> out = new ArrayList<>(w.length);
        for (int i = 0; i < w.length; i++) {
            String t = w[i];
            if (YEAR.matcher(t).matches()) {
                // "tahun 2024", "tahun anggaran 2024", "ta 2024": the year goes with its word
                int last = out.size() - 1;
                if (last >= 1 && out.get(last).equals("anggaran") && out.get(last - 1).equals("tahun")) {
                    out.remove(last--);
                }
                if (last >= 0 && (out.get(last).equals("tahun") || out.get(last).equals("ta"))) out.remove(last);
                continue;
            }
            if (QUARTER_WORDS.contains(t)) {
                out.add("triwulan");
                int j = i + 1;
                if (j < w.length && w[j].equals("ke")) j++;
                String q = j < w.length ? quarter(w[j]) : null;
                boolean cumulative = out.size() >= 2 && out.get(out.size() - 2).equals("sd");
                if (q != null || (j < w.length && w[j].equals("ini"))) {
                    if (q != null && !cumulative) out.add(q);
                    i = j;
                }
                continue;
            }
            // the K / Rp sub-columns of a grouped header are the kinerja and the anggaran
            if (t.equals("k")) t = "kinerja";
            else if (t.equals("rp")) t = "anggaran";
            if ((t.equals("kinerja") || t.equals("anggaran")) && !out.isEmpty() && out.get(out.size() - 1).equals(t)) continue;
            out.add(t);
        }
        return String.join(" ", out);
    }

    /**
     * The looser comparison tried when no title matches as {@link #key(String)}: the same words in any order, without
     * "s/d", "Rp", "dan" and a quarter's numeral ("Realisasi s.d. Triwulan II" over "Kinerja" reads as
     * "Realisasi Kinerja s/d Triwulan").
     */
    public static String loose(String title) {
        if (title == null) return "";
        return memo(LOOSE_KEYS, title, Titles::computeLoose);
    }

    private static String computeLoose(String title) {
        String k = key(title);
        if (k.isEmpty()) return k;
        Set<String> words = new TreeSet<>();
        String previous = "";
        for (String t : k.split(" ")) {
            if (!NOISE.contains(t) && !(previous.equals("triwulan") && ROMAN.contains(t))) words.add(t);
            previous = t;
        }
        return String.join(" ", words);
    }

    /** A quarter written as a word ("ii", "2", "II"), as a lower-case roman numeral, or null. */
    private static String quarter(String word) {
        if (ROMAN.contains(word)) return word;
        if (word.length() == 1 && word.charAt(0) >= '1' && word.charAt(0) <= '4') return ROMAN.get(word.charAt(0) - '1');
        return null;
    }

    /** Whether a header text names this column (its title or an alias; group columns need the group too). */
    public static boolean matches(Column column, String headerText) {
        String k = key(headerText);
        return !k.isEmpty() && names(column).contains(k);
    }

    /**
     * A column's accepted titles as {@link #key(String)}s: its title and aliases, or for a column under a group
     * (Monitoring's K and Rp), the group's title and its other wordings (the aliases) each followed by the title.
     */
    public static Set<String> names(Column column) {
        return names(column, () -> {
            if (column.group() == null) return concat(column.title(), column.aliases());
            List<String> all = new ArrayList<>();
            all.add(column.fullTitle());
            for (String group : column.aliases()) all.add(group + " " + column.title());
            return all;
        });
    }

    /** A column's accepted titles as {@link #loose(String)} keys. */
    public static Set<String> looseNames(Column column) {
        return LOOSE.computeIfAbsent(column, c -> {
            Set<String> n = new HashSet<>();
            for (String t : names(column)) n.add(loose(t));
            n.remove("");
            return Set.copyOf(n);
        });
    }

    private static final Map<Column, Set<String>> LOOSE = new java.util.concurrent.ConcurrentHashMap<>();

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
            for (String t : titles.get()) n.add(definition instanceof Column ? key(t) : normalise(t));
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
