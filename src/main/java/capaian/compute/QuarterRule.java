package capaian.compute;

import java.math.BigDecimal;
import java.util.List;

/** The year's realisasi from four quarters (RULES 4.4). */
public final class QuarterRule {
    private QuarterRule() {}

    /**
     * kumulatif: the sum of the quarters that have a value; akhir: the last quarter that has one.
     * Null entries are quarters not filled; all null gives null.
     */
    public static BigDecimal year(Jenis jenis, List<BigDecimal> quarters) {
        BigDecimal out = null;
        for (BigDecimal q : quarters) {
            if (q == null) continue;
            out = jenis == Jenis.AKHIR ? q : Numbers.sum(out, q);
        }
        return out;
    }

    /** Money is always summed. */
    public static BigDecimal money(List<BigDecimal> quarters) {
        return year(Jenis.KUMULATIF, quarters);
    }
}
