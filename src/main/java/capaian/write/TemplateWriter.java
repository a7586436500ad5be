package capaian.write;

import capaian.findings.Findings;
import capaian.compute.IndexEvaluator;
import capaian.compute.RowResult;
import capaian.compute.SheetResult;
import capaian.form.Column;
import capaian.form.FooterField;
import capaian.form.FormDefinition;
import capaian.form.HeaderField;
import capaian.form.Role;
import capaian.form.SheetDefinition;
import capaian.model.SheetData;
import capaian.model.SheetRow;
import capaian.rules.Profile;
import capaian.value.CellValue;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFDataValidationHelper;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Generates a form's template from its definition: the header block, the column titles, input and computed
 * styles, drop-downs, number formats, frozen header, print setup, live formulas in the computed cells of
 * empty rows, and a Petunjuk sheet explaining every column in Indonesian.
 */
public final class TemplateWriter {
    /** Empty rows prepared under the header of the main sheets; a second sheet (IKU) gets fewer. */
    public static final int DATA_ROWS = 100;
    public static final int SECOND_SHEET_ROWS = 20;
    static final int TITLE_ROW = 0;
    static final int FIRST_FIELD_ROW = 2;

    private final Profile profile;

    public TemplateWriter(Profile profile) {
        this.profile = profile;
    }

    public byte[] write(FormDefinition form) {
        return write(form, java.util.Map.of());
    }

