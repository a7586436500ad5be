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

    /** Jenis left blank, assumed from the unit: percentages, indices, scores and predicates are akhir. */
    public static Jenis assumed(String satuan, capaian.value.CellValue target) {
        String s = satuan == null ? "" : satuan.toLowerCase(Locale.ROOT);
        boolean akhir = s.contains("%") || s.startsWith("persen") || s.startsWith("indeks") || s.startsWith("nilai")
                || s.startsWith("predikat") || target.percent() || target.kind() == capaian.value.ValueKind.PREDICATE;
        return akhir ? AKHIR : KUMULATIF;
    }
}
