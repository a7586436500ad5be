package capaian.realclients;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Compares every formula cell of our workbook, by its cached value, with the same cell of the workbook a
 * spreadsheet program saved after recalculating it. Plain POI reading: no evaluator is involved, so what is
 * compared is exactly what we wrote and what the program computed.
 */
public record RecalcComparison(int compared, int withValue, List<Mismatch> mismatches) {
    /** Longer formulas are cut in reports; the file itself has them whole. */
    private static final int SHOWN_FORMULA = 400;

    public record Mismatch(String sheet, String cell, String formula, CachedValue ours, CachedValue theirs) {
        @Override
        public String toString() {
            String f = formula.length() > SHOWN_FORMULA ? formula.substring(0, SHOWN_FORMULA) + "…" : formula;
            return "'" + sheet + "'!" + cell + "  =" + f + "\n      ours: " + ours + "   LibreOffice: " + (theirs == null ? "(no such sheet)" : theirs);
        }
    }

    public static RecalcComparison of(Path ours, Path recalculated) throws IOException {
        try (XSSFWorkbook a = open(ours); XSSFWorkbook b = open(recalculated)) {
            int compared = 0;
            int withValue = 0;
            List<Mismatch> mismatches = new ArrayList<>();
            for (Sheet sheet : a) {
                Sheet other = b.getSheet(sheet.getSheetName());
                for (Row row : sheet) {
                    for (Cell cell : row) {
                        if (cell.getCellType() != CellType.FORMULA) continue;
                        compared++;
                        CachedValue mine = CachedValue.of(cell);
                        if (mine.kind() != CachedValue.Kind.EMPTY) withValue++;
                        CachedValue theirs = other == null ? null : CachedValue.of(cellAt(other, cell));
                        if (theirs == null || !mine.matches(theirs)) {
                            mismatches.add(new Mismatch(sheet.getSheetName(), cell.getAddress().formatAsString(),
                                    cell.getCellFormula(), mine, theirs));
                        }
                    }
                }
            }
            return new RecalcComparison(compared, withValue, List.copyOf(mismatches));
        }
    }

    public String describe() {
        StringBuilder sb = new StringBuilder();
        sb.append(mismatches.size()).append(" of ").append(compared).append(" formula cells differ:");
        for (Mismatch m : mismatches) sb.append("\n  ").append(m);
        return sb.toString();
    }

    private static Cell cellAt(Sheet sheet, Cell like) {
        Row row = sheet.getRow(like.getRowIndex());
        return row == null ? null : row.getCell(like.getColumnIndex());
    }

    private static XSSFWorkbook open(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return new XSSFWorkbook(in);
        }
    }
}
