package capaian.form;

import java.util.Locale;

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
        if (column.group() != null) {
            return normalisedText.equals(normalise(column.fullTitle()));
        }
        if (normalisedText.equals(normalise(column.title()))) return true;
        for (String a : column.aliases()) {
            if (normalisedText.equals(normalise(a))) return true;
        }
        return false;
    }

    public static boolean matches(HeaderField field, String normalisedText) {
        if (normalisedText.isEmpty()) return false;
        if (normalisedText.equals(normalise(field.label()))) return true;
        for (String a : field.aliases()) {
            if (normalisedText.equals(normalise(a))) return true;
        }
        return false;
    }
}