    /**
     * The template with room for at least the given number of data rows per sheet (by definition name), for
     * filling it from data: a sheet gets its usual empty rows, or as many as asked plus some to spare.
     */
    public byte[] write(FormDefinition form, Map<String, Integer> rowsNeeded) {
        try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Styles styles = new Styles(wb);
            boolean first = true;
            for (SheetDefinition def : form.sheets()) {
                int usual = first ? DATA_ROWS : SECOND_SHEET_ROWS;
                int needed = rowsNeeded.getOrDefault(def.name(), 0);
                sheet(wb, styles, form, def, needed > usual ? needed + SECOND_SHEET_ROWS : usual);
                first = false;
            }
            PetunjukSheet.write(wb, styles, form, profile);
            wb.getProperties().getCoreProperties().setTitle(form.title());
            wb.getProperties().getCoreProperties().setCreator("Capaian");
            wb.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new IllegalStateException("template generation failed", e);
        }
    }

    /** The 0-based row of the column titles (the lower row of a two-row header). */
    public static int headerRowIndex(SheetDefinition def) {
        return FIRST_FIELD_ROW + def.headerFields().size() + 1 + (def.hasGroupRow() ? 1 : 0);
    }

    private void sheet(XSSFWorkbook wb, Styles styles, FormDefinition form, SheetDefinition def, int dataRows) {
        XSSFSheet sheet = wb.createSheet(def.name());
        List<Column> cols = def.columns();
        XSSFCell title = sheet.createRow(TITLE_ROW).createCell(0);
        title.setCellValue(def.title());
        title.setCellStyle(styles.title());
        XSSFDataValidationHelper dv = new XSSFDataValidationHelper(sheet);
        int r = FIRST_FIELD_ROW;
        for (HeaderField f : def.headerFields()) {
            XSSFRow row = sheet.createRow(r);
            XSSFCell label = row.createCell(0);
            label.setCellValue(f.label());
            label.setCellStyle(styles.label());
            sheet.addMergedRegion(new CellRangeAddress(r, r, 0, 1));
            for (int c = 2; c <= 4; c++) row.createCell(c).setCellStyle(styles.input(capaian.form.ValueType.TEXT));
            sheet.addMergedRegion(new CellRangeAddress(r, r, 2, 4));
            if (!f.choices().isEmpty()) list(sheet, dv, f.choices(), new CellRangeAddressList(r, r, 2, 2), true);
            r++;
        }
        if (def.signOff() != null) SignOffBlock.headerFields(sheet, styles, def.signOff(), FIRST_FIELD_ROW);
        int headerRow = headerRowIndex(def);
        headerRows(sheet, styles, def, headerRow);
        Map<Role, Integer> columns = new EnumMap<>(Role.class);
        for (int c = 0; c < cols.size(); c++) columns.put(cols.get(c).role(), c);
        FormulaBuilder formulas = new FormulaBuilder(profile, columns);
        int firstData = headerRow + 1;
        List<Map<Role, Object>> prefilled = def.column(Role.BLOK).isPresent() ? IndexTemplate.rows(profile) : List.of();
        SheetResult index = prefilled.isEmpty() ? null : indexOf(def, columns, headerRow, firstData, prefilled);
        dataRows += prefilled.size();
        for (int i = 0; i < dataRows; i++) {
            XSSFRow row = sheet.createRow(firstData + i);
            RowResult result = i < prefilled.size() ? resultAt(index, firstData + i + 1) : null;
            for (int c = 0; c < cols.size(); c++) {
                Column col = cols.get(c);
                XSSFCell cell = row.createCell(c);
                if (col.computed()) {
                    cell.setCellStyle(styles.computed(col.type()));
                    String f = result != null
                            ? formulas.forIndexTemplate(col.derivation(), result.row(), index.index())
                            : formulas.forTemplate(col.derivation(), col.role(), firstData + i + 1);
                    Object value = result == null ? null : result.computed().get(col.role());
                    if (f != null) {
                        cell.setCellFormula(f);
                        if (value instanceof BigDecimal b) cell.setCellValue(b.doubleValue());
                        else cell.setCellValue(value == null ? "" : value.toString());
                    } else if (value instanceof BigDecimal b) {
                        cell.setCellValue(b.doubleValue());
                    } else if (value != null) {
                        cell.setCellValue(value.toString());
                    }
                } else {
                    cell.setCellStyle(styles.input(col.type()));
                    Object v = i < prefilled.size() ? prefilled.get(i).get(col.role()) : null;
                    if (v instanceof BigDecimal b) cell.setCellValue(b.doubleValue());
                    else if (v != null) cell.setCellValue(v.toString());
                }
            }
        }
        for (int c = 0; c < cols.size(); c++) {
            Column col = cols.get(c);
            sheet.setColumnWidth(c, col.width() * 256);
            if (!col.choices().isEmpty()) {
                // Satuan suggestions may be overridden; polaritas, jenis and tingkat must come from the list.
                list(sheet, dv, col.choices(), new CellRangeAddressList(firstData, firstData + dataRows - 1, c, c),
                        col.role() != Role.SATUAN);
            }
        }
        int footerRow = firstData + dataRows + 1;
        int valueColumn = columns.getOrDefault(Role.URAIAN, 2);
        for (FooterField f : def.footer()) {
            XSSFRow row = sheet.createRow(footerRow);
            XSSFCell cell = row.createCell(1);
            cell.setCellValue(f.label());
            cell.setCellStyle(styles.label());
            row.createCell(valueColumn).setCellStyle(f.computed() ? styles.computed(capaian.form.ValueType.TEXT)
                    : styles.input(capaian.form.ValueType.TEXT));
            footerRow++;
        }
        int lastRow = footerRow - 1;
        if (def.signOff() != null) {
            // Below the table and footer, inside the print area, so it prints at the end of the last page.
            lastRow = SignOffBlock.block(sheet, styles, def.signOff(), FIRST_FIELD_ROW, footerRow + 1,
                    valueColumn, Math.max(valueColumn + 2, cols.size() - 4));
            wb.setPrintArea(wb.getSheetIndex(sheet), 0, cols.size() - 1, 0, lastRow);
        }
        sheet.createFreezePane(0, headerRow + 1);
        sheet.setRepeatingRows(new CellRangeAddress(headerRow - (def.hasGroupRow() ? 1 : 0), headerRow, -1, -1));
        sheet.setAutobreaks(true);
        sheet.setFitToPage(true);
        PrintSetup ps = sheet.getPrintSetup();
        ps.setLandscape(true);
        ps.setFitWidth((short) 1);
        ps.setFitHeight((short) 0);
        ps.setPaperSize(PrintSetup.A4_PAPERSIZE);
        // Computed cells are locked; a protection without password keeps them from accidental typing while
        // rows can still be inserted, deleted, formatted and filtered.
        sheet.protectSheet("");
        sheet.lockInsertRows(false);
        sheet.lockDeleteRows(false);
        sheet.lockFormatCells(false);
        sheet.lockFormatColumns(false);
        sheet.lockFormatRows(false);
        sheet.lockAutoFilter(false);
        sheet.lockSort(false);
        sheet.lockSelectLockedCells(false);
        sheet.lockSelectUnlockedCells(false);
    }

    /** The prefilled Indeks rows read back as the reader would, and computed: their structure gives the formulas. */
    private SheetResult indexOf(SheetDefinition def, Map<Role, Integer> columns, int headerRow, int firstData,
                                List<Map<Role, Object>> prefilled) {
        SheetData data = new SheetData(def, def.name(), headerRow + 1, columns);
        for (int i = 0; i < prefilled.size(); i++) {
            SheetRow row = new SheetRow(firstData + i + 1);
            for (Map.Entry<Role, Object> e : prefilled.get(i).entrySet()) {
                if (e.getValue() instanceof BigDecimal b) {
                    row.put(e.getKey(), CellValue.number(b, b.toPlainString()));
                    row.numericCell(e.getKey());
                } else {
                    row.put(e.getKey(), CellValue.text(e.getValue().toString()));
                }
            }
            if (!row.isEmpty()) data.rows().add(row);
        }
        return new IndexEvaluator(profile).evaluate(data, new Findings());
    }

    private static RowResult resultAt(SheetResult index, int rowNumber) {
        for (RowResult r : index.rows()) if (r.row().row() == rowNumber) return r;
        return null;
    }

    private static void headerRows(XSSFSheet sheet, Styles styles, SheetDefinition def, int headerRow) {
        List<Column> cols = def.columns();
        XSSFRow lower = sheet.createRow(headerRow);
        XSSFRow upper = def.hasGroupRow() ? sheet.createRow(headerRow - 1) : null;
        int c = 0;
        while (c < cols.size()) {
            Column col = cols.get(c);
            if (upper == null) {
                cell(lower, c, col.title(), styles);
                c++;
                continue;
            }
            if (col.group() == null) {
                cell(upper, c, col.title(), styles);
                cell(lower, c, null, styles);
                sheet.addMergedRegion(new CellRangeAddress(headerRow - 1, headerRow, c, c));
                c++;
                continue;
            }
            int start = c;
            while (c < cols.size() && col.group().equals(cols.get(c).group())) {
                cell(upper, c, c == start ? col.group() : null, styles);
                cell(lower, c, cols.get(c).title(), styles);
                c++;
            }
            if (c - start > 1) sheet.addMergedRegion(new CellRangeAddress(headerRow - 1, headerRow - 1, start, c - 1));
        }
        lower.setHeightInPoints(def.hasGroupRow() ? 18 : 45);
        if (upper != null) upper.setHeightInPoints(45);
    }

    private static void cell(XSSFRow row, int c, String text, Styles styles) {
        XSSFCell cell = row.createCell(c);
        if (text != null) cell.setCellValue(text);
        cell.setCellStyle(styles.header());
    }

    private static void list(XSSFSheet sheet, XSSFDataValidationHelper dv, List<String> choices,
                             CellRangeAddressList range, boolean strict) {
        DataValidationConstraint constraint = dv.createExplicitListConstraint(choices.toArray(String[]::new));
        DataValidation v = dv.createValidation(constraint, range);
        v.setSuppressDropDownArrow(true);
        v.setShowErrorBox(strict);
        if (strict) {
            v.setErrorStyle(DataValidation.ErrorStyle.STOP);
            v.createErrorBox("Pilihan tidak dikenal", "Pilih salah satu: " + String.join(", ", choices));
        }
        sheet.addValidationData(v);
    }
}
