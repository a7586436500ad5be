package capaian.write;

import capaian.form.ValueType;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.BuiltinFormats;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFColor;
import org.apache.poi.xssf.usermodel.XSSFFont;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;

/**
 * The cell styles Capaian writes, created once per workbook and reused: input cells open and white,
 * computed cells grey and locked, header cells bold, and fills derived from an existing style for
 * categories and findings (cached, so processing twice adds no styles). For a POI workbook (templates, the
 * rekap); the streaming write-back makes the same styles in the styles part itself ({@link StylesPart}).
 */
public final class Styles {
    /** Rupiah with thousands separators; zero shown as "-". */
    public static final String RUPIAH = "#,##0;-#,##0;\"-\"";
    /** Two decimals; zero shown as "-". */
    public static final String PERCENT = "#,##0.00;-#,##0.00;\"-\"";
    public static final String COMPUTED_GREY = "E7E6E6";
    public static final String HEADER_BLUE = "DDEBF7";
    public static final String FINDING_ERROR = "FF9999";
    public static final String FINDING_WARNING = "FFE699";
    public static final String FINDING_INFO = "BDD7EE";

    private final StylesTable table;
    private final Map<String, XSSFCellStyle> cache = new HashMap<>();

    public Styles(XSSFWorkbook wb) {
        this.table = wb.getStylesSource();
    }

    public XSSFCellStyle title() {
        return cache.computeIfAbsent("title", k -> {
            XSSFCellStyle s = table.createCellStyle();
            XSSFFont f = font();
            f.setBold(true);
            f.setFontHeightInPoints((short) 13);
            s.setFont(f);
            return s;
        });
    }

    public XSSFCellStyle label() {
        return cache.computeIfAbsent("label", k -> {
            XSSFCellStyle s = table.createCellStyle();
            XSSFFont f = font();
            f.setBold(true);
            s.setFont(f);
            return s;
        });
    }

    public XSSFCellStyle header() {
        return cache.computeIfAbsent("header", k -> {
            XSSFCellStyle s = bordered();
            XSSFFont f = font();
            f.setBold(true);
            s.setFont(f);
            s.setWrapText(true);
            s.setAlignment(HorizontalAlignment.CENTER);
            s.setVerticalAlignment(VerticalAlignment.CENTER);
            fill(s, HEADER_BLUE);
            return s;
        });
    }

    /** An input cell of a column of this type: unlocked, white. */
    public XSSFCellStyle input(ValueType type) {
        return cache.computeIfAbsent("input:" + type, k -> {
            XSSFCellStyle s = bordered();
            s.setLocked(false);
            format(s, type);
            return s;
        });
    }

    /** A computed cell of a column of this type: grey, locked. */
    public XSSFCellStyle computed(ValueType type) {
        return cache.computeIfAbsent("computed:" + type, k -> {
            XSSFCellStyle s = bordered();
            s.setLocked(true);
            fill(s, COMPUTED_GREY);
            format(s, type);
            return s;
        });
    }

    /** A copy of {@code base} with a solid fill, shared by every cell with the same base and fill. */
    public XSSFCellStyle withFill(XSSFCellStyle base, String rgbHex) {
        if (rgbHex.equalsIgnoreCase(fillOf(base))) return base;
        return cache.computeIfAbsent("fill:" + base.getIndex() + ":" + rgbHex, k -> {
            XSSFCellStyle s = table.createCellStyle();
            s.cloneStyleFrom(base);
            fill(s, rgbHex);
            return s;
        });
    }

    /** The RGB hex of a style's solid fill, or null. */
    public static String fillOf(XSSFCellStyle s) {
        if (s.getFillPattern() != FillPatternType.SOLID_FOREGROUND) return null;
        XSSFColor c = s.getFillForegroundXSSFColor();
        if (c == null || c.getRGB() == null) return null;
        return HexFormat.of().withUpperCase().formatHex(c.getRGB());
    }

    private XSSFCellStyle bordered() {
        XSSFCellStyle s = table.createCellStyle();
        s.setBorderTop(BorderStyle.THIN);
        s.setBorderBottom(BorderStyle.THIN);
        s.setBorderLeft(BorderStyle.THIN);
        s.setBorderRight(BorderStyle.THIN);
        s.setVerticalAlignment(VerticalAlignment.TOP);
        return s;
    }

    private void format(XSSFCellStyle s, ValueType type) {
        switch (type) {
            case MONEY -> s.setDataFormat(dataFormat(RUPIAH));
            case NUMBER -> s.setDataFormat(dataFormat(PERCENT));
            case TEXT, CODE -> {
                s.setWrapText(true);
                s.setDataFormat(dataFormat("@"));
            }
            default -> { }
        }
    }

    private XSSFFont font() {
        XSSFFont f = new XSSFFont();
        f.registerTo(table);
        return f;
    }

    /** As XSSFDataFormat: a built-in format's number, else the workbook's own. */
    private short dataFormat(String format) {
        int builtin = BuiltinFormats.getBuiltinFormat(format);
        return (short) (builtin != -1 ? builtin : table.putNumberFormat(format));
    }

    static void fill(CellStyle s, String rgbHex) {
        XSSFCellStyle x = (XSSFCellStyle) s;
        x.setFillForegroundColor(new XSSFColor(HexFormat.of().parseHex(rgbHex), null));
        x.setFillPattern(FillPatternType.SOLID_FOREGROUND);
    }
}
