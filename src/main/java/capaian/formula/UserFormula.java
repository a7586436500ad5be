package capaian.formula;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What Capaian needs to know of a formula a user typed: whether it reaches outside the workbook or calls
 * out (a link, a web request, another program, an external workbook), and which same-sheet cells it reads.
 * Pure text analysis; nothing is ever evaluated.
 */
public final class UserFormula {
    /** Functions that open, fetch, run or look up something outside the workbook, or a cell named at run time. */
    private static final Set<String> CALLING_OUT = Set.of("HYPERLINK", "WEBSERVICE", "FILTERXML", "INDIRECT", "CALL",
            "REGISTER", "REGISTER.ID", "EXEC", "DDE", "DDEAUTO", "RTD", "SQL.REQUEST", "ENCODEURL", "IMAGE");
    private static final Pattern FUNCTION = Pattern.compile("([A-Za-z_][A-Za-z0-9_.]*)\\s*\\(");
    private static final Pattern AREA = Pattern.compile(
            "(?<![A-Za-z0-9_.!'\\]])\\$?([A-Za-z]{1,3})\\$?([0-9]{1,7})(?::\\$?([A-Za-z]{1,3})\\$?([0-9]{1,7}))?(?![A-Za-z0-9_(!])"
            + "|(?<![A-Za-z0-9_.!'\\]])\\$?([A-Za-z]{1,3}):\\$?([A-Za-z]{1,3})(?![A-Za-z0-9_(!])");

    private UserFormula() {}

    /**
     * Why the formula reaches outside the workbook (the function or reference that does), or null when it
     * does not.
     */
    public static String outsideReach(String formula) {
        if (formula == null || formula.isBlank()) return null;
        String code = withoutStrings(formula);
        Matcher m = FUNCTION.matcher(code);
        while (m.find()) {
            String name = m.group(1).toUpperCase(Locale.ROOT);
            if (name.startsWith("_XLFN.")) name = name.substring(6);
            if (name.startsWith("_XLWS.")) name = name.substring(6);
            if (name.startsWith("_XLL.")) return m.group(1);
            if (CALLING_OUT.contains(name) || name.startsWith("IMPORT")) return name;
        }
        // A quoted sheet name that is a path, a URL or an external workbook: 'C:\x\[a.xlsx]S'!A1
        Matcher q = Pattern.compile("'((?:[^']|'')*)'!").matcher(withoutDoubleQuoted(formula));
        while (q.find()) {
            String name = q.group(1);
            if (name.contains("[") || name.contains("\\") || name.contains("/") || name.contains(":")) return "'" + name + "'";
        }
        for (int i = 0; i < code.length(); i++) {
            char c = code.charAt(i);
            if (c == '|') return "DDE " + code.substring(0, i).trim(); // cmd|'/C calc'!A0
            if (c == '[' && (i == 0 || "=+-*/^&(,;<> ".indexOf(code.charAt(i - 1)) >= 0)) {
                return "[" + code.substring(i + 1, Math.max(i + 1, code.indexOf(']', i) < 0 ? i + 1 : code.indexOf(']', i))) + "]";
            }
        }
        return null;
    }

    /** One rectangle a formula reads on its own sheet: 0-based columns, 1-based rows, inclusive. */
    public record Area(int firstColumn, int firstRow, int lastColumn, int lastRow) {
        public boolean covers(int column, int row) {
            return column >= firstColumn && column <= lastColumn && row >= firstRow && row <= lastRow;
        }
    }

    /** The same-sheet cells and ranges the formula reads (N9, N9:N20, N:N); references to other sheets are left out. */
    public static List<Area> areas(String formula) {
        List<Area> out = new ArrayList<>();
        if (formula == null) return out;
        String code = withoutStrings(formula);
        Matcher m = AREA.matcher(code);
        while (m.find()) {
            if (m.group(1) != null) {
                int c1 = A1.columnIndex(m.group(1));
                int r1 = Integer.parseInt(m.group(2));
                int c2 = m.group(3) == null ? c1 : A1.columnIndex(m.group(3));
                int r2 = m.group(4) == null ? r1 : Integer.parseInt(m.group(4));
                out.add(new Area(Math.min(c1, c2), Math.min(r1, r2), Math.max(c1, c2), Math.max(r1, r2)));
            } else {
                int c1 = A1.columnIndex(m.group(5));
                int c2 = A1.columnIndex(m.group(6));
                out.add(new Area(Math.min(c1, c2), 1, Math.max(c1, c2), Integer.MAX_VALUE));
            }
        }
        return out;
    }

    /** The formula with its string literals and quoted sheet names blanked out, positions kept. */
    private static String withoutStrings(String f) {
        StringBuilder sb = new StringBuilder(f.length());
        char quote = 0;
        for (int i = 0; i < f.length(); i++) {
            char c = f.charAt(i);
            if (quote != 0) {
                if (c == quote) {
                    if (i + 1 < f.length() && f.charAt(i + 1) == quote) { sb.append("  "); i++; continue; }
                    quote = 0;
                    sb.append(c == '\'' ? '\'' : ' ');
                    continue;
                }
                sb.append(' ');
            } else if (c == '"' || c == '\'') {
                quote = c;
                sb.append(c == '\'' ? '\'' : ' ');
            } else {
                sb.append(c);
            }
        }
        return sb.toString();
    }

    private static String withoutDoubleQuoted(String f) {
        return f.replaceAll("\"(?:[^\"]|\"\")*\"", "\"\"");
    }
}
