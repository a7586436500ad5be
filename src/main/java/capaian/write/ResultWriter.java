package capaian.write;

import capaian.check.Finding;
import capaian.check.Severity;
import capaian.compute.CellLink;
import capaian.compute.RowResult;
import capaian.compute.SheetResult;
import capaian.form.Column;
import capaian.form.Role;
import capaian.model.CellRef;
import capaian.process.Evaluation;
import capaian.rules.Profile;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.ClientAnchor;
import org.apache.poi.ss.usermodel.Comment;
import org.apache.poi.ss.usermodel.CreationHelper;
import org.apache.poi.ss.usermodel.Drawing;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes the results back into the uploaded workbook itself: computed cells as formulas with their cached
 * values, empty parent money cells as sums of their leaves, category fills, a comment and a fill on every
 * cell with a finding, and the Ringkasan and Temuan sheets. Input cells keep what the user typed.
 */
public final class ResultWriter {
    static final String AUTHOR = "Capaian";
    /**
     * Comments are heavy (a drawing shape each); past this many marked cells the rest are listed on the
     * Temuan sheet only, so a huge sheet full of problems still gets written.
     */
    static final int MAX_MARKED_CELLS = 2_000;

    private final Profile profile;

    public ResultWriter(Profile profile) {
        this.profile = profile;
    }

    /**
     * Writes the results into the workbook file as uploaded: an .xls is first copied into an .xlsx, an .xlsm
     * loses its macros; the result is always .xlsx.
     */
    public byte[] write(java.nio.file.Path file, Evaluation ev) throws IOException {
        try (XSSFWorkbook wb = openAsXlsx(file)) {
            return write(wb, ev);
        }
    }

    /** The workbook file as an .xlsx the write-back can work on (see {@link XlsxCopy}). */
    public static XSSFWorkbook openAsXlsx(java.nio.file.Path file) throws IOException {
        byte[] head = new byte[4];
        try (InputStream in = java.nio.file.Files.newInputStream(file)) {
            in.readNBytes(head, 0, 4);
        }
        if (head[0] == (byte) 0xD0 && head[1] == (byte) 0xCF) {
            try (org.apache.poi.hssf.usermodel.HSSFWorkbook xls = new org.apache.poi.hssf.usermodel.HSSFWorkbook(
                    java.nio.file.Files.newInputStream(file))) {
                return XlsxCopy.of(xls);
            }
        }
        XSSFWorkbook wb;
        try (InputStream in = java.nio.file.Files.newInputStream(file)) {
            wb = new XSSFWorkbook(in);
        }
        XlsxCopy.dropMacros(wb);
        return wb;
    }

