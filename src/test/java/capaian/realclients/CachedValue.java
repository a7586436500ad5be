package capaian.realclients;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.FormulaError;

/**
 * What a cell shows without any evaluator: for a formula cell the cached result stored in the file, else
 * the cell's value. An empty string and a blank or missing cell are the same thing to a reader.
 */
public record CachedValue(Kind kind, double number, String text) {
    public enum Kind { EMPTY, NUMBER, TEXT, BOOLEAN, ERROR }

    /** Within this absolute difference, or this relative one for large sums of money, numbers are equal. */
    static final double ABSOLUTE = 1e-6;
    static final double RELATIVE = 1e-12;

    public static final CachedValue EMPTY = new CachedValue(Kind.EMPTY, 0, "");

    public static CachedValue of(Cell cell) {
        if (cell == null) return EMPTY;
        CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
        return switch (type) {
            case NUMERIC -> new CachedValue(Kind.NUMBER, cell.getNumericCellValue(), null);
            case STRING -> cell.getStringCellValue().isEmpty() ? EMPTY
                    : new CachedValue(Kind.TEXT, 0, cell.getStringCellValue());
            case BOOLEAN -> new CachedValue(Kind.BOOLEAN, 0, Boolean.toString(cell.getBooleanCellValue()));
            case ERROR -> new CachedValue(Kind.ERROR, 0, FormulaError.forInt(cell.getErrorCellValue()).getString());
            default -> EMPTY;
        };
    }

    public boolean matches(CachedValue other) {
        if (kind != other.kind) return false;
        if (kind != Kind.NUMBER) return text.equals(other.text);
        double diff = Math.abs(number - other.number);
        return diff <= ABSOLUTE || diff <= RELATIVE * Math.max(Math.abs(number), Math.abs(other.number));
    }

    @Override
    public String toString() {
        return switch (kind) {
            case EMPTY -> "(empty)";
            case NUMBER -> java.math.BigDecimal.valueOf(number).toPlainString();
            case TEXT -> '"' + text + '"';
            case BOOLEAN, ERROR -> text;
        };
    }
}
