package capaian.write;

import capaian.form.Column;
import capaian.form.FooterField;
import capaian.form.FormDefinition;
import capaian.form.Role;
import capaian.form.SheetDefinition;
import capaian.rules.Profile;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * Fills a form's own template from data, the way a person would type it: a text as text, a number as a
 * numeric cell. Used to rebuild a workbook from its JSON report, to prefill the next form of the year, and
 * by the tests. The computed cells keep the template's live formulas unless a value is put there.
 */
public final class FormFiller {
    private final FormDefinition form;
    private final XSSFWorkbook wb;

    /**
     * @param rowsNeeded data rows per sheet definition name, so the template has room for them
     */
    public FormFiller(Profile profile, FormDefinition form, Map<String, Integer> rowsNeeded) {
        this.form = form;
        try {
            this.wb = new XSSFWorkbook(new ByteArrayInputStream(new TemplateWriter(profile).write(form, rowsNeeded)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        wb.setForceFormulaRecalculation(true);
    }

    public FormDefinition form() { return form; }

    /** The workbook being filled, for callers that need more than values. */
    public XSSFWorkbook workbook() { return wb; }

    /** The header block of every sheet: nama OPD, kode OPD, tahun and (where the form has it) triwulan. */
    public FormFiller header(String key, Object value) {
        if (value == null) return this;
        for (SheetDefinition def : form.sheets()) {
            int i = 0;
            for (var f : def.headerFields()) {
                if (f.key().equals(key)) set(wb.getSheet(def.name()).getRow(TemplateWriter.FIRST_FIELD_ROW + i).getCell(2), value);
                i++;
            }
        }
        return this;
    }

    /** The 0-based row index of the {@code n}-th (0-based) data row of a sheet. */
    public static int dataRow(SheetDefinition def, int n) {
        return TemplateWriter.headerRowIndex(def) + 1 + n;
    }

    /**
     * Empties a sheet's data rows but for their live formulas, for callers that write every row themselves: a
     * template may come prefilled (the Indeks sheet lists the profile's components with their maxima), and a
     * rebuilt workbook must hold exactly the {@code rows} rows it is given.
     */
    public FormFiller clearInputs(SheetDefinition def, int rows) {
        XSSFSheet sheet = wb.getSheet(def.name());
        List<Column> cols = def.columns();
        int first = dataRow(def, 0);
        java.util.Set<String> footer = new java.util.HashSet<>();
        def.footer().forEach(f -> footer.add(f.label()));
        for (int r = first; r <= sheet.getLastRowNum(); r++) {
            XSSFRow row = sheet.getRow(r);
            if (row == null) continue;
            XSSFCell label = row.getCell(1);
            if (label != null && label.getCellType() == CellType.STRING && footer.contains(label.getStringCellValue())) break;
            // A row the template prefilled (the Indeks sheet's components) has formulas for that content only;
            // an empty template row's formulas are the generic ones and stay for the rows to be written.
            boolean prefilled = false;
            for (int c = 0; c < cols.size(); c++) {
                var cell = row.getCell(c);
                if (!cols.get(c).computed() && cell != null && cell.getCellType() != CellType.FORMULA
                        && cell.getCellType() != CellType.BLANK) prefilled = true;
            }
            for (int c = 0; c < cols.size(); c++) {
                var cell = row.getCell(c);
                boolean formula = cell != null && cell.getCellType() == CellType.FORMULA;
                if (cell != null && (!formula || prefilled || r >= first + rows)) cell.setBlank();
            }
        }
        return this;
    }

    /** Puts a value in the {@code n}-th data row (0-based) of a sheet, in the column of {@code role}. */
    public FormFiller set(SheetDefinition def, int n, Role role, Object value) {
        if (value == null) return this;
        List<Column> cols = def.columns();
        int c = -1;
        for (int i = 0; i < cols.size(); i++) if (cols.get(i).role() == role) c = i;
        if (c < 0) return this;
        XSSFSheet sheet = wb.getSheet(def.name());
        int r = dataRow(def, n);
        XSSFRow row = sheet.getRow(r) == null ? sheet.createRow(r) : sheet.getRow(r);
        set(row.getCell(c) == null ? row.createCell(c) : row.getCell(c), value);
        return this;
    }

    /** The text typed beside a footer label (Faktor pendorong, ...), in the Uraian column of the label's row. */
    public FormFiller footer(SheetDefinition def, String label, String text) {
        if (text == null) return this;
        XSSFSheet sheet = wb.getSheet(def.name());
        Integer valueColumn = null;
        for (int i = 0; i < def.columns().size(); i++) if (def.columns().get(i).role() == Role.URAIAN) valueColumn = i;
        if (valueColumn == null) return this;
        for (int r = TemplateWriter.headerRowIndex(def) + 1; r <= sheet.getLastRowNum(); r++) {
            XSSFRow row = sheet.getRow(r);
            XSSFCell labelCell = row == null ? null : row.getCell(1);
            if (labelCell != null && labelCell.getCellType() == CellType.STRING && labelCell.getStringCellValue().equals(label)) {
                FooterField f = def.footer().stream().filter(x -> x.label().equals(label)).findFirst().orElse(null);
                if (f != null && !f.computed()) set(row.getCell(valueColumn), text);
                return this;
            }
        }
        return this;
    }

    private static void set(XSSFCell cell, Object value) {
        if (cell.getCellType() == CellType.FORMULA) cell.removeFormula();
        if (value instanceof BigDecimal b) cell.setCellValue(b.doubleValue());
        else if (value instanceof Number n) cell.setCellValue(n.doubleValue());
        else cell.setCellValue(value.toString());
    }

    public byte[] bytes() {
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            wb.write(out);
            wb.close();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
