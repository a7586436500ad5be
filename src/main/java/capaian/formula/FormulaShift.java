package capaian.formula;

/**
 * Moves a formula's relative A1 references by rows and columns, as a spreadsheet does when it copies a
 * formula: used to write out the cells of a shared formula whose master cell the write-back replaces, and to
 * read the text of a cell that shares another's formula.
 * String literals, quoted sheet names, function names and absolute ($) parts are left alone.
 */
public final class FormulaShift {
    private static final int MAX_COLUMN = 16_384;
    private static final int MAX_ROW = 1_048_576;

    private FormulaShift() {}

    public static String shift(String formula, int rows, int cols) {
        StringBuilder out = new StringBuilder(formula.length() + 8);
        int n = formula.length();
        int i = 0;
        while (i < n) {
            char ch = formula.charAt(i);
            if (ch == '"' || ch == '\'') {
                int j = i + 1;
                while (j < n) {
                    if (formula.charAt(j) == ch) {
                        if (j + 1 < n && formula.charAt(j + 1) == ch) { j += 2; continue; }
                        break;
                    }
                    j++;
                }
                out.append(formula, i, Math.min(n, j + 1));
                i = j + 1;
            } else if (ch == '[') {
                int j = formula.indexOf(']', i);
                j = j < 0 ? n : j + 1;
                out.append(formula, i, j);
                i = j;
            } else if (word(ch)) {
                int j = i;
                while (j < n && (word(formula.charAt(j)) || formula.charAt(j) == '$')) j++;
                char next = j < n ? formula.charAt(j) : ' ';
                String token = formula.substring(i, j);
                out.append(next == '(' || next == '!' || next == '[' ? token : moved(token, rows, cols));
                i = j;
            } else {
                out.append(ch);
                i++;
            }
        }
        return out.toString();
    }

    private static boolean word(char c) {
        return Character.isLetterOrDigit(c) || c == '_' || c == '.' || c == '\\' || c == '$';
    }

    /** The token moved when it is an A1 reference ($A$1, A$1, B12), else as it is. */
    private static String moved(String t, int rows, int cols) {
        int i = 0;
        boolean absCol = i < t.length() && t.charAt(i) == '$';
        if (absCol) i++;
        int letters = i;
        while (i < t.length() && i - letters < 3 && isAsciiLetter(t.charAt(i))) i++;
        if (i == letters) return t;
        String col = t.substring(letters, i);
        boolean absRow = i < t.length() && t.charAt(i) == '$';
        if (absRow) i++;
        int digits = i;
        while (i < t.length() && Character.isDigit(t.charAt(i)) && t.charAt(i) < 128) i++;
        if (i == digits || i != t.length() || i - digits > 7) return t;
        int c = A1.columnIndex(col);
        int r = Integer.parseInt(t.substring(digits));
        if (c >= MAX_COLUMN || r < 1 || r > MAX_ROW) return t;
        int nc = absCol ? c : c + cols;
        int nr = absRow ? r : r + rows;
        if (nc < 0 || nr < 1) return "#REF!";
        return (absCol ? "$" : "") + A1.column(nc) + (absRow ? "$" : "") + nr;
    }

    private static boolean isAsciiLetter(char c) {
        return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
    }
}
