package capaian.read;

import java.util.List;
import java.util.Map;

/**
 * Where a workbook's rows come from: an .xlsx streamed through SAX, or an .xls read through HSSF. Both hand
 * out the same {@link RawRow}s, so header location, reading and checks are shared.
 */
interface SheetSource {
    /** The first rows (up to {@code maxRow}) of every sheet, by sheet name in workbook order. */
    Map<String, List<RawRow>> heads(int maxRow) throws Exception;

    /** Streams every non-empty row of the named sheet, then its merged ranges. */
    void stream(String sheetName, SheetScanner.Listener listener) throws Exception;
}
