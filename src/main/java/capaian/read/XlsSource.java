package capaian.read;

import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.CellValue;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An Excel 97-2003 workbook (.xls) read through POI's HSSF user model into the same {@link RawRow}s as the
 * .xlsx scanner gives: formulas through their cached values, percent formats, hidden rows, merged ranges.
 * An .xls is at most 65,536 rows, so holding it in memory is fine.
 *
 * <p>A formula whose stored result is the number 0 is recalculated ({@link StaleFormulaResults}).
 */
final class XlsSource implements SheetSource {
    private final HSSFWorkbook wb;
    private final StaleFormulaResults stale;

    XlsSource(HSSFWorkbook wb) {
        this.wb = wb;
        this.stale = new StaleFormulaResults(wb);
    }

    @Override
    public Map<String, List<RawRow>> heads(int maxRow) {
        Map<String, List<RawRow>> heads = new LinkedHashMap<>();
        for (int i = 0; i < wb.getNumberOfSheets(); i++) {
            Sheet sheet = wb.getSheetAt(i);
            List<RawRow> rows = new ArrayList<>();
            for (Row row : sheet) {
                capaian.job.JobBudget.check();
                if (row.getRowNum() + 1 > maxRow) break;
                RawRow raw = raw(row);
                if (raw != null) rows.add(raw);
            }
            heads.put(sheet.getSheetName(), rows);
        }
        return heads;
    }

    @Override
    public void stream(String name, SheetScanner.Listener listener) {
        Sheet sheet = wb.getSheet(name);
        if (sheet == null) return;
        for (Row row : sheet) {
            capaian.job.JobBudget.check();
            RawRow raw = raw(row);
            if (raw != null) listener.row(raw);
        }
        for (CellRangeAddress m : sheet.getMergedRegions()) listener.merge(m.formatAsString());
    }

    private RawRow raw(Row row) {
        List<RawCell> cells = new ArrayList<>();
        for (Cell c : row) {
            RawCell rc = StaleFormulaResults.storedZero(c) ? recalculated(c) : cell(c);
            if (rc != null && c.getCellType() == CellType.FORMULA) rc = rc.withFormula(formula(c));
            if (rc != null) cells.add(rc);
        }
        if (cells.isEmpty()) return null;
        return new RawRow(row.getRowNum() + 1, row.getZeroHeight(), List.copyOf(cells));
    }

    static RawCell cell(Cell c) {
        boolean formula = c.getCellType() == CellType.FORMULA;
        CellType type = formula ? c.getCachedFormulaResultType() : c.getCellType();
        int col = c.getColumnIndex();
        return switch (type) {
            case NUMERIC -> new RawCell(col, RawCell.Kind.NUMBER, c.getNumericCellValue(), null, isPercent(c.getCellStyle()),
                    formula);
            case STRING -> {
                String s = c.getStringCellValue();
                yield s == null || s.isBlank() ? null : new RawCell(col, RawCell.Kind.TEXT, 0, s, false, formula);
            }
            case BOOLEAN -> new RawCell(col, RawCell.Kind.BOOLEAN, 0, c.getBooleanCellValue() ? "TRUE" : "FALSE", false,
                    formula);
            case ERROR -> new RawCell(col, RawCell.Kind.ERROR, 0, FormulaError.forInt(c.getErrorCellValue()).getString(),
                    false, formula);
            default -> null;
        };
    }

    /** The formula's text, or null when HSSF cannot render it (the cell is then read by its value only). */
    private static String formula(Cell c) {
        try {
            return c.getCellFormula();
        } catch (RuntimeException unreadable) {
            return null;
        }
    }

    /** The cell with its formula recalculated by POI; as stored when POI cannot (unknown function, deep chain). */
    private RawCell recalculated(Cell c) {
        CellValue v = stale.recalculate(c);
        if (v == null) return cell(c);
        int col = c.getColumnIndex();
        return switch (v.getCellType()) {
            case NUMERIC -> new RawCell(col, RawCell.Kind.NUMBER, v.getNumberValue(), null, isPercent(c.getCellStyle()), true);
            case STRING -> v.getStringValue() == null || v.getStringValue().isBlank() ? null
                    : new RawCell(col, RawCell.Kind.TEXT, 0, v.getStringValue(), false, true);
            case BOOLEAN -> new RawCell(col, RawCell.Kind.BOOLEAN, 0, v.getBooleanValue() ? "TRUE" : "FALSE", false, true);
            case ERROR -> new RawCell(col, RawCell.Kind.ERROR, 0, FormulaError.forInt(v.getErrorValue()).getString(), false, true);
            default -> null;
        };
    }

    private static boolean isPercent(CellStyle style) {
        String f = style == null ? null : style.getDataFormatString();
        return f != null && f.replaceAll("\"[^\"]*\"", "").contains("%");
    }
}
