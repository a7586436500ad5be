package capaian.write;

import org.apache.poi.ss.usermodel.SheetVisibility;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A very hidden sheet where Capaian remembers what it changed in a workbook: the styles it created and the
 * original style of every cell it marked with a finding. Processing a result again first undoes the marks
 * and reuses the styles, so the second result equals the first (RULES section 12).
 */
final class MetaSheet {
    static final String NAME = "CapaianMeta";

    record Mark(String sheet, String cell, int originalStyle) {}

    final Map<String, Integer> styles = new LinkedHashMap<>();
    final List<Mark> marks = new ArrayList<>();

    static MetaSheet read(XSSFWorkbook wb) {
        MetaSheet m = new MetaSheet();
        XSSFSheet s = wb.getSheet(NAME);
        if (s == null) return m;
        for (int i = 0; i <= s.getLastRowNum(); i++) {
            XSSFRow row = s.getRow(i);
            if (row == null || row.getCell(0) == null) continue;
            String kind = row.getCell(0).getStringCellValue();
            if ("style".equals(kind)) {
                m.styles.put(row.getCell(1).getStringCellValue(), (int) row.getCell(2).getNumericCellValue());
            } else if ("mark".equals(kind)) {
                m.marks.add(new Mark(row.getCell(1).getStringCellValue(), row.getCell(2).getStringCellValue(),
                        (int) row.getCell(3).getNumericCellValue()));
            }
        }
        return m;
    }

    void write(XSSFWorkbook wb) {
        int idx = wb.getSheetIndex(NAME);
        if (idx >= 0) wb.removeSheetAt(idx);
        XSSFSheet s = wb.createSheet(NAME);
        int r = 0;
        for (Map.Entry<String, Integer> e : styles.entrySet()) {
            XSSFRow row = s.createRow(r++);
            row.createCell(0).setCellValue("style");
            row.createCell(1).setCellValue(e.getKey());
            row.createCell(2).setCellValue(e.getValue());
        }
        for (Mark m : marks) {
            XSSFRow row = s.createRow(r++);
            row.createCell(0).setCellValue("mark");
            row.createCell(1).setCellValue(m.sheet());
            row.createCell(2).setCellValue(m.cell());
            XSSFCell c = row.createCell(3);
            c.setCellValue(m.originalStyle());
        }
        wb.setSheetVisibility(wb.getSheetIndex(NAME), SheetVisibility.VERY_HIDDEN);
    }
}
