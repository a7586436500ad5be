package capaian.read;

import capaian.process.ProcessResult;
import capaian.process.Processor;
import capaian.report.Report;
import capaian.rules.ProfileLoader;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Workbooks as people lay them out, made with POI from the committed examples: the form's data with the header
 * worded, grouped or ordered differently, sheets copied or one per quarter.
 */
public final class MessyLayouts {
    static final Processor PROCESSOR = new Processor(ProfileLoader.defaultProfile());

    private MessyLayouts() {}

    public static XSSFWorkbook example(String name) {
        try {
            return new XSSFWorkbook(new ByteArrayInputStream(Files.readAllBytes(Path.of("examples", name))));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static XSSFWorkbook template(String name) {
        try {
            return new XSSFWorkbook(new ByteArrayInputStream(Files.readAllBytes(Path.of("templates-xlsx", name))));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static byte[] bytes(XSSFWorkbook wb) {
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            wb.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Report check(byte[] workbook, String triwulan) {
        ProcessResult r = PROCESSOR.check(new ByteArrayInputStream(workbook), "uji.xlsx", null, triwulan);
        if (!r.readable()) throw new AssertionError(r.unreadableReason());
        return r.report();
    }

    static Report check(XSSFWorkbook wb) {
        return check(bytes(wb), null);
    }

    /** How many findings of each code. */
    static Map<String, Integer> codes(Report r) {
        Map<String, Integer> m = new TreeMap<>();
        for (Report.FindingEntry f : r.findings()) m.merge(f.code(), 1, Integer::sum);
        return m;
    }

    static List<Report.FindingEntry> findings(Report r, String code) {
        return r.findings().stream().filter(f -> f.code().equals(code)).toList();
    }

    /** The 0-based column whose header cell (in {@code headerRow}, 1-based) reads {@code title}. */
    public static int column(Sheet sheet, int headerRow, String title) {
        for (Cell c : sheet.getRow(headerRow - 1)) {
            if (c.getCellType() == CellType.STRING && c.getStringCellValue().equals(title)) return c.getColumnIndex();
        }
        throw new AssertionError("no column " + title);
    }

    /** A column of a relaid table: the source column's title (or null for an empty column) and its header levels. */
    record Col(String source, String... levels) {}

    static Col col(String source, String... levels) {
        return new Col(source, levels);
    }

    /**
     * A new workbook with one sheet {@code sheetName}: the source sheet's header block (rows 1 to 6), then the
     * columns in the given order with their header levels from {@code headerTop} down (a blank level under a title
     * is merged with it, a blank level after a group title on its right is merged into the group), an optional
     * numbering row, and the source's data rows (from row {@code sourceHeader} + 1) copied as values, formulas as
     * their cached results.
     */
    static XSSFWorkbook relaid(Sheet source, int sourceHeader, String sheetName, boolean headerBlock, int headerTop,
                               List<Col> cols, boolean numbering) {
        XSSFWorkbook wb = new XSSFWorkbook();
        Sheet to = wb.createSheet(sheetName);
        if (headerBlock) {
            for (int r = 0; r < 6; r++) {
                Row from = source.getRow(r);
                if (from == null) continue;
                Row row = to.createRow(r);
                for (Cell c : from) copy(c, row.createCell(c.getColumnIndex()));
            }
        } else {
            to.createRow(0).createCell(0).setCellValue("TABEL 1. Evaluasi Hasil Pelaksanaan Renja Tahun 2022");
        }
        int depth = cols.get(0).levels().length;
        int[] sourceColumns = new int[cols.size()];
        for (int i = 0; i < cols.size(); i++) {
            sourceColumns[i] = cols.get(i).source() == null ? -1 : column(source, sourceHeader, cols.get(i).source());
        }
        for (int l = 0; l < depth; l++) {
            Row row = to.createRow(headerTop - 1 + l);
            for (int i = 0; i < cols.size(); i++) {
                String t = cols.get(i).levels()[l];
                if (t != null && !t.isEmpty()) row.createCell(i).setCellValue(t);
            }
        }
        mergeHeader(to, headerTop, cols, depth);
        int next = headerTop - 1 + depth;
        if (numbering) {
            Row row = to.createRow(next++);
            for (int i = 0; i < cols.size(); i++) row.createCell(i).setCellValue(i + 1);
        }
        for (int r = sourceHeader; r <= source.getLastRowNum(); r++) {
            Row from = source.getRow(r);
            if (from == null) continue;
            Row row = to.createRow(next++);
            for (int i = 0; i < cols.size(); i++) {
                if (sourceColumns[i] < 0) continue;
                Cell c = from.getCell(sourceColumns[i]);
                if (c != null) copy(c, row.createCell(i));
            }
        }
        return wb;
    }

    /** Merges each title down over the blank levels below it, and a group title right over the blanks after it. */
    private static void mergeHeader(Sheet to, int headerTop, List<Col> cols, int depth) {
        for (int i = 0; i < cols.size(); i++) {
            String[] lv = cols.get(i).levels();
            for (int l = 0; l < depth; l++) {
                if (lv[l] == null || lv[l].isEmpty()) continue;
                int down = l;
                while (down + 1 < depth && lv[down + 1] == null) down++;
                int right = i;
                while (right + 1 < cols.size() && "".equals(cols.get(right + 1).levels()[l])) right++;
                if (down > l || right > i) {
                    to.addMergedRegion(new CellRangeAddress(headerTop - 1 + l, headerTop - 1 + down, i, right));
                }
            }
        }
    }

    private static void copy(Cell from, Cell to) {
        CellType t = from.getCellType() == CellType.FORMULA ? from.getCachedFormulaResultType() : from.getCellType();
        switch (t) {
            case NUMERIC -> to.setCellValue(from.getNumericCellValue());
            case STRING -> to.setCellValue(from.getStringCellValue());
            case BOOLEAN -> to.setCellValue(from.getBooleanCellValue());
            default -> { }
        }
    }

    static List<String> titles(Sheet sheet, int row) {
        List<String> t = new ArrayList<>();
        for (Cell c : sheet.getRow(row - 1)) t.add(c.toString());
        return t;
    }
}
