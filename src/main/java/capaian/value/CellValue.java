package capaian.value;

import java.math.BigDecimal;
import java.util.List;

/**
 * A value as read from one cell, with what the reader noticed about it.
 *
 * @param kind      what the cell holds
 * @param number    the number for NUMBER (zero for NIL), else null
 * @param unit      the unit written after the number ("Dokumen" in "2 Dokumen"), else null
 * @param percent   true when the text ended in '%'
 * @param predicate the label for PREDICATE, normalised to the scale's spelling, else null
 * @param raw       the cell's text as found (a numeric cell's plain number), for messages
 * @param notes     what the reader noticed (ambiguous dot, fraction in money, ...)
 */
public record CellValue(ValueKind kind, BigDecimal number, String unit, boolean percent,
                        String predicate, String raw, List<ReadNote> notes) {

    public static final CellValue BLANK = new CellValue(ValueKind.BLANK, null, null, false, null, "", List.of());

    public CellValue {
        notes = List.copyOf(notes);
    }

    public static CellValue number(BigDecimal n, String raw) {
        return new CellValue(ValueKind.NUMBER, n, null, false, null, raw, List.of());
    }

    public static CellValue text(String raw) {
        return new CellValue(ValueKind.TEXT, null, null, false, null, raw, List.of());
    }

    public boolean isBlank() { return kind == ValueKind.BLANK; }

    /** A number the arithmetic can use: NUMBER, or NIL read as zero. */
    public boolean isNumeric() { return kind == ValueKind.NUMBER || kind == ValueKind.NIL; }

    /** The number for arithmetic: NIL is zero; null when not numeric. */
    public BigDecimal numeric() {
        if (kind == ValueKind.NIL) return BigDecimal.ZERO;
        return kind == ValueKind.NUMBER ? number : null;
    }
}
