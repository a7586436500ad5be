package capaian.compute;

import java.util.List;

/**
 * One line of the Ringkasan sheet: a program (or other top entity) and the rows it spans, or a sasaran.
 *
 * @param firstRow first sheet row of the group; lastRow its last
 * @param rows     every sheet row of the group, in order (a row copied to the bottom of the table included, the
 *                 rows of other programs in between not)
 * @param leaves   the leaves whose money the line sums
 */
public record GroupSummary(String kode, String uraian, String sheet, int firstRow, int lastRow, Totals totals,
                           List<Integer> rows, List<Entity> leaves) {
    public GroupSummary(String kode, String uraian, String sheet, int firstRow, int lastRow, Totals totals) {
        this(kode, uraian, sheet, firstRow, lastRow, totals, List.of(), List.of());
    }
}
