package capaian.write;

import capaian.read.StaleFormulaResults;

import org.apache.poi.hssf.usermodel.HSSFCellStyle;
import org.apache.poi.hssf.usermodel.HSSFFont;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.hssf.util.HSSFColor;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFColor;
import org.apache.poi.xssf.usermodel.XSSFFont;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbookType;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.opc.PackageRelationship;
import org.apache.poi.xssf.usermodel.XSSFRelation;

import java.util.HashMap;
import java.util.Map;

/**
 * Makes the workbook the write-back works on (always .xlsx): an Excel 97-2003 workbook is copied cell by cell
 * into a new XSSF workbook (values, formulas, number formats, fonts, fills, borders, widths, merges, hidden
 * rows), and a macro-enabled one loses its VBA project.
 */
public final class XlsxCopy {
    private static final int MAX_COLUMN = 16_383;
    private static final int MAX_WIDTH = 255 * 256;
    private static final int MAX_TEXT = 32_767;

    private XlsxCopy() {}

    /**
     * Whether a workbook file must be copied into a plain .xlsx before the streaming write-back: an .xls
     * (OLE2) or a package with a VBA project (.xlsm).
     */
    public static boolean needsCopy(java.nio.file.Path file) throws java.io.IOException {
        if (capaian.read.WorkbookFile.isOle2(file)) return true;
        try (java.util.zip.ZipFile zip = new java.util.zip.ZipFile(file.toFile())) {
            return zip.stream().anyMatch(e -> e.getName().toLowerCase(java.util.Locale.ROOT).endsWith("vbaproject.bin"));
        } catch (java.util.zip.ZipException e) {
            return false; // not a zip the JDK reads: the streaming path reports it
        }
    }

    /**
     * Writes the workbook file as a plain .xlsx to {@code plain}: an .xls copied cell by cell (in memory; the
     * reader has bounded its cells), an .xlsm copied entry by entry without its VBA project (streaming: a huge
     * extra sheet is copied as stored, never parsed).
     */
    public static void toPlainXlsx(java.nio.file.Path file, java.nio.file.Path plain) throws java.io.IOException {
        if (capaian.read.WorkbookFile.isOle2(file)) {
            try (XSSFWorkbook wb = openAsXlsx(file); java.io.OutputStream o = java.nio.file.Files.newOutputStream(plain)) {
                wb.write(o);
            }
            return;
        }
        try (java.io.OutputStream o = java.nio.file.Files.newOutputStream(plain)) {
            MacroFreeCopy.write(file, o);
        }
    }

    /** The workbook file as a plain .xlsx in memory: an .xls copied cell by cell, an .xlsm without macros. */
    public static XSSFWorkbook openAsXlsx(java.nio.file.Path file) throws java.io.IOException {
        if (capaian.read.WorkbookFile.isOle2(file)) {
            try (HSSFWorkbook xls = new HSSFWorkbook(java.nio.file.Files.newInputStream(file))) {
                return of(xls);
            }
        }
        XSSFWorkbook wb;
        try (java.io.InputStream in = java.nio.file.Files.newInputStream(file)) {
            wb = new XSSFWorkbook(in);
        }
        dropMacros(wb);
        return wb;
    }

    /** A new .xlsx workbook holding the .xls workbook's sheets. */
    public static XSSFWorkbook of(HSSFWorkbook in) {
        XSSFWorkbook out = new XSSFWorkbook();
        Map<Short, XSSFCellStyle> styles = new HashMap<>();
        StaleFormulaResults stale = new StaleFormulaResults(in);
        for (int i = 0; i < in.getNumberOfSheets(); i++) {
            Sheet from = in.getSheetAt(i);
            XSSFSheet to = out.createSheet(from.getSheetName());
            if (in.isSheetHidden(i)) out.setSheetHidden(i, true);
            int maxCol = 0;
            for (Row r : from) {
                XSSFRow row = to.createRow(r.getRowNum());
                if (r.isFormatted()) row.setRowStyle(style(in, out, (HSSFCellStyle) r.getRowStyle(), styles));
                row.setHeight(r.getHeight());
                row.setZeroHeight(r.getZeroHeight());
                for (Cell c : r) {
                    // a damaged .xls can claim columns XSSF has not got
                    if (c.getColumnIndex() > MAX_COLUMN) continue;
                    XSSFCell cell = row.createCell(c.getColumnIndex());
                    cell.setCellStyle(style(in, out, (HSSFCellStyle) c.getCellStyle(), styles));
                    value(c, cell, stale);
                    maxCol = Math.max(maxCol, c.getColumnIndex());
                }
            }
            for (int c = 0; c <= maxCol; c++) {
                // .xls allows wider columns than .xlsx (255 characters)
                to.setColumnWidth(c, Math.min(MAX_WIDTH, Math.max(0, from.getColumnWidth(c))));
                to.setColumnHidden(c, from.isColumnHidden(c));
            }
            for (CellRangeAddress m : from.getMergedRegions()) {
                if (m.getLastColumn() <= MAX_COLUMN) to.addMergedRegionUnsafe(m);
            }
        }
        return out;
    }

    /**
     * Drops the VBA project of a macro-enabled workbook and makes it a plain .xlsx. Nothing of the macros is
     * ever run or kept.
     *
     * @return whether there were macros
     */
    public static boolean dropMacros(XSSFWorkbook wb) {
        boolean had = wb.isMacroEnabled();
        try {
            PackagePart part = wb.getPackagePart();
            for (PackageRelationship rel : part.getRelationshipsByType(XSSFRelation.VBA_MACROS.getRelation())) {
                PackagePart vba = part.getRelatedPart(rel);
                part.removeRelationship(rel.getId());
                if (vba != null) wb.getPackage().removePart(vba);
                had = true;
            }
        } catch (org.apache.poi.openxml4j.exceptions.InvalidFormatException e) {
            throw new IllegalStateException("cannot remove the VBA project", e);
        }
        if (had) wb.setWorkbookType(XSSFWorkbookType.XLSX);
        return had;
    }

