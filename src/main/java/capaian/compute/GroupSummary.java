package capaian.compute;

/**
 * One line of the Ringkasan sheet: a program (or other top entity) and the rows it spans, or a sasaran.
 *
 * @param firstRow first sheet row of the group; lastRow its last
 */
public record GroupSummary(String kode, String uraian, String sheet, int firstRow, int lastRow, Totals totals) {}
