package capaian.form;

import java.util.List;

/**
 * The indices behind an OPD's key indicators (RULES section 11), one block each on the Indeks sheet. The
 * profile holds their maxima, weights and scales; this says only what they are called.
 */
public enum IndexKind {
    IP_ASN("IP ASN", List.of("Indeks Profesionalitas ASN", "IP PNS", "Indeks Profesionalitas")),
    SISTEM_MERIT("Sistem Merit", List.of("Indeks Sistem Merit", "Merit", "Sistem Merit ASN")),
    SAKIP("SAKIP", List.of("Nilai SAKIP", "AKIP", "Sistem AKIP", "Evaluasi SAKIP", "Nilai Akuntabilitas Kinerja"));

    private final String label;
    private final List<String> aliases;

    IndexKind(String label, List<String> aliases) {
        this.label = label;
        this.aliases = aliases;
    }

    /** The Blok column's spelling. */
    public String label() { return label; }

    public static List<String> labels() {
        return java.util.Arrays.stream(values()).map(IndexKind::label).toList();
    }

    /** Reads a Blok cell: its label or an alias, case and punctuation aside; null when unknown. */
    public static IndexKind parse(String text) {
        String n = Titles.normalise(text);
        if (n.isEmpty()) return null;
        for (IndexKind k : values()) {
            if (n.equals(Titles.normalise(k.label))) return k;
            for (String a : k.aliases) if (n.equals(Titles.normalise(a))) return k;
        }
        return null;
    }
}
