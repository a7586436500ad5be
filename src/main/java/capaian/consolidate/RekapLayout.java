package capaian.consolidate;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;

/**
 * Where the template puts the listings that POI decorates after jxls has filled them: the OPD rows the
 * chart draws from, and the Detail rows that become an Excel table. Read from the template itself (the
 * cells holding ${o.nama}, ${d....}), so a Bappeda that moves or relabels columns moves the chart and the
 * table with them.
 */
record RekapLayout(Listing opds, Listing details) {

    /** A listing's sheet, its template data row (0-based), and the column of each expression by name. */
    record Listing(String sheet, int dataRow, int firstCol, int lastCol, Map<String, Integer> columns) {
        Integer column(String field) {
            return columns.get(field);
        }
    }

    static RekapLayout of(byte[] template) throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(template))) {
            return new RekapLayout(find(wb, "o"), find(wb, "d"));
        }
    }

    private static Listing find(XSSFWorkbook wb, String var) {
        String prefix = "${" + var + ".";
        for (Sheet s : wb) {
            for (Row r : s) {
                Map<String, Integer> cols = new HashMap<>();
                int first = Integer.MAX_VALUE, last = -1;
                for (Cell c : r) {
                    if (c.getCellType() != CellType.STRING) continue;
                    String t = c.getStringCellValue().trim();
                    if (!t.startsWith(prefix) || !t.endsWith("}")) continue;
                    cols.put(t.substring(prefix.length(), t.length() - 1), c.getColumnIndex());
                    first = Math.min(first, c.getColumnIndex());
                    last = Math.max(last, c.getColumnIndex());
                }
                if (!cols.isEmpty()) return new Listing(s.getSheetName(), r.getRowNum(), first, last, cols);
            }
        }
        return null;
    }
}
