package capaian.consolidate;

import capaian.write.Compression;
import capaian.write.OffThreadOutput;
import capaian.write.XmlOut;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * The long listings of a rekap (Detail, Temuan: one row per indicator and per finding of every OPD, 18,000 rows
 * and more) written straight into the package's sheet XML, below the first row jxls rendered with the template's
 * styles. POI's SXSSF did the same through a temporary file and a cell object per value, which was most of a
 * rekap workbook's writing time.
 *
 * <p>A plain listing has nothing below its row ({@link RekapLayout}), so its rows go just before the sheet's
 * {@code </sheetData>}; each cell gets the style jxls gave the same column of the first row. Values are written
 * as POI would set them ({@link TemplateCells#setValue}): numbers as numbers, booleans, text inline.
 */
final class ListingRows {
    /** A listing's sheet part (as the zip names it) and what goes into it. */
    private record Target(RekapDecorator.Streamed listing, String[] fields, int[] columns, int[] styles) {}

    private final Map<String, Target> byPart = new HashMap<>();

    /** Notes where each listing's rows go and in which styles, from the workbook jxls filled (before it is saved). */
    ListingRows(XSSFWorkbook wb, List<RekapDecorator.Streamed> streamed) {
        for (RekapDecorator.Streamed s : streamed) {
            RekapLayout.Listing l = s.listing();
            var sheet = wb.getSheet(l.sheet());
            Row first = sheet.getRow(l.dataRow());
            int n = l.columns().size();
            String[] fields = new String[n];
            int[] columns = new int[n];
            int[] styles = new int[n];
            int i = 0;
            for (Map.Entry<String, Integer> c : l.columns().entrySet()) { // in column order (RekapLayout)
                fields[i] = c.getKey();
                columns[i] = c.getValue();
                Cell cell = first == null ? null : first.getCell(c.getValue());
                styles[i++] = cell == null ? 0 : cell.getCellStyle().getIndex();
            }
            String part = sheet.getPackagePart().getPartName().getName().substring(1);
            byPart.put(part, new Target(s, fields, columns, styles));
        }
    }

    /** Copies the saved package to {@code out}, the listings' sheets with their rows added. */
    void write(byte[] saved, OutputStream out) throws IOException {
        ZipOutputStream zip = new ZipOutputStream(out);
        zip.setLevel(Compression.LEVEL);
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(saved))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                zip.putNextEntry(new ZipEntry(e.getName()));
                Target t = byPart.get(e.getName());
                if (t == null) in.transferTo(zip);
                else splice(new String(in.readAllBytes(), StandardCharsets.UTF_8), t, zip);
                zip.closeEntry();
            }
        }
        zip.finish();
    }

    private static final java.util.regex.Pattern SHEET_DATA_END = java.util.regex.Pattern.compile("</([A-Za-z0-9_]+:)?sheetData>");

    private static void splice(String sheetXml, Target t, OutputStream zip) throws IOException {
        java.util.regex.Matcher end = SHEET_DATA_END.matcher(sheetXml);
        if (!end.find()) throw new IOException("no sheetData in the sheet " + t.listing().listing().sheet());
        String prefix = end.group(1) == null ? "" : end.group(1);
        // Deflated on a thread of its own while the rows are made: a 300,000-row Detail is seconds of each. The
        // entry stays open for the package copy.
        OffThreadOutput.write(zip, "capaian-rekap-deflate", out -> {
            XmlOut x = new XmlOut(out);
            x.raw(sheetXml.substring(0, end.start()));
            int r = t.listing().listing().dataRow() + 2; // 1-based, below the first row
            Markup m = new Markup(prefix, t);
            while (t.listing().rest().hasNext()) row(x, m, r++, t, t.listing().rest().next());
            x.raw(sheetXml.substring(end.start()));
            x.flush();
        });
    }

    /**
     * The markup of a listing's cells as bytes, made once per listing: a cell's start up to its row number, what
     * follows the number (its style), and the fixed pieces around a value, for the namespace prefix the sheet uses.
     * Writing each piece as a string looked it up among the writer's constants, piece by piece, and was most of a
     * 300,000-row rekap's writing.
     */
    private static final class Markup {
        final byte[] rowStart;
        final byte[] rowEnd;
        final byte[][] cellStart;
        final byte[][] cellStyle;
        final byte[] empty = ascii("/>");
        final byte[] numberStart;
        final byte[] numberEnd;
        final byte[] errorStart;
        final byte[] boolStart;
        final byte[] textStart;
        final byte[] spacedTextStart;
        final byte[] textEnd;

        Markup(String p, Target t) {
            rowStart = ascii("<" + p + "row r=\"");
            rowEnd = ascii("</" + p + "row>");
            int n = t.fields().length;
            cellStart = new byte[n][];
            cellStyle = new byte[n][];
            for (int k = 0; k < n; k++) {
                cellStart[k] = ascii("<" + p + "c r=\"" + capaian.model.CellRef.column(t.columns()[k]));
                cellStyle[k] = ascii(t.styles()[k] != 0 ? "\" s=\"" + t.styles()[k] + "\"" : "\"");
            }
            numberStart = ascii("><" + p + "v>");
            numberEnd = ascii("</" + p + "v></" + p + "c>");
            errorStart = ascii(" t=\"e\"><" + p + "v>");
            boolStart = ascii(" t=\"b\"><" + p + "v>");
            textStart = ascii(" t=\"inlineStr\"><" + p + "is><" + p + "t>");
            spacedTextStart = ascii(" t=\"inlineStr\"><" + p + "is><" + p + "t xml:space=\"preserve\">");
            textEnd = ascii("</" + p + "t></" + p + "is></" + p + "c>");
        }

        private static byte[] ascii(String s) {
            return s.getBytes(StandardCharsets.US_ASCII); // tags, digits and an ASCII namespace prefix
        }
    }

    private static void row(XmlOut x, Markup m, int r, Target t, Map<String, Object> values) throws IOException {
        x.bytes(m.rowStart).number(r).raw('"').raw('>');
        for (int k = 0; k < t.fields().length; k++) {
            Object v = values.get(t.fields()[k]);
            x.bytes(m.cellStart[k]).number(r).bytes(m.cellStyle[k]);
            if (v == null) {
                x.bytes(m.empty);
            } else if (v instanceof Number num && !Double.isFinite(num.doubleValue())) {
                // as POI's setCellValue: no number at all is #NUM!, a division by zero #DIV/0!
                x.bytes(m.errorStart).text(Double.isNaN(num.doubleValue()) ? "#NUM!" : "#DIV/0!").bytes(m.numberEnd);
            } else if (v instanceof Number num) {
                x.bytes(m.numberStart).text(number(num)).bytes(m.numberEnd);
            } else if (v instanceof Boolean b) {
                x.bytes(m.boolStart).raw(b ? '1' : '0').bytes(m.numberEnd);
            } else {
                String s = v.toString();
                boolean keepSpace = !s.isEmpty() && (Character.isWhitespace(s.charAt(0))
                        || Character.isWhitespace(s.charAt(s.length() - 1)));
                x.bytes(keepSpace ? m.spacedTextStart : m.textStart).text(s).bytes(m.textEnd);
            }
        }
        x.bytes(m.rowEnd);
    }

    /**
     * The cell's value as POI stores it (a double), spelled without an exponent. BigDecimal.valueOf(d) is
     * Double.toString(d) read back, so a whole number (every rupiah figure) or a short decimal is spelled
     * directly, and only an exponent goes through BigDecimal.
     */
    static String number(Number n) {
        double d = n.doubleValue();
        if (d == Math.rint(d) && Math.abs(d) < 1e15) return Long.toString((long) d);
        String s = Double.toString(d);
        return s.indexOf('E') < 0 ? s : BigDecimal.valueOf(d).stripTrailingZeros().toPlainString();
    }
}
