package capaian.write;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/** Test helpers that look at written workbooks with POI's own model. */
public final class Workbooks {
    private Workbooks() {}

    public static XSSFWorkbook open(byte[] bytes) {
        try {
            return new XSSFWorkbook(new ByteArrayInputStream(bytes));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every cell as "Sheet!A1 type formula value", for comparing two workbooks' content. */
    public static List<String> dump(XSSFWorkbook wb) {
        List<String> out = new ArrayList<>();
        for (Sheet s : wb) {
            out.add("sheet " + s.getSheetName() + " merged=" + s.getNumMergedRegions());
            for (Row r : s) {
                for (Cell c : r) {
                    String v = switch (c.getCellType()) {
                        case FORMULA -> "=" + c.getCellFormula() + " -> " + cached(c);
                        case NUMERIC -> Double.toString(c.getNumericCellValue());
                        case STRING -> c.getStringCellValue();
                        case BOOLEAN -> Boolean.toString(c.getBooleanCellValue());
                        default -> "";
                    };
                    String comment = c.getCellComment() == null ? "" : " [" + c.getCellComment().getString().getString() + "]";
                    out.add(s.getSheetName() + "!" + c.getAddress() + " s" + c.getCellStyle().getIndex() + " " + v + comment);
                }
            }
        }
        return out;
    }

    public static Object cached(Cell c) {
        CellType t = c.getCachedFormulaResultType();
        return switch (t) {
            case NUMERIC -> c.getNumericCellValue();
            case STRING -> c.getStringCellValue();
            case BOOLEAN -> c.getBooleanCellValue();
            default -> null;
        };
    }
}
