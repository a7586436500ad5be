package capaian.compute;

import java.util.Locale;

/** Jenis indikator (RULES 4.4): how quarters add up into a year. */
public enum Jenis {
    KUMULATIF, AKHIR;

    public static Jenis parse(String text) {
        if (text == null) return null;
        String t = text.trim().toLowerCase(Locale.ROOT);
        if (t.startsWith("kumulatif")) return KUMULATIF;
        if (t.startsWith("akhir") || t.startsWith("non")) return AKHIR;
        return null;
    }
}
