package capaian.model;

import java.util.Locale;

/**
 * The periode a submission is for: a triwulan I-IV, or {@value #TAHUNAN} for the Renja, which is yearly.
 * Workbooks and people write a quarter many ways ("TW II", "Triwulan 2", "2"); all mean the same key.
 */
public final class Periode {
    public static final String TAHUNAN = "Tahunan";
    private static final String[] ROMAN = {"I", "II", "III", "IV"};

    private Periode() {}

    public static boolean yearly(String formId) {
        return "renja".equals(formId);
    }

    /** The canonical periode, or null when the text names none. */
    public static String normalize(String raw) {
        if (raw == null) return null;
        String s = raw.trim().toUpperCase(Locale.ROOT)
                .replace("S/D", "").replace("TRIWULAN", "").replace("TW", "").replace("-", "").replace(".", "").trim();
        if (s.equals("TAHUNAN")) return TAHUNAN;
        for (int i = 0; i < ROMAN.length; i++) {
            if (s.equals(ROMAN[i]) || s.equals(Integer.toString(i + 1))) return ROMAN[i];
        }
        return null;
    }

    /** The periode to use for a form: yearly forms have one, the others need a triwulan. */
    public static String forForm(String formId, String raw) {
        return yearly(formId) ? TAHUNAN : normalize(raw);
    }
}
