package capaian.compute;

import java.util.List;

/**
 * Recognises the label of a total or subtotal row ("Jumlah", "Sub Total", "Total Anggaran", "Jumlah Program ...",
 * "Grand Total", ...) in any case, spacing or punctuation, and says which rows it most likely sums (RULES 5).
 */
enum TotalLabel {
    /** Everything: Grand Total, Jumlah Total, Total Keseluruhan. */
    GRAND,
    /** One program: Jumlah Program ..., Total Program ... */
    PROGRAM,
    /** One kegiatan: Jumlah Kegiatan ..., Total Kegiatan ... */
    KEGIATAN,
    /** The rows of a group: Sub Total, Subtotal, Jumlah Sub Kegiatan. */
    SUB,
    /** Jumlah, Total, Total Anggaran: a group's in the middle of a table, everything at its end. */
    PLAIN;

    private static final List<String> GRAND_WORDS = List.of("grandtotal", "jumlahtotal", "totalkeseluruhan",
            "jumlahkeseluruhan", "totalseluruhnya", "jumlahseluruhnya", "totalseluruh", "jumlahseluruh",
            "jumlahsemua", "totalsemua", "totalakhir", "jumlahakhir", "jumlahumum", "totalumum");
    private static final List<String> SUB_PREFIXES = List.of("subtotal", "subjumlah", "jumlahsubkegiatan",
            "totalsubkegiatan", "jumlahperprogram", "totalperprogram");
    private static final List<String> PLAIN_PREFIXES = List.of("totalanggaran", "jumlahanggaran", "totalbelanja",
            "jumlahbelanja", "totalpagu", "jumlahpagu", "totalrealisasi", "jumlahrealisasi", "jumlahdana", "totaldana");

    /** The kind of total a cell's text names, or null when it is not a total's label. */
    static TotalLabel of(String text) {
        if (text == null || cannotStartOne(text)) return null;
        // Letters only: spacing, case, punctuation and numbering ("JUMLAH (1+2)", "Sub-Total") aside.
        String t = capaian.model.Letters.of(text);
        if (t.isEmpty()) return null;
        if (t.equals("jumlah") || t.equals("total") || t.equals("totaljumlah")) return PLAIN;
        for (String g : GRAND_WORDS) if (t.startsWith(g)) return GRAND;
        for (String p : SUB_PREFIXES) if (t.startsWith(p)) return SUB;
        if (t.startsWith("jumlahprogram") || t.startsWith("totalprogram")) return PROGRAM;
        if (t.startsWith("jumlahkegiatan") || t.startsWith("totalkegiatan")) return KEGIATAN;
        for (String p : PLAIN_PREFIXES) if (t.startsWith(p)) return PLAIN;
        return null;
    }

    /**
     * Whether the text's first letter already rules a label out: every label starts with j, t, g or s. Asked of
     * four cells of every row, where reducing each text to its letters was a tenth of building the hierarchy.
     * Exact: a character outside ASCII (whose lower case might be a letter a to z) leaves it to the full test.
     */
    private static boolean cannotStartOne(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= 128) return false;
            if (c >= 'A' && c <= 'Z') c = (char) (c + ('a' - 'A'));
            if (c >= 'a' && c <= 'z') return c != 'j' && c != 't' && c != 'g' && c != 's';
        }
        return false;
    }
}
