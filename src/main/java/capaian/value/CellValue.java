package capaian.value;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * A value as read from one cell, with what the reader noticed about it. Immutable, so that cells holding the
 * same value can share one instance.
 *
 * <p>{@code kind} is what the cell holds; {@code number} the number for NUMBER (zero for NIL), else null;
 * {@code unit} the unit written after the number ("Dokumen" in "2 Dokumen"), else null; {@code percent} true when
 * the text ended in '%'; {@code predicate} the label for PREDICATE, normalised to the scale's spelling, else null;
 * {@code raw} the cell's text as found (a numeric cell's plain number), for messages; {@code notes} what the
 * reader noticed (ambiguous dot, fraction in money, ...).
 */
public final class CellValue {

    public static final CellValue BLANK = new CellValue(ValueKind.BLANK, null, null, false, null, "", List.of());

    private final ValueKind kind;
    private final BigDecimal number;
    private final String unit;
    private final boolean percent;
    private final String predicate;
    /** Null when the text is the number's own ({@link #plainNumber}): made when asked, not kept per cell. */
    private final String raw;
    private final boolean rawIsNumber;
    private final List<ReadNote> notes;

    public CellValue(ValueKind kind, BigDecimal number, String unit, boolean percent, String predicate, String raw,
                     List<ReadNote> notes) {
        this(kind, number, unit, percent, predicate, raw, false, notes);
    }

    private CellValue(ValueKind kind, BigDecimal number, String unit, boolean percent, String predicate, String raw,
                      boolean rawIsNumber, List<ReadNote> notes) {
        this.kind = kind;
        this.number = number;
        this.unit = unit;
        this.percent = percent;
        this.predicate = predicate;
        this.raw = raw;
        this.rawIsNumber = rawIsNumber;
        this.notes = List.copyOf(notes);
    }

    public static CellValue number(BigDecimal n, String raw) {
        return new CellValue(ValueKind.NUMBER, n, null, false, null, raw, List.of());
    }

    /**
     * A number whose text is its own plain form ({@code n.toPlainString()}, followed by '%' when {@code percent}):
     * a numeric cell as read. The text is made when asked for rather than kept.
     */
    public static CellValue plainNumber(BigDecimal n, boolean percent, List<ReadNote> notes) {
        return new CellValue(ValueKind.NUMBER, Objects.requireNonNull(n), null, percent, null, null, true, notes);
    }

    public static CellValue text(String raw) {
        return new CellValue(ValueKind.TEXT, null, null, false, null, raw, List.of());
    }

    public ValueKind kind() { return kind; }

    public BigDecimal number() { return number; }

    public String unit() { return unit; }

    public boolean percent() { return percent; }

    public String predicate() { return predicate; }

    /** The cell's text as found (a numeric cell's plain number), for messages. */
    public String raw() {
        if (!rawIsNumber) return raw;
        String plain = number.toPlainString();
        return percent ? plain + "%" : plain;
    }

    public List<ReadNote> notes() { return notes; }

    public boolean isBlank() { return kind == ValueKind.BLANK; }

    /** A number the arithmetic can use: NUMBER, or NIL read as zero. */
    public boolean isNumeric() { return kind == ValueKind.NUMBER || kind == ValueKind.NIL; }

    /** The number for arithmetic: NIL is zero; null when not numeric. */
    public BigDecimal numeric() {
        if (kind == ValueKind.NIL) return BigDecimal.ZERO;
        return kind == ValueKind.NUMBER ? number : null;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof CellValue v && kind == v.kind && percent == v.percent && Objects.equals(number, v.number)
                && Objects.equals(unit, v.unit) && Objects.equals(predicate, v.predicate)
                && Objects.equals(raw(), v.raw()) && notes.equals(v.notes);
    }

    @Override
    public int hashCode() {
        return Objects.hash(kind, number, unit, percent, predicate, raw(), notes);
    }

    @Override
    public String toString() {
        return "CellValue[kind=" + kind + ", number=" + number + ", unit=" + unit + ", percent=" + percent
                + ", predicate=" + predicate + ", raw=" + raw() + ", notes=" + notes + "]";
    }
}
