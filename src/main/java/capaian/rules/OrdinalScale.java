package capaian.rules;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/** Predicate labels ranked best first (SAKIP AA..D, BPK WTP..TMP); the worst ranks 1 (RULES 4.3). */
public record OrdinalScale(String name, List<String> labels) {
    private static final Pattern SPACES = Pattern.compile("\\s+");

    public OrdinalScale {
        labels = List.copyOf(labels);
    }

    /** Rank with the worst label = 1, or 0 when the label is not on this scale. */
    public int rank(String label) {
        String key = normalise(label);
        for (int i = 0; i < labels.size(); i++) {
            if (normalise(labels.get(i)).equals(key)) return labels.size() - i;
        }
        return 0;
    }

    /** This scale's own spelling of {@code label}, or null. */
    public String spelling(String label) {
        String key = normalise(label);
        for (String l : labels) {
            if (normalise(l).equals(key)) return l;
        }
        return null;
    }

    static String normalise(String s) {
        return s == null ? "" : SPACES.matcher(s.trim()).replaceAll(" ").toUpperCase(Locale.ROOT);
    }
}
