package capaian.model;

import java.util.regex.Pattern;

/**
 * A kode rekening of Kepmendagri 050-5889/2021 (RULES section 2): segments separated by dots, whose count
 * gives the level. Sub kegiatan codes end in 2 digits (or 4 in the newer nomenclature).
 */
public record Kode(String text, Level level) {
    // urusan: 1 digit or X; bidang: 2 digits; program: 2; kegiatan: 1 digit + 2 digits; sub kegiatan: 2 or 4 digits.
    private static final Pattern SHAPE = Pattern.compile(
            "[0-9X](\\.[0-9]{2}(\\.[0-9]{2}(\\.[0-9]\\.[0-9]{2}(\\.([0-9]{2}|[0-9]{4}))?)?)?)?");

    /** Parses a code; null when the text is not a code of the nomenclature. */
    public static Kode parse(String raw) {
        if (raw == null) return null;
        String t = raw.trim().replace(" ", "");
        if (t.endsWith(".")) t = t.substring(0, t.length() - 1);
        if (t.isEmpty() || !SHAPE.matcher(t).matches()) return null;
        int segments = 1; // the shape matched: a segment after each dot
        for (int i = 0; i < t.length(); i++) if (t.charAt(i) == '.') segments++;
        Level level = switch (segments) {
            case 1 -> Level.URUSAN;
            case 2 -> Level.BIDANG;
            case 3 -> Level.PROGRAM;
            case 5 -> Level.KEGIATAN;
            case 6 -> Level.SUB_KEGIATAN;
            default -> null;
        };
        return level == null ? null : new Kode(t, level);
    }

    /** The parent's code: the code less its last segment (the kegiatan's two last segments go together). */
    public String parentText() {
        return switch (level) {
            case URUSAN -> null;
            case KEGIATAN -> text.substring(0, nthDot(3));
            default -> text.substring(0, text.lastIndexOf('.'));
        };
    }

    private int nthDot(int n) {
        int idx = -1;
        for (int i = 0; i < n; i++) idx = text.indexOf('.', idx + 1);
        return idx;
    }
}
