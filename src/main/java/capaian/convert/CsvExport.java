package capaian.convert;

import capaian.compute.RowResult;
import capaian.compute.SheetResult;
import capaian.form.Column;
import capaian.evaluate.Evaluation;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Workbook to CSV: one table per form sheet, every column of the form with its full title, input cells as
 * typed and computed cells as Capaian computes them. UTF-8 with a byte order mark so Excel reads the
 * characters right. With {@code ;} (the list separator of an Indonesian Excel) decimals are written with a
 * comma, with {@code ,} with a point. A text that a spreadsheet would take as a formula (starting with
 * {@code = + - @}, tab or CR) gets a leading apostrophe.
 */
public final class CsvExport {
    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    private CsvExport() {}

    /** Each form sheet with rows, by sheet name, as CSV bytes. */
    public static Map<String, byte[]> sheets(Evaluation ev, char separator) {
        if (separator != ';' && separator != ',') throw new IllegalArgumentException("separator ; or ,");
        Map<String, byte[]> out = new LinkedHashMap<>();
        for (SheetResult s : ev.sheets()) {
            if (s.rows().isEmpty() && !out.isEmpty()) continue;
            out.put(s.sheet().name(), table(s, separator));
        }
        return out;
    }

    private static byte[] table(SheetResult s, char sep) {
        List<Column> cols = s.sheet().definition().columns();
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < cols.size(); i++) {
            if (i > 0) sb.append(sep);
            sb.append(field(cols.get(i).fullTitle(), sep));
        }
        sb.append("\r\n");
        for (RowResult r : s.rows()) {
            for (int i = 0; i < cols.size(); i++) {
                if (i > 0) sb.append(sep);
                Column c = cols.get(i);
                Object v = c.computed() ? r.computed().get(c.role()) : r.row().typed(c.role());
                if (v == null && !c.computed()) v = r.filled().get(c.role());
                sb.append(value(v, sep));
            }
            sb.append("\r\n");
        }
        byte[] text = sb.toString().getBytes(StandardCharsets.UTF_8);
        byte[] all = new byte[BOM.length + text.length];
        System.arraycopy(BOM, 0, all, 0, BOM.length);
        System.arraycopy(text, 0, all, BOM.length, text.length);
        return all;
    }

    private static String value(Object v, char sep) {
        if (v == null) return "";
        if (v instanceof BigDecimal b) {
            String plain = b.stripTrailingZeros().scale() < 0 ? b.setScale(0).toPlainString() : b.toPlainString();
            return sep == ';' ? plain.replace('.', ',') : plain;
        }
        return field(v.toString(), sep);
    }

    /** A text cell: neutralised against formula injection, quoted when it holds the separator, a quote or a line break. */
    static String field(String text, char sep) {
        String t = neutralise(text);
        if (t.indexOf(sep) >= 0 || t.indexOf('"') >= 0 || t.indexOf('\n') >= 0 || t.indexOf('\r') >= 0) {
            return '"' + t.replace("\"", "\"\"") + '"';
        }
        return t;
    }

    /** A text a spreadsheet would read as a formula or a command gets a leading apostrophe (OWASP CSV injection). */
    public static String neutralise(String text) {
        if (text == null || text.isEmpty()) return text == null ? "" : text;
        char c = text.charAt(0);
        return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r' ? "'" + text : text;
    }

    /** Several sheets in one zip, one {@code NAME.csv} each. */
    public static byte[] zip(Map<String, byte[]> sheets) {
        try (ByteArrayOutputStream out = new ByteArrayOutputStream(); ZipOutputStream z = new ZipOutputStream(out)) {
            for (var e : sheets.entrySet()) {
                z.putNextEntry(new ZipEntry(fileName(e.getKey())));
                z.write(e.getValue());
                z.closeEntry();
            }
            z.finish();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static String fileName(String sheet) {
        String n = sheet.replaceAll("[^A-Za-z0-9._-]+", "-");
        return (n.isEmpty() ? "lembar" : n) + ".csv";
    }
}
