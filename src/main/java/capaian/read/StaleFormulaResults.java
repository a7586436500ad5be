package capaian.read;

import org.apache.poi.hssf.usermodel.HSSFFormulaEvaluator;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.CellValue;

/**
 * The results of an .xls's formulas as Excel shows them after opening it. LibreOffice stores the text results of
 * shared formulas (a category, an IFERROR's "") as the number 0 in an .xls, which Excel recalculates on opening
 * anyway; so a formula whose stored result is 0 is recalculated by POI. Both the reader and the .xls-to-.xlsx copy
 * use it, so that what we read and what we carry into the result agree.
 */
public final class StaleFormulaResults {
    /** Recalculations per workbook, and the time they may take; past either (a hostile chain of formulas), stored results are taken as they are. */
    static final int MAX_RECALCULATED = 50_000;
    static final long MAX_RECALCULATION_NANOS = 3_000_000_000L;

    private final HSSFWorkbook wb;
    private HSSFFormulaEvaluator evaluator;
    private int recalculated;
    private long start;

    public StaleFormulaResults(HSSFWorkbook wb) {
        this.wb = wb;
    }

    /** Whether the cell is a formula whose stored result is the number 0 (possibly a text result stored as 0). */
    public static boolean storedZero(Cell c) {
        return c.getCellType() == CellType.FORMULA && c.getCachedFormulaResultType() == CellType.NUMERIC
                && c.getNumericCellValue() == 0;
    }

    /** The formula's result recalculated by POI, or null where POI cannot (unknown function, deep chain, limits). */
    public CellValue recalculate(Cell c) {
        if (recalculated == 0) start = System.nanoTime();
        if (recalculated >= MAX_RECALCULATED || System.nanoTime() - start > MAX_RECALCULATION_NANOS) return null;
        recalculated++;
        try {
            if (evaluator == null) {
                evaluator = wb.getCreationHelper().createFormulaEvaluator();
                evaluator.setIgnoreMissingWorkbooks(true);
            }
            return evaluator.evaluate(c);
        } catch (RuntimeException | StackOverflowError e) {
            return null;
        }
    }
}
