package capaian.compute;

import java.util.Locale;

/** Arah indikator (RULES 4.1). */
public enum Polarity {
    POSITIF, NEGATIF;

    /** Reads a Polaritas cell; null when blank or unknown (the caller says which). */
    public static Polarity parse(String text) {
        if (text == null) return null;
        String t = text.trim().toLowerCase(Locale.ROOT);
        if (t.startsWith("pos") || t.startsWith("naik") || t.contains("tinggi")) return POSITIF;
        if (t.startsWith("neg") || t.startsWith("turun") || t.contains("rendah")) return NEGATIF;
        return null;
    }

    public String label() {
        return this == POSITIF ? "Positif" : "Negatif";
    }
}
