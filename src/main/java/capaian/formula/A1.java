package capaian.formula;

/** A1 notation: 0-based columns, 1-based rows. */
public final class A1 {
    private A1() {}

    public static String column(int c) {
        StringBuilder sb = new StringBuilder();
        int n = c + 1;
        while (n > 0) {
            int rem = (n - 1) % 26;
            sb.insert(0, (char) ('A' + rem));
            n = (n - 1) / 26;
        }
        return sb.toString();
    }

    /** Appends the column's letters, as {@link #column}. */
    static void appendColumn(StringBuilder out, int c) {
        int n = c + 1;
        int at = out.length();
        while (n > 0) {
            out.insert(at, (char) ('A' + (n - 1) % 26));
            n = (n - 1) / 26;
        }
    }

    public static String of(int column, int row) {
        return column(column) + row;
    }

    /** The 0-based column of letters such as "AB", or -1. */
    public static int columnIndex(String letters) {
        int c = 0;
        if (letters.isEmpty()) return -1;
        for (int i = 0; i < letters.length(); i++) {
            char ch = Character.toUpperCase(letters.charAt(i));
            if (ch < 'A' || ch > 'Z') return -1;
            c = c * 26 + (ch - 'A' + 1);
        }
        return c - 1;
    }
}
