package capaian.write;

import java.io.IOException;
import java.math.BigDecimal;

/**
 * A sheet Capaian adds (Ringkasan, Temuan, CapaianMeta), written straight as SpreadsheetML with inline
 * strings. Column widths and the frozen rows come first; cells then follow in row order, each row's cells
 * left to right, as the sheet XML requires.
 */
final class NewSheet {
    private final XmlOut out;
    private int row = -1;
    private boolean started;

    NewSheet(XmlOut out) {
        this.out = out;
    }

    /**
     * Starts the sheet. {@code widths} in characters per column from A (0 for the default), {@code frozenRows}
     * rows kept in view (0 for none).
     */
    NewSheet begin(int[] widths, int frozenRows) throws IOException {
        out.raw(XmlOut.DECLARATION).raw("<worksheet").attr("xmlns", XmlOut.MAIN_NS).attr("xmlns:r", XmlOut.REL_NS).raw('>');
        out.raw("<sheetViews><sheetView workbookViewId=\"0\">");
        if (frozenRows > 0) {
            out.raw("<pane").attr("ySplit", Integer.toString(frozenRows)).attr("topLeftCell", "A" + (frozenRows + 1))
                    .raw(" activePane=\"bottomLeft\" state=\"frozen\"/><selection pane=\"bottomLeft\"/>");
        }
        out.raw("</sheetView></sheetViews><sheetFormatPr defaultRowHeight=\"15\"/>");
        StringBuilder cols = new StringBuilder();
        for (int c = 0; c < widths.length; c++) {
            if (widths[c] <= 0) continue;
            cols.append("<col min=\"").append(c + 1).append("\" max=\"").append(c + 1).append("\" width=\"")
                    .append(widths[c]).append("\" customWidth=\"1\"/>");
        }
        if (cols.length() > 0) out.raw("<cols>").raw(cols.toString()).raw("</cols>");
        out.raw("<sheetData>");
        started = true;
        return this;
    }

    /** A whole sheet's XML, written before (by {@link #begin} to {@link #end} over another output). */
    void raw(byte[] xml) throws IOException {
        out.bytes(xml);
    }

    /** A cell with Cells' semantics, in the cell format {@code style} (0 the default); {@code r} and {@code c} 0-based, never before the last cell written. */
    void cell(int r, int c, String formula, Object value, int style) throws IOException {
        if (!started) throw new IllegalStateException("begin first");
        if (r < row) throw new IllegalStateException("rows out of order: " + r + " after " + row);
        if (r > row) {
            if (row >= 0) out.raw("</row>");
            row = r;
            out.raw("<row").attr("r", r + 1).raw('>');
        }
        Cells.write(out, "", c, r + 1, style, formula, value);
    }

    /** A text cell; null text gives a cell with only its style. */
    void text(int r, int c, String text, int style) throws IOException {
        cell(r, c, null, text, style);
    }

    void number(int r, int c, BigDecimal v, int style) throws IOException {
        cell(r, c, null, v, style);
    }

    /** Ends the sheet, with an auto filter over {@code autoFilterRef} (A1:G9) unless null. */
    void end(String autoFilterRef) throws IOException {
        if (row >= 0) out.raw("</row>");
        out.raw("</sheetData>");
        if (autoFilterRef != null) out.raw("<autoFilter").attr("ref", autoFilterRef).raw("/>");
        out.raw("<pageMargins left=\"0.7\" right=\"0.7\" top=\"0.75\" bottom=\"0.75\" header=\"0.3\" footer=\"0.3\"/>");
        out.raw("</worksheet>");
        out.flush();
    }
}
