package capaian.value;

import capaian.form.ValueType;

import capaian.rules.OrdinalScale;
import capaian.rules.Profile;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Reads a cell's content as the rules say (RULES section 3): numeric cells as they are, text through the
 * Indonesian number conventions, units, predicates and the nil marker. Pure: no POI.
 *
 * <p>Hand-parsed, no regular expressions: it runs on every cell of large sheets. Everything regulatory (the nil
 * marker, the ambiguous-dot rule, the predicate labels) comes from the profile and is looked up once here.
 */
public final class ValueReader {
    private static final List<ReadNote> NONE = List.of();
    private static final List<ReadNote> AMBIGUOUS = List.of(ReadNote.AMBIGUOUS_DOT);
    private static final List<ReadNote> FRACTION = List.of(ReadNote.MONEY_FRACTION);
    private static final List<ReadNote> AMBIGUOUS_AND_FRACTION = List.of(ReadNote.AMBIGUOUS_DOT, ReadNote.MONEY_FRACTION);
    private static final List<ReadNote> NOT_A_NUMBER = List.of(ReadNote.NOT_A_NUMBER);
    private static final List<ReadNote> EXCEL_ERROR = List.of(ReadNote.EXCEL_ERROR);

    /** Excel's error values (not regulatory: what Excel and LibreOffice display). */
    private static final Set<String> EXCEL_ERRORS = Set.of("#DIV/0!", "#REF!", "#N/A", "#VALUE!", "#NAME?", "#NUM!",
            "#NULL!", "#SPILL!", "#CALC!", "#GETTING_DATA", "#FIELD!", "#BLOCKED!", "#UNKNOWN!", "ERR:502", "ERR:504",
            "ERR:532", "#NV");

    private static final int MAX_LONG_DIGITS = 18;

    private final Profile profile;
    private final String nilMarker;
    private final boolean ambiguousDotIsThousands;
    /** Normalised label (upper case, single spaces) to the scale's own spelling. */
    private final Map<String, String> predicates;

    public ValueReader(Profile profile) {
        this.profile = profile;
        this.nilMarker = trim(profile.nilMarker() == null ? "" : profile.nilMarker());
        this.ambiguousDotIsThousands = profile.ambiguousDot() == Profile.AmbiguousDot.THOUSANDS;
        Map<String, String> p = new HashMap<>();
        for (OrdinalScale scale : profile.ordinalScales()) {
            for (String label : scale.labels()) {
                p.putIfAbsent(predicateKey(label, 0, label.length()), scale.spelling(label));
            }
        }
        this.predicates = Map.copyOf(p);
    }

    /** A numeric cell (or a formula's cached number): taken as it is. */
    public CellValue readNumber(double value, ValueType type) {
        if (Double.isNaN(value) || Double.isInfinite(value)) {
            return new CellValue(ValueKind.TEXT, null, null, false, null, Double.toString(value), NOT_A_NUMBER);
        }
        // A whole number (rupiah, most targets) without spelling the double out first: the same value and scale.
        BigDecimal n = normalise(value == Math.rint(value) && Math.abs(value) < 1e15
                ? BigDecimal.valueOf((long) value) : BigDecimal.valueOf(value));
        List<ReadNote> notes = type == ValueType.MONEY && n.scale() > 0 ? FRACTION : NONE;
        return CellValue.plainNumber(n, false, notes);
    }

    /** A text cell (or a formula's cached text) in a column of the given type. */
    public CellValue readText(String text, ValueType type) {
        if (text == null) return CellValue.BLANK;
        int from = 0;
        int to = text.length();
        while (from < to && isSpace(text.charAt(from))) from++;
        while (to > from && isSpace(text.charAt(to - 1))) to--;
        if (from == to) return CellValue.BLANK;
        String raw = from == 0 && to == text.length() ? text : text.substring(from, to);

        switch (type) {
            case TEXT, CODE, CHOICE:
                return CellValue.text(raw);
            default:
                break;
        }
        if (isNil(raw, 0, raw.length())) return nil(raw);
        if (raw.charAt(0) == '#' && EXCEL_ERRORS.contains(raw.toUpperCase(Locale.ROOT))) return readError(raw);
        if (type == ValueType.KINERJA && !predicates.isEmpty()) {
            String spelling = predicate(raw);
            if (spelling != null) {
                return new CellValue(ValueKind.PREDICATE, null, null, false, spelling, raw, NONE);
            }
        }
        return parseNumber(raw, type);
    }

    /** An Excel error value such as #DIV/0!. */
    public CellValue readError(String errorText) {
        String raw = errorText == null ? "" : trim(errorText);
        return new CellValue(ValueKind.ERROR, null, null, false, null, raw, EXCEL_ERROR);
    }

    // ---------------------------------------------------------------------------------------------------------
    // Numbers in text