    private byte[] write(XSSFWorkbook wb, Evaluation ev) throws IOException {
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            MetaSheet meta = MetaSheet.read(wb);
            undoMarks(wb, meta);
            Styles styles = new Styles(wb, meta.styles);
            for (SheetResult s : ev.sheets()) {
                XSSFSheet sheet = wb.getSheet(s.sheet().name());
                if (sheet != null) computed(sheet, s, styles);
                if (sheet != null && s.sheet().definition() == ev.document().form().mainSheet()) footer(sheet, s, ev, styles);
            }
            MetaSheet next = new MetaSheet();
            markFindings(wb, ev, styles, next);
            new SummarySheet(profile, styles).write(wb, ev);
            FindingsSheet.write(wb, ev, styles);
            next.styles.putAll(styles.indexes());
            next.write(wb);
            wb.setForceFormulaRecalculation(true);
            wb.write(out);
            return out.toByteArray();
        }
    }

    private void computed(XSSFSheet sheet, SheetResult s, Styles styles) {
        FormulaBuilder formulas = new FormulaBuilder(profile, s.sheet().columns());
        for (RowResult r : s.rows()) {
            int rowNum = r.row().row();
            XSSFRow row = sheet.getRow(rowNum - 1);
            if (row == null) row = sheet.createRow(rowNum - 1);
            for (Column col : s.sheet().definition().columns()) {
                Integer c = s.sheet().column(col.role());
                if (c == null) continue;
                if (col.computed()) {
                    Object value = r.computed().get(col.role());
                    String f = value == null ? null : formulas.forResult(col.derivation(), col.role(), r, s);
                    XSSFCell cell = row.getCell(c) == null ? row.createCell(c) : row.getCell(c);
                    Cells.set(cell, f, value);
                    XSSFCellStyle style = styles.computed(col.type());
                    String fill = value instanceof String label ? profile.categoryFill(label) : null;
                    cell.setCellStyle(fill == null ? style : styles.withFill(style, fill));
                } else if (r.links().containsKey(col.role())) {
                    XSSFCell cell = row.getCell(c) == null ? row.createCell(c) : row.getCell(c);
                    CellLink l = r.links().get(col.role());
                    String src = "'" + l.sheet().replace("'", "''") + "'!" + l.cell();
                    Cells.set(cell, "IF(" + src + "=\"\",\"\"," + src + ")", l.value());
                } else if (r.filled().containsKey(col.role())) {
                    XSSFCell cell = row.getCell(c) == null ? row.createCell(c) : row.getCell(c);
                    String f = formulas.sumOfLeaves(col.role(), r, s.hierarchy());
                    Cells.set(cell, f, r.filled().get(col.role()));
                }
            }
        }
    }

    /** The computed footer lines, each in the Uraian column of its label's row. */
    private void footer(XSSFSheet sheet, SheetResult s, Evaluation ev, Styles styles) {
        Integer col = s.sheet().column(Role.URAIAN);
        if (col == null) return;
        for (var f : s.sheet().definition().footer()) {
            Integer rowNum = s.sheet().footerRows().get(f.label());
            if (!f.computed() || rowNum == null) continue;
            XSSFRow row = sheet.getRow(rowNum - 1);
            XSSFCell cell = row.getCell(col) == null ? row.createCell(col) : row.getCell(col);
            Object value = ev.footer().get(f.label());
            Cells.set(cell, null, value);
            String fill = value instanceof String label ? profile.categoryFill(label) : null;
            XSSFCellStyle style = styles.computed(value instanceof String ? capaian.value.ValueType.TEXT
                    : capaian.value.ValueType.NUMBER);
            cell.setCellStyle(fill == null ? style : styles.withFill(style, fill));
        }
    }

    /** Restores the styles of cells an earlier run marked and removes its comments. */
    private static void undoMarks(XSSFWorkbook wb, MetaSheet meta) {
        for (MetaSheet.Mark m : meta.marks) {
            XSSFSheet sheet = wb.getSheet(m.sheet());
            if (sheet == null) continue;
            XSSFCell cell = cellAt(sheet, m.cell(), false);
            if (cell == null) continue;
            if (m.originalStyle() < wb.getNumCellStyles()) cell.setCellStyle(wb.getCellStyleAt(m.originalStyle()));
            Comment c = cell.getCellComment();
            if (c != null && AUTHOR.equals(c.getAuthor())) cell.removeCellComment();
        }
    }

    private static void markFindings(XSSFWorkbook wb, Evaluation ev, Styles styles, MetaSheet next) {
        Map<String, List<Finding>> byCell = new LinkedHashMap<>();
        for (Finding f : ev.findings()) {
            // Info findings are for the record: listed on Temuan, not painted over the form.
            if (f.severity() == Severity.INFO) continue;
            if (f.sheet() == null || f.cell() == null || wb.getSheet(f.sheet()) == null) continue;
            if (byCell.size() >= MAX_MARKED_CELLS && !byCell.containsKey(f.sheet() + "!" + f.cell())) continue;
            byCell.computeIfAbsent(f.sheet() + "!" + f.cell(), k -> new ArrayList<>()).add(f);
        }
        CreationHelper helper = wb.getCreationHelper();
        Map<String, Drawing<?>> drawings = new LinkedHashMap<>();
        for (List<Finding> fs : byCell.values()) {
            Finding first = fs.get(0);
            XSSFSheet sheet = wb.getSheet(first.sheet());
            XSSFCell cell = cellAt(sheet, first.cell(), true);
            Severity worst = fs.stream().map(Finding::severity).min(Enum::compareTo).orElse(Severity.INFO);
            XSSFCellStyle original = cell.getCellStyle();
            next.marks.add(new MetaSheet.Mark(sheet.getSheetName(), first.cell(), original.getIndex()));
            cell.setCellStyle(styles.withFill(original, fillFor(worst)));
            StringBuilder text = new StringBuilder();
            for (Finding f : fs) {
                if (text.length() > 0) text.append("\n\n");
                text.append(f.code().name()).append(" (").append(f.severity().label()).append("): ").append(f.message());
            }
            Drawing<?> drawing = drawings.computeIfAbsent(sheet.getSheetName(), k -> sheet.createDrawingPatriarch());
            ClientAnchor anchor = helper.createClientAnchor();
            anchor.setCol1(cell.getColumnIndex() + 1);
            anchor.setCol2(cell.getColumnIndex() + 5);
            anchor.setRow1(cell.getRowIndex());
            anchor.setRow2(cell.getRowIndex() + 6);
            Comment existing = cell.getCellComment();
            if (existing != null) cell.removeCellComment();
            Comment comment = drawing.createCellComment(anchor);
            comment.setString(helper.createRichTextString(text.toString()));
            comment.setAuthor(AUTHOR);
            cell.setCellComment(comment);
        }
    }

    static String fillFor(Severity s) {
        return switch (s) {
            case ERROR -> Styles.FINDING_ERROR;
            case WARNING -> Styles.FINDING_WARNING;
            case INFO -> Styles.FINDING_INFO;
        };
    }

    static XSSFCell cellAt(XSSFSheet sheet, String a1, boolean create) {
        int r = CellRef.rowNumber(a1) - 1;
        int c = CellRef.columnIndex(a1);
        if (r < 0 || c < 0) return null;
        XSSFRow row = sheet.getRow(r);
        if (row == null) {
            if (!create) return null;
            row = sheet.createRow(r);
        }
        XSSFCell cell = row.getCell(c);
        if (cell == null && create) cell = row.createCell(c);
        return cell;
    }


}
