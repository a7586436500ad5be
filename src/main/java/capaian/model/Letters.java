package capaian.model;

import java.util.Locale;

/** A label reduced to its lower-case letters a to z, so that spacing, case, punctuation and numbering aside. */
public final class Letters {
    private Letters() {}

    /** "Sub-Kegiatan" reads "subkegiatan", "JUMLAH (1+2)" reads "jumlah"; a loop, not a regex: asked of every row. */
    public static String of(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        StringBuilder out = new StringBuilder(lower.length());
        for (int i = 0; i < lower.length(); i++) {
            char c = lower.charAt(i);
            if (c >= 'a' && c <= 'z') out.append(c);
        }
        return out.toString();
    }
}