    private CellValue parseNumber(String s, ValueType type) {
        final int n = s.length();
        int i = skipCurrency(s, 0);

        // "Rp -": the nil marker after the currency.
        if (i > 0 && isNil(s, i, n)) return nil(s);

        boolean negative = false;
        if (i < n) {
            char c = s.charAt(i);
            if (c == '-' || c == '\u2212' || c == '+') {
                negative = c != '+';
                i = skipSpaces(s, i + 1);
            }
        }

        // The number itself: digits, with '.' or ',' only between digits.
        final int start = i;
        if (i >= n || !isDigit(s.charAt(i))) return notANumber(s);
        while (i < n) {
            char c = s.charAt(i);
            if (isDigit(c)) {
                i++;
            } else if ((c == '.' || c == ',') && i + 1 < n && isDigit(s.charAt(i + 1))) {
                i++;
            } else {
                break;
            }
        }
        final int end = i;

        // What follows: a unit (KINERJA), or suffixes: ",-", ",-,", "-", "%" and spaces.
        String unit = null;
        boolean percent = false;
        int j = skipSpaces(s, end);
        if (j < n && type == ValueType.KINERJA && Character.isLetter(s.charAt(j))) {
            unit = collapseSpaces(s, j, n);
        } else {
            boolean dash = false;
            while (j < n) {
                char c = s.charAt(j);
                if (isSpace(c)) {
                    j++;
                } else if (c == '%' && !percent) {
                    percent = true;
                    j++;
                } else if (!dash && c == ',' && j + 1 < n && s.charAt(j + 1) == '-') {
                    dash = true;
                    j += 2;
                    if (j < n && s.charAt(j) == ',') j++; // ",-," as in seed 002
                } else if (!dash && c == '-') {
                    dash = true;
                    j++;
                } else {
                    return notANumber(s);
                }
            }
        }

        boolean wholeOnly = type == ValueType.MONEY || type == ValueType.INTEGER;
        if (percent && wholeOnly) return notANumber(s);

        // Which separator is the decimal mark.
        int dots = 0, commas = 0, lastDot = -1, lastComma = -1;
        for (int k = start; k < end; k++) {
            char c = s.charAt(k);
            if (c == '.') { dots++; lastDot = k; }
            else if (c == ',') { commas++; lastComma = k; }
        }
        int decimalAt = -1;
        char group = 0;
        boolean ambiguous = false;
        if (dots > 0 && commas > 0) {
            if (lastDot > lastComma) {
                if (dots != 1) return notANumber(s);
                decimalAt = lastDot;
                group = ',';
            } else {
                if (commas != 1) return notANumber(s);
                decimalAt = lastComma;
                group = '.';
            }
        } else if (dots + commas >= 2) {
            group = dots > 0 ? '.' : ',';
        } else if (commas == 1) {
            decimalAt = lastComma;
        } else if (dots == 1) {
            if (end - lastDot - 1 != 3) {
                decimalAt = lastDot;
            } else if (wholeOnly) {
                // Money and whole numbers never have a three-digit fraction: "862.000" is not ambiguous there.
                group = '.';
            } else {
                ambiguous = true;
                if (ambiguousDotIsThousands) group = '.';
                else decimalAt = lastDot;
            }
        }

        // Groups after a thousands separator have exactly three digits (the first group may be longer).
        if (group != 0) {
            int prev = -1;
            for (int k = start; k < end; k++) {
                char c = s.charAt(k);
                if (c == '.' || c == ',') {
                    if (prev >= 0 && k - prev - 1 != 3) return notANumber(s);
                    prev = c == group ? k : -1;
                }
            }
            if (prev >= 0 && end - prev - 1 != 3) return notANumber(s);
        }

        BigDecimal value = toDecimal(s, start, end, decimalAt);
        if (negative) value = value.negate();
        value = normalise(value);

        List<ReadNote> notes = ambiguous ? AMBIGUOUS : NONE;
        if (value.scale() > 0) {
            if (type == ValueType.INTEGER) return notANumber(s);
            if (type == ValueType.MONEY) notes = ambiguous ? AMBIGUOUS_AND_FRACTION : FRACTION;
        }
        return new CellValue(ValueKind.NUMBER, value, unit, percent, null, s, notes);
    }

    /** The digits in [start, end) as a decimal, the separator at decimalAt (or none) being the decimal mark. */
    private static BigDecimal toDecimal(String s, int start, int end, int decimalAt) {
        int digits = 0;
        for (int k = start; k < end; k++) if (isDigit(s.charAt(k))) digits++;
        int scale = decimalAt < 0 ? 0 : end - decimalAt - 1;
        if (digits <= MAX_LONG_DIGITS) {
            long unscaled = 0;
            for (int k = start; k < end; k++) {
                char c = s.charAt(k);
                if (isDigit(c)) unscaled = unscaled * 10 + (c - '0');
            }
            return BigDecimal.valueOf(unscaled, scale);
        }
        char[] buf = new char[digits + 1];
        int len = 0;
        for (int k = start; k < end; k++) {
            char c = s.charAt(k);
            if (isDigit(c)) buf[len++] = c;
            else if (k == decimalAt) buf[len++] = '.';
        }
        return new BigDecimal(buf, 0, len);
    }

