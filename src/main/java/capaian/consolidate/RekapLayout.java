package capaian.consolidate;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Where the template puts the listings that POI decorates after jxls has filled them: the OPD rows the
 * chart draws from, and the Detail rows that become an Excel table. Read from the template itself (the
 * cells holding ${o.nama}, ${d....}), so a Bappeda that moves or relabels columns moves the chart and the
 * table with them.
 */
record RekapLayout(Listing opds, Listing details, Listing temuan) {

    /**
     * A listing's sheet, its template data row (0-based), and the column of each expression by name, in column
     * order. It is {@code plain} when every cell of that row is a bare {@code ${var.field}} and nothing follows it
     * on the sheet: then {@link RekapWriter} can write its rows itself, streaming, instead of through jxls.
     */
    record Listing(String sheet, int dataRow, int firstCol, int lastCol, Map<String, Integer> columns, boolean plain) {
        Integer column(String field) {
            return columns.get(field);
        }
    }

    static RekapLayout of(byte[] template) throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(template))) {
            return new RekapLayout(find(wb, "o"), find(wb, "d"), find(wb, "t"));
        }
    }

    private static Listing find(XSSFWorkbook wb, String var) {
        String prefix = "${" + var + ".";
        for (Sheet s : wb) {
            for (Row r : s) {
                // In column order, as the cells come: the listings are written in this order, and Excel wants a
                // row's cells so (it offers to repair the file otherwise).
                Map<String, Integer> cols = new LinkedHashMap<>();
                int first = Integer.MAX_VALUE, last = -1;
                boolean plain = r.getRowNum() == s.getLastRowNum();
                for (Cell c : r) {
                    if (c.getCellType() == CellType.BLANK) continue;
                    String t = c.getCellType() == CellType.STRING ? c.getStringCellValue().trim() : "";
                    if (!t.startsWith(prefix) || !t.endsWith("}")) {
                        plain = false;
                        continue;
                    }
                    String field = t.substring(prefix.length(), t.length() - 1);
                    if (!field.matches("[A-Za-z_][A-Za-z0-9_]*")) plain = false;
                    if (cols.put(field, c.getColumnIndex()) != null) plain = false; // one field twice: leave it to jxls
                    first = Math.min(first, c.getColumnIndex());
                    last = Math.max(last, c.getColumnIndex());
                }
                if (!cols.isEmpty()) return new Listing(s.getSheetName(), r.getRowNum(), first, last, cols, plain);
            }
        }
        return null;
    }
}
