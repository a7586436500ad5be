package capaian.model;

import java.util.Locale;

/**
 * The plan hierarchy of RULES section 1-2, top-down; SUBTOTAL and TOTAL are rows that sum others (a "Sub Total"
 * over a group, a "Jumlah" over everything): compared with their rows, never summed (RULES 5).
 */
public enum Level {
    URUSAN("Urusan"), BIDANG("Bidang Urusan"), PROGRAM("Program"), KEGIATAN("Kegiatan"),
    SUB_KEGIATAN("Sub Kegiatan"), SUBTOTAL("Sub Total"), TOTAL("Jumlah");

    private final String label;

    Level(String label) {
        this.label = label;
    }

    public String label() { return label; }

    /** The JSON report's name for the level. */
    public String key() {
        return name().toLowerCase(Locale.ROOT).replace("_", "");
    }

    /** Reads a Tingkat cell: "Sub Kegiatan", "subkegiatan", "Bidang", ...; null when unknown. */
    public static Level parse(String text) {
        if (text == null) return null;
        String t = Letters.of(text);
        return switch (t) {
            case "urusan" -> URUSAN;
            case "bidang", "bidangurusan" -> BIDANG;
            case "program" -> PROGRAM;
            case "kegiatan" -> KEGIATAN;
            case "subkegiatan", "sub" -> SUB_KEGIATAN;
            case "subtotal", "subjumlah" -> SUBTOTAL;
            case "jumlah", "total", "grandtotal", "jumlahtotal" -> TOTAL;
            default -> null;
        };
    }

    /** A row that sums others: never a leaf, never in the plan's tree. */
    public boolean isTotal() {
        return this == SUBTOTAL || this == TOTAL;
    }

    public boolean isAbove(Level other) {
        return ordinal() < other.ordinal();
    }
}