    /** Trailing zeros dropped, but never a negative scale: 17914888161, not 1.7914888161E10. */
    private static BigDecimal normalise(BigDecimal d) {
        if (d.signum() == 0) return BigDecimal.ZERO;
        BigDecimal r = d.stripTrailingZeros();
        return r.scale() < 0 ? r.setScale(0) : r;
    }

    /** Skips "Rp", "Rp." (any case, repeated: "Rp. Rp. 6.850.200.218,-") and the spaces after them. */
    private static int skipCurrency(String s, int i) {
        final int n = s.length();
        while (i + 1 < n && (s.charAt(i) == 'R' || s.charAt(i) == 'r') && (s.charAt(i + 1) == 'P' || s.charAt(i + 1) == 'p')
                && (i + 2 == n || !Character.isLetter(s.charAt(i + 2)))) {
            i += 2;
            if (i < n && s.charAt(i) == '.') i++;
            i = skipSpaces(s, i);
        }
        return i;
    }

    // ---------------------------------------------------------------------------------------------------------
    // Nil and predicates

    /** Whether s[from, to) is the profile's nil marker; the typographic dashes (– — −) count as '-'. */
    private boolean isNil(String s, int from, int to) {
        while (from < to && isSpace(s.charAt(from))) from++;
        while (to > from && isSpace(s.charAt(to - 1))) to--;
        int len = to - from;
        if (len != nilMarker.length() || len == 0) return false;
        for (int k = 0; k < len; k++) {
            char a = dash(s.charAt(from + k));
            char b = dash(nilMarker.charAt(k));
            if (a != b && Character.toUpperCase(a) != Character.toUpperCase(b)) return false;
        }
        return true;
    }

    private static char dash(char c) {
        return c == '\u2013' || c == '\u2014' || c == '\u2212' ? '-' : c;
    }

    /** The scale's spelling of a predicate written in s ("bb", " AA ", "\"BB\"", "sangat  baik"), or null. */
    private String predicate(String s) {
        int from = 0, to = s.length();
        if (to - from >= 2 && isQuote(s.charAt(from)) && isQuote(s.charAt(to - 1))) {
            from++;
            to--;
        }
        while (from < to && isSpace(s.charAt(from))) from++;
        if (from >= to || !Character.isLetter(s.charAt(from))) return null;
        return predicates.get(predicateKey(s, from, to));
    }

    private static boolean isQuote(char c) {
        return c == '"' || c == '\u201C' || c == '\u201D' || c == '\'';
    }

    /** Upper case, trimmed, inner spaces collapsed to one. */
    private static String predicateKey(String s, int from, int to) {
        StringBuilder b = new StringBuilder(to - from);
        boolean space = false;
        for (int k = from; k < to; k++) {
            char c = s.charAt(k);
            if (isSpace(c)) {
                space = b.length() > 0;
            } else {
                if (space) b.append(' ');
                space = false;
                b.append(Character.toUpperCase(c));
            }
        }
        return b.toString();
    }

    // ---------------------------------------------------------------------------------------------------------
    // Small helpers

    private static CellValue nil(String raw) {
        return new CellValue(ValueKind.NIL, BigDecimal.ZERO, null, false, null, raw, NONE);
    }

    private static CellValue notANumber(String raw) {
        return new CellValue(ValueKind.TEXT, null, null, false, null, raw, NOT_A_NUMBER);
    }

    private static String collapseSpaces(String s, int from, int to) {
        while (to > from && isSpace(s.charAt(to - 1))) to--;
        boolean clean = true;
        for (int k = from; k < to && clean; k++) {
            char c = s.charAt(k);
            if (isSpace(c) && (c != ' ' || isSpace(s.charAt(k + 1)))) clean = false;
        }
        if (clean) return s.substring(from, to);
        StringBuilder b = new StringBuilder(to - from);
        boolean space = false;
        for (int k = from; k < to; k++) {
            char c = s.charAt(k);
            if (isSpace(c)) {
                space = true;
            } else {
                if (space) b.append(' ');
                space = false;
                b.append(c);
            }
        }
        return b.toString();
    }

    private static int skipSpaces(String s, int i) {
        while (i < s.length() && isSpace(s.charAt(i))) i++;
        return i;
    }

    private static String trim(String s) {
        int from = 0, to = s.length();
        while (from < to && isSpace(s.charAt(from))) from++;
        while (to > from && isSpace(s.charAt(to - 1))) to--;
        return s.substring(from, to);
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    /** Spaces, including the no-break ones pasted from PDFs and web pages. */
    private static boolean isSpace(char c) {
        if (c <= ' ') return c == ' ' || Character.isWhitespace(c);
        if (c < '\u00A0') return false;
        return c == '\u00A0' || c == '\u202F' || c == '\u2007' || c == '\u200B' || c == '\uFEFF' || Character.isWhitespace(c);
    }
}