    private static void value(Cell from, XSSFCell to, StaleFormulaResults stale) {
        CellType type = from.getCellType();
        if (type == CellType.FORMULA) {
            try {
                to.setCellFormula(native2007(from.getCellFormula()));
            } catch (RuntimeException e) {
                // A formula XSSF cannot parse keeps its cached value only.
            }
            // a text result LibreOffice stored as 0 is carried as Excel shows it, as the reader read it
            org.apache.poi.ss.usermodel.CellValue now = StaleFormulaResults.storedZero(from) ? stale.recalculate(from) : null;
            if (now != null) {
                cached(now, to);
                return;
            }
            type = from.getCachedFormulaResultType();
        }
        try {
            switch (type) {
                case NUMERIC -> to.setCellValue(from.getNumericCellValue());
                case STRING -> {
                    String text = from.getRichStringCellValue().getString();
                    // .xls does not enforce Excel's cell maximum; .xlsx does
                    to.setCellValue(text != null && text.length() > MAX_TEXT ? text.substring(0, MAX_TEXT) : text);
                }
                case BOOLEAN -> to.setCellValue(from.getBooleanCellValue());
                case ERROR -> to.setCellErrorValue(from.getErrorCellValue());
                default -> { }
            }
        } catch (RuntimeException e) {
            // a value HSSF cannot give (a damaged record): the cell stays empty
        }
    }

    /**
     * HSSF renders the functions Excel 2007 added (IFERROR, SUMIFS, ...) with the "_xlfn." prefix an .xls stores them
     * under; in an .xlsx they are native, and LibreOffice reads "_xlfn.IFERROR" in a cell as an unknown name.
     */
    static String native2007(String formula) {
        return formula == null ? null : XLFN_2007.matcher(formula).replaceAll("$1(");
    }

    private static final java.util.regex.Pattern XLFN_2007 = java.util.regex.Pattern.compile(
            "(?i)_xlfn\\.(IFERROR|SUMIFS|COUNTIFS|AVERAGEIF|AVERAGEIFS)\\(");

    private static void cached(org.apache.poi.ss.usermodel.CellValue v, XSSFCell to) {
        switch (v.getCellType()) {
            case NUMERIC -> to.setCellValue(v.getNumberValue());
            case STRING -> to.setCellValue(v.getStringValue() == null ? "" : v.getStringValue());
            case BOOLEAN -> to.setCellValue(v.getBooleanValue());
            case ERROR -> to.setCellErrorValue(v.getErrorValue());
            default -> { }
        }
    }

    /**
     * The .xlsx style for an .xls style. Each part is copied on its own: a number format XSSF chokes on, or a
     * font record a damaged file lacks, loses that part only, never the workbook.
     */
    private static XSSFCellStyle style(HSSFWorkbook in, XSSFWorkbook out, HSSFCellStyle s, Map<Short, XSSFCellStyle> cache) {
        return cache.computeIfAbsent(s.getIndex(), i -> {
            XSSFCellStyle t = out.createCellStyle();
            try {
                copyStyle(in, out, s, t);
            } catch (RuntimeException e) {
                // what was copied before the failure stays; the rest is the default
            }
            return t;
        });
    }

    private static void copyStyle(HSSFWorkbook in, XSSFWorkbook out, HSSFCellStyle s, XSSFCellStyle t) {
            t.setDataFormat(numberFormat(out, s));
            t.setAlignment(s.getAlignment());
            t.setVerticalAlignment(s.getVerticalAlignment());
            t.setWrapText(s.getWrapText());
            t.setLocked(s.getLocked());
            t.setBorderTop(s.getBorderTop());
            t.setBorderBottom(s.getBorderBottom());
            t.setBorderLeft(s.getBorderLeft());
            t.setBorderRight(s.getBorderRight());
            if (s.getFillPattern() == FillPatternType.SOLID_FOREGROUND) {
                XSSFColor fill = rgb(in, s.getFillForegroundColor());
                if (fill != null) {
                    t.setFillForegroundColor(fill);
                    t.setFillPattern(FillPatternType.SOLID_FOREGROUND);
                }
            }
            HSSFFont f = s.getFont(in);
            XSSFFont font = out.createFont();
            font.setFontName(f.getFontName());
            font.setFontHeight(f.getFontHeight());
            font.setBold(f.getBold());
            font.setItalic(f.getItalic());
            XSSFColor color = rgb(in, f.getColor());
            if (color != null) font.setColor(color);
            t.setFont(font);
    }

    /** The format's number in the .xlsx: built-in ones by number, others added once; General when unusable. */
    private static short numberFormat(XSSFWorkbook out, HSSFCellStyle s) {
        String f;
        try {
            f = s.getDataFormatString();
        } catch (RuntimeException e) {
            return 0;
        }
        if (f == null || f.isBlank()) return 0;
        int builtin = org.apache.poi.ss.usermodel.BuiltinFormats.getBuiltinFormat(f);
        if (builtin != -1) return (short) builtin;
        try {
            return (short) out.getStylesSource().putNumberFormat(f);
        } catch (RuntimeException e) {
            return 0;
        }
    }

    private static XSSFColor rgb(HSSFWorkbook in, short index) {
        HSSFColor c = in.getCustomPalette().getColor(index);
        if (c == null || index == HSSFColor.HSSFColorPredefined.AUTOMATIC.getIndex()) return null;
        short[] t = c.getTriplet();
        return new XSSFColor(new byte[] {(byte) t[0], (byte) t[1], (byte) t[2]});
    }
}
