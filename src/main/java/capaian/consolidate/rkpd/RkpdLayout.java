package capaian.consolidate.rkpd;

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
 * Where the template puts what the writer completes after jxls: the evaluation's line row (the cell of each
 * ${r.field}), the region's footer cells (${footer.capaian}, ${footer.predikat}) and the OPDs' capaian column
 * (${o.capaian}) the footer's formula averages. Read from the template itself, so a reordered or relabelled copy
 * moves them all.
 */
record RkpdLayout(String sheet, int dataRow, Map<String, Integer> columns, Cell2 capaian, Cell2 predikat,
                  String opdSheet, int opdRow, Integer opdCapaian) {

    /** A cell of the template: 0-based row and column. */
    record Cell2(int row, int col) {}

    static RkpdLayout of(byte[] template) throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(template))) {
            String sheet = null, opdSheet = null;
            int dataRow = -1, opdRow = -1;
            Integer opdCapaian = null;
            Map<String, Integer> cols = new HashMap<>();
            Cell2 capaian = null, predikat = null;
            for (Sheet s : wb) {
                for (Row r : s) {
                    for (Cell c : r) {
                        if (c.getCellType() != CellType.STRING) continue;
                        String t = c.getStringCellValue().trim();
                        if (t.startsWith("${r.") && t.endsWith("}")) {
                            if (sheet == null) {
                                sheet = s.getSheetName();
                                dataRow = r.getRowNum();
                            }
                            if (sheet.equals(s.getSheetName()) && r.getRowNum() == dataRow) {
                                cols.put(t.substring(4, t.length() - 1), c.getColumnIndex());
                            }
                        } else if (t.equals("${footer.capaian}")) {
                            capaian = new Cell2(r.getRowNum(), c.getColumnIndex());
                        } else if (t.equals("${footer.predikat}")) {
                            predikat = new Cell2(r.getRowNum(), c.getColumnIndex());
                        } else if (t.equals("${o.capaian}")) {
                            opdSheet = s.getSheetName();
                            opdRow = r.getRowNum();
                            opdCapaian = c.getColumnIndex();
                        }
                    }
                }
            }
            if (sheet == null) throw new IllegalArgumentException("the RKPD template has no ${r....} row");
            // footer cells on another sheet than the lines are left as jxls filled them
            return new RkpdLayout(sheet, dataRow, cols, capaian, predikat, opdSheet, opdRow, opdCapaian);
        }
    }
}
