package capaian.consolidate.rkpd;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One line of the Evaluasi terhadap Hasil RKPD. A {@link Kind#sums() summing} line (urusan, bidang, program, an
 * OPD's kegiatan over its sub kegiatan, the total) holds the sums of its {@code parts}' money, which the workbook
 * writes as SUM formulas over exactly those rows; its ratios are realisasi ÷ target of those sums.
 */
public final class RkpdRow {
    public enum Kind {
        URUSAN, BIDANG, PROGRAM, INDIKATOR_PROGRAM, KEGIATAN, SUB_KEGIATAN, INDIKATOR, TOTAL;

        boolean sums() {
            return this == URUSAN || this == BIDANG || this == PROGRAM || this == KEGIATAN || this == TOTAL;
        }
    }

    private final Kind kind;
    private final Map<String, Object> values = new LinkedHashMap<>();
    private final List<RkpdRow> parts = new ArrayList<>();
    /** Position among the evaluation's lines, 0-based. */
    int index;
    boolean summed;

    RkpdRow(Kind kind) {
        this.kind = kind;
        values.put("tingkat", switch (kind) {
            case URUSAN -> "Urusan";
            case BIDANG -> "Bidang Urusan";
            case PROGRAM -> "Program";
            case INDIKATOR_PROGRAM -> "Indikator Program";
            case KEGIATAN -> "Kegiatan";
            case SUB_KEGIATAN -> "Sub Kegiatan";
            case INDIKATOR -> "Indikator";
            case TOTAL -> "Jumlah";
        });
    }

    public Kind kind() { return kind; }
    /** Every field by its template name (${r.field}): texts, BigDecimal figures, predicates as text. */
    public Map<String, Object> values() { return values; }
    public List<RkpdRow> parts() { return parts; }
    public int index() { return index; }

    public Object get(String field) {
        return values.get(field);
    }

    public BigDecimal number(String field) {
        return values.get(field) instanceof BigDecimal b ? b : null;
    }

    RkpdRow put(String field, Object value) {
        if (value != null) values.put(field, value);
        else values.remove(field);
        return this;
    }
}
