package capaian.write;

import capaian.form.ValueType;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * A workbook's styles part ({@code styles.xml}) for the streaming write-back, read in one StAX pass and written
 * back by hand: every element kept as the file has it (cell styles, dxfs, colours, extLst ... verbatim), with
 * Capaian's styles appended to the fonts, fills, borders, number formats and cell formats. POI's
 * {@code StylesTable} would do the same through xmlbeans, thousands of classes to load on a cold start.
 *
 * <p>The styles are those {@link Styles} makes (the same look, the same keys), and where POI's styles read a
 * value (a style's solid fill, a fill to copy) this part reads it the same way, so the cells get the styles
 * they got before. Entries are read again only when a style is derived from them.
 */
final class StylesPart implements StyleIndexes {
    private static final XMLInputFactory FACTORY = capaian.read.SecureXml.newXMLInputFactory();
    /** The children of styleSheet, in the schema's order. */
    private static final List<String> ORDER = List.of("numFmts", "fonts", "fills", "borders", "cellStyleXfs", "cellXfs",
            "cellStyles", "dxfs", "tableStyles", "colors", "extLst");
    /** The lists whose entries styles point at by position, and which this part appends to. */
    private static final List<String> LISTS = List.of("numFmts", "fonts", "fills", "borders", "cellStyleXfs", "cellXfs");
    /** As POI: the first number a workbook's own number format gets. */
    private static final int FIRST_CUSTOM_FORMAT = 164;
    /** The built-in text format "@". */
    private static final int TEXT_FORMAT = 49;
    /** As POI (SpreadsheetVersion.EXCEL2007): more cell formats than Excel opens. */
    private static final int MAX_STYLES = 64_000;

    /** One child of styleSheet: a list this part appends to (entries as XML text), or an element kept as it is. */
    private static final class Child {
        final String name;
        final String xml;
        /** A list's start tag without its count, or null for an element kept as it is. */
        String start;
        final List<String> entries = new ArrayList<>();
        boolean present;

        Child(String name, String xml) {
            this.name = name;
            this.xml = xml;
        }
    }

    /** What a fill entry says, for a style's solid fill and for a fill made from it. */
    private record Fill(String solidRgb, String bgColor) {}

    private String p = "";
    private String root;
    /** The namespace declarations of styleSheet, to read an entry again on its own. */
    private String namespaces = "";
    private final List<Child> children = new ArrayList<>();
    private final Map<String, Child> lists = new HashMap<>();
    private final TreeMap<Integer, String> numFmts = new TreeMap<>();
    private final Map<Integer, Fill> fills = new HashMap<>();
    private final Map<Integer, String> solidFills = new HashMap<>();
    private final Map<String, Integer> cache = new HashMap<>();
    /*
     * The write-back asks for a style per cell: these answer without building and hashing a key (index + 1, 0 for
     * not yet asked).
     */
    private final int[] inputs = new int[ValueType.values().length];
    private final int[] computeds = new int[ValueType.values().length];
    /** By fill, by base format. */
    private final Map<String, int[]> filled = new HashMap<>();
    private byte[][] palette;

    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    private final XmlOut fragment = new XmlOut(bytes);

    private StylesPart() {
        for (String name : LISTS) lists.put(name, new Child(name, null));
    }

    /**
     * The styles part read from {@code in} (null for a workbook without one), reusing the styles an earlier run
     * created in it ({@code known}, by key), so a second run adds none.
     */
    static StylesPart read(InputStream in, Map<String, Integer> known) throws IOException {
        StylesPart s = new StylesPart();
        try {
            if (in != null) s.parse(FACTORY.createXMLStreamReader(in));
        } catch (XMLStreamException e) {
            throw new IOException("styles: " + e.getMessage(), e);
        }
        if (s.root == null) s.root = "<styleSheet xmlns=\"" + XmlOut.MAIN_NS + "\"";
        s.ensureDefaults();
        known.forEach((key, index) -> {
            if (index != null && index >= 0 && index < s.count()) s.cache.put(key, index);
        });
        return s;
    }

    private void parse(XMLStreamReader in) throws XMLStreamException, IOException {
        while (in.hasNext()) {
            int ev = in.next();
            if (ev == XMLStreamConstants.DTD) throw new XMLStreamException("DOCTYPE not allowed");
            if (ev == XMLStreamConstants.START_ELEMENT) break;
        }
        if (!in.isStartElement()) throw new XMLStreamException("no styleSheet");
        p = in.getPrefix() == null || in.getPrefix().isEmpty() ? "" : in.getPrefix() + ":";
        fragment.start(in);
        root = text();
        fragment.namespaces(in);
        namespaces = text();
        while (in.hasNext()) {
            int ev = in.next();
            if (ev == XMLStreamConstants.END_ELEMENT) break;
            if (ev != XMLStreamConstants.START_ELEMENT) continue;
            Child list = XmlOut.MAIN_NS.equals(in.getNamespaceURI()) ? lists.get(in.getLocalName()) : null;
            if (list == null || list.present) {
                copy(in);
                children.add(new Child(in.getLocalName(), text()));
            } else {
                list(in, list);
                children.add(list);
            }
        }
        in.close();
    }

    /** A list's start tag (its count left out: it is written anew) and each entry as XML text. */
    private void list(XMLStreamReader in, Child list) throws XMLStreamException, IOException {
        list.present = true;
        fragment.raw('<').name(in.getPrefix(), in.getLocalName()).namespaces(in);
        for (int i = 0; i < in.getAttributeCount(); i++) {
            String prefix = in.getAttributePrefix(i);
            if ((prefix == null || prefix.isEmpty()) && in.getAttributeLocalName(i).equals("count")) continue;
            fragment.attribute(in, i);
        }
        list.start = text();
        boolean formats = list.name.equals("numFmts");
        while (in.hasNext()) {
            int ev = in.next();
            if (ev == XMLStreamConstants.END_ELEMENT) return;
            if (ev != XMLStreamConstants.START_ELEMENT) continue;
            if (formats) {
                String id = in.getAttributeValue(null, "numFmtId");
                String code = in.getAttributeValue(null, "formatCode");
                Integer n = id == null ? null : parseInt(id);
                if (n != null && code != null) numFmts.put(n, code);
            }
            copy(in);
            list.entries.add(text());
        }
    }

    /** Copies the element the reader is at, through its end, into the fragment. */
    private void copy(XMLStreamReader in) throws XMLStreamException, IOException {
        int depth = 0;
        boolean open = false;
        int ev = in.getEventType();
        while (true) {
            switch (ev) {
                case XMLStreamConstants.START_ELEMENT -> {
                    if (open) fragment.raw('>');
                    fragment.start(in);
                    open = true;
                    depth++;
                }
                case XMLStreamConstants.END_ELEMENT -> {
                    if (open) fragment.raw("/>");
                    else fragment.raw("</").name(in.getPrefix(), in.getLocalName()).raw('>');
                    open = false;
                    if (--depth == 0) return;
                }
                case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE -> {
                    if (open) fragment.raw('>');
                    open = false;
                    fragment.text(in.getText());
                }
                case XMLStreamConstants.DTD -> throw new XMLStreamException("DOCTYPE not allowed");
                default -> { }
            }
            ev = in.next();
        }
    }

    private String text() throws IOException {
        fragment.flush();
        String s = bytes.toString(StandardCharsets.UTF_8);
        bytes.reset();
        return s;
    }

    /**
     * The entries every workbook has (a font, the two reserved fills, a border, a cell style and a cell format)
     * where the part lacks them, as {@link Styles} gives POI's: some writers leave {@code <styleSheet/>} empty.
     */
    private void ensureDefaults() {
        if (list("fonts").isEmpty()) list("fonts").add(font(11, false));
        if (list("fills").isEmpty()) list("fills").add(patternFill("none"));
        if (list("fills").size() == 1) list("fills").add(patternFill("gray125"));
        if (list("borders").isEmpty()) {
            list("borders").add("<" + p + "border><" + p + "left/><" + p + "right/><" + p + "top/><" + p + "bottom/><"
                    + p + "diagonal/></" + p + "border>");
        }
        String blank = "<" + p + "xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\"/>";
        if (list("cellStyleXfs").isEmpty()) list("cellStyleXfs").add(blank);
        if (list("cellXfs").isEmpty()) list("cellXfs").add(blank);
    }

    private List<String> list(String name) {
        return lists.get(name).entries;
    }

    @Override
    public int count() {
        return list("cellXfs").size();
    }

    /** Every style this part holds, by key, for the next run. */
    Map<String, Integer> indexes() {
        return new TreeMap<>(cache);
    }

    @Override
    public int title() {
        return style("title", () -> new Xf().font(13));
    }

    @Override
    public int label() {
        return style("label", () -> new Xf().font(11));
    }

    @Override
    public int header() {
        return style("header", () -> new Xf().bordered().font(11).wrap().align("center", "center").fill(Styles.HEADER_BLUE));
    }

    @Override
    public int input(ValueType type) {
        int known = inputs[type.ordinal()] - 1;
        if (known >= 0) return known;
        int s = style("input:" + type, () -> new Xf().bordered().locked(false).format(type));
        inputs[type.ordinal()] = s + 1;
        return s;
    }

    @Override
    public int computed(ValueType type) {
        int known = computeds[type.ordinal()] - 1;
        if (known >= 0) return known;
        int s = style("computed:" + type, () -> new Xf().bordered().locked(true).fill(Styles.COMPUTED_GREY).format(type));
        computeds[type.ordinal()] = s + 1;
        return s;
    }

    @Override
    public int withFill(int base, String rgbHex) {
        int b = base >= 0 && base < count() ? base : 0;
        int[] byBase = filled.get(rgbHex);
        if (byBase != null && b < byBase.length && byBase[b] != 0) return byBase[b] - 1;
        int s = rgbHex.equalsIgnoreCase(solidFill(b)) ? b
                : style("fill:" + b + ":" + rgbHex, () -> new Xf(list("cellXfs").get(b), b).fill(rgbHex));
        if (byBase == null || b >= byBase.length) {
            byBase = java.util.Arrays.copyOf(byBase == null ? new int[0] : byBase, Math.max(b + 1, count()));
            filled.put(rgbHex, byBase);
        }
        byBase[b] = s + 1;
        return s;
    }

    /**
     * The styles made so far, for a sheet written on another thread while this part goes on making the form sheet's
     * (the marked cells' fills): it answers from copies, and notes a style it lacks instead of making one.
     */
    Frozen frozen() {
        Map<String, int[]> fills = new HashMap<>();
        filled.forEach((rgb, byBase) -> fills.put(rgb, byBase.clone()));
        return new Frozen(new HashMap<>(cache), inputs.clone(), computeds.clone(), fills, count());
    }

    /** See {@link #frozen()}. */
    static final class Frozen implements StyleIndexes {
        private final Map<String, Integer> cache;
        private final int[] inputs;
        private final int[] computeds;
        private final Map<String, int[]> filled;
        private final int count;
        private volatile boolean missed;

        private Frozen(Map<String, Integer> cache, int[] inputs, int[] computeds, Map<String, int[]> filled, int count) {
            this.cache = cache;
            this.inputs = inputs;
            this.computeds = computeds;
            this.filled = filled;
            this.count = count;
        }

        /** Whether a style was asked for that had not been made: what was written with it must be written again. */
        boolean missed() {
            return missed;
        }

        @Override
        public int title() {
            return known("title");
        }

        @Override
        public int label() {
            return known("label");
        }

        @Override
        public int header() {
            return known("header");
        }

        @Override
        public int input(ValueType type) {
            return inputs[type.ordinal()] > 0 ? inputs[type.ordinal()] - 1 : known("input:" + type);
        }

        @Override
        public int computed(ValueType type) {
            return computeds[type.ordinal()] > 0 ? computeds[type.ordinal()] - 1 : known("computed:" + type);
        }

        @Override
        public int withFill(int base, String rgbHex) {
            int b = base >= 0 && base < count ? base : 0;
            int[] byBase = filled.get(rgbHex);
            if (byBase != null && b < byBase.length && byBase[b] != 0) return byBase[b] - 1;
            missed = true;
            return 0;
        }

        @Override
        public int count() {
            return count;
        }

        private int known(String key) {
            Integer i = cache.get(key);
            if (i != null) return i;
            missed = true;
            return 0;
        }
    }

    private int style(String key, java.util.function.Supplier<Xf> make) {
        Integer known = cache.get(key);
        if (known != null) return known;
        if (count() > MAX_STYLES) {
            throw new IllegalStateException("The maximum number of Cell Styles was exceeded. You can define up to "
                    + MAX_STYLES + " style in a .xlsx Workbook");
        }
        List<String> xfs = list("cellXfs");
        xfs.add(make.get().xml());
        cache.put(key, xfs.size() - 1);
        return xfs.size() - 1;
    }

    /**
     * A cell format being made: a new one (all ids 0, as POI's createCellStyle) or a copy of an existing one,
     * whose start tag is then rewritten with the new fill.
     */
    private final class Xf {
        private final String copyOf;
        private int fillFrom;
        private final StringBuilder attrs = new StringBuilder();
        private int numFmtId;
        private int fontId;
        private int fillId;
        private int borderId;
        private boolean fillApplied;
        private String horizontal;
        private String vertical;
        private boolean wrap;
        private Boolean locked;

        Xf() {
            this.copyOf = null;
        }

        /** A copy of the cell format at {@code index}: its fill derived as POI derives it (unless applyFill is off). */
        Xf(String xml, int index) {
            this.copyOf = xml;
            int[] f = xfFill(index);
            this.fillFrom = f[1] == 0 ? -1 : f[0];
        }

        Xf bordered() {
            borderId = put("borders", "<" + p + "border><" + p + "left style=\"thin\"/><" + p + "right style=\"thin\"/><"
                    + p + "top style=\"thin\"/><" + p + "bottom style=\"thin\"/></" + p + "border>");
            attrs.append(" applyBorder=\"true\"");
            vertical = "top";
            return this;
        }

        /** A bold Calibri of this size. */
        Xf font(int points) {
            fontId = put("fonts", StylesPart.this.font(points, true));
            attrs.append(" applyFont=\"true\"");
            return this;
        }

        Xf wrap() {
            wrap = true;
            return this;
        }

        Xf align(String h, String v) {
            horizontal = h;
            vertical = v;
            return this;
        }

        Xf locked(boolean value) {
            locked = value;
            return this;
        }

        /** A solid fill made from the fill this format had (as POI's setFillForegroundColor and setFillPattern). */
        Xf fill(String rgbHex) {
            String bg = fillFrom >= 0 && fillFrom < list("fills").size() ? StylesPart.this.fill(fillFrom).bgColor() : null;
            fillId = put("fills", "<" + p + "fill><" + p + "patternFill patternType=\"solid\"><" + p + "fgColor rgb=\""
                    + rgbHex + "\"/>" + (bg == null ? "" : bg) + "</" + p + "patternFill></" + p + "fill>");
            fillApplied = true;
            return this;
        }

        Xf format(ValueType type) {
            switch (type) {
                case MONEY -> numFmtId = numFmt(Styles.RUPIAH);
                case NUMBER -> numFmtId = numFmt(Styles.PERCENT);
                case TEXT, CODE -> {
                    wrap = true;
                    numFmtId = TEXT_FORMAT;
                }
                default -> {
                    return this;
                }
            }
            attrs.append(" applyNumberFormat=\"true\"");
            return this;
        }

        String xml() {
            if (copyOf != null) return refilled();
            StringBuilder x = new StringBuilder("<").append(p).append("xf numFmtId=\"").append(numFmtId)
                    .append("\" fontId=\"").append(fontId).append("\" fillId=\"").append(fillId)
                    .append("\" borderId=\"").append(borderId).append("\" xfId=\"0\"").append(attrs);
            if (fillApplied) x.append(" applyFill=\"true\"");
            if (vertical != null || horizontal != null || wrap) x.append(" applyAlignment=\"true\"");
            if (vertical == null && horizontal == null && !wrap && locked == null) return x.append("/>").toString();
            x.append('>');
            if (vertical != null || horizontal != null || wrap) {
                x.append('<').append(p).append("alignment");
                if (horizontal != null) x.append(" horizontal=\"").append(horizontal).append('"');
                if (vertical != null) x.append(" vertical=\"").append(vertical).append('"');
                if (wrap) x.append(" wrapText=\"true\"");
                x.append("/>");
            }
            if (locked != null) x.append('<').append(p).append("protection locked=\"").append(locked).append("\"/>");
            return x.append("</").append(p).append("xf>").toString();
        }

        /** The copied format with its fillId and applyFill replaced (the start tag is as {@link XmlOut} wrote it). */
        private String refilled() {
            int end = copyOf.indexOf('>');
            if (copyOf.charAt(end - 1) == '/') end--;
            String tag = without(without(copyOf.substring(0, end), " fillId=\""), " applyFill=\"");
            return tag + " fillId=\"" + fillId + "\" applyFill=\"true\"" + copyOf.substring(end);
        }
    }

    /** The start tag without the attribute that begins with {@code prefix} (' name="'). */
    private static String without(String tag, String prefix) {
        int at = tag.indexOf(prefix);
        if (at < 0) return tag;
        int close = tag.indexOf('"', at + prefix.length());
        return tag.substring(0, at) + tag.substring(close + 1);
    }

    /** Adds an entry to a list unless an equal one is there; its index. */
    private int put(String listName, String xml) {
        List<String> entries = list(listName);
        int at = entries.indexOf(xml);
        if (at >= 0) return at;
        entries.add(xml);
        return entries.size() - 1;
    }

    private String font(int points, boolean bold) {
        return "<" + p + "font><" + p + "name val=\"Calibri\"/><" + p + "sz val=\"" + points + ".0\"/>"
                + (bold ? "<" + p + "b val=\"true\"/>" : "") + "</" + p + "font>";
    }

    private String patternFill(String type) {
        return "<" + p + "fill><" + p + "patternFill patternType=\"" + type + "\"/></" + p + "fill>";
    }

    /** As POI's putNumberFormat: the number of an equal format the workbook has, else the next free one. */
    private int numFmt(String code) {
        for (Map.Entry<Integer, String> e : numFmts.entrySet()) if (e.getValue().equals(code)) return e.getKey();
        int id = numFmts.isEmpty() ? FIRST_CUSTOM_FORMAT : Math.max(numFmts.lastKey() + 1, FIRST_CUSTOM_FORMAT);
        numFmts.put(id, code);
        list("numFmts").add("<" + p + "numFmt numFmtId=\"" + id + "\" formatCode=\"" + XmlOut.escaped(code, true) + "\"/>");
        return id;
    }

    /**
     * The RGB hex of the solid fill of the cell format at {@code xf}, or "" for none (as Styles.fillOf), read once
     * per format: every finding's cell asks.
     */
    private String solidFill(int xf) {
        return solidFills.computeIfAbsent(xf, i -> {
            int[] f = xfFill(i);
            String rgb = f[1] == 0 || f[0] < 0 || f[0] >= list("fills").size() ? null : fill(f[0]).solidRgb();
            return rgb == null ? "" : rgb;
        });
    }

    /**
     * What a cell format's and a fill's XML say of fills, by that XML (with the part's namespaces). A template's are
     * the same in every upload made from it, and reading them meant a StAX reader each, 1.5 % of a 300-row upload:
     * kept for the process, up to {@link #KNOWN} of each (then started afresh).
     */
    private static final Map<String, int[]> XF_FILLS = new java.util.concurrent.ConcurrentHashMap<>();
    private static final Map<String, RawFill> RAW_FILLS = new java.util.concurrent.ConcurrentHashMap<>();
    private static final int KNOWN = 4096;

    /** A fill entry as written; its colour is resolved against this part's palette ({@link #rgb}). */
    private record RawFill(String pattern, String rgb, String indexed, String bg) {}

    private static <V> V known(Map<String, V> map, String key, java.util.function.Function<String, V> read) {
        V v = map.get(key);
        if (v != null) return v;
        if (map.size() >= KNOWN) map.clear();
        v = read.apply(key);
        map.put(key, v);
        return v;
    }

    /** The fillId of a cell format and its applyFill: 1 on or unset, 0 off. Not to be changed: shared. */
    private int[] xfFill(int xf) {
        String xml = list("cellXfs").get(xf);
        return known(XF_FILLS, namespaces + '\u0000' + xml, k -> readXfFill(xml));
    }

    private int[] readXfFill(String xml) {
        int[] out = {0, 1};
        try {
            XMLStreamReader in = entry(xml);
            String id = in.getAttributeValue(null, "fillId");
            String apply = in.getAttributeValue(null, "applyFill");
            Integer n = id == null ? null : parseInt(id);
            out[0] = n == null ? 0 : n;
            out[1] = apply != null && !bool(apply) ? 0 : 1;
        } catch (XMLStreamException e) {
            // a format we cannot read again: as having no fill of its own
        }
        return out;
    }

    private Fill fill(int index) {
        return fills.computeIfAbsent(index, i -> {
            String xml = list("fills").get(i);
            RawFill r = known(RAW_FILLS, namespaces + '\u0000' + xml, k -> readFill(xml));
            return new Fill("solid".equals(r.pattern() == null ? null : r.pattern().trim()) ? rgb(r.rgb(), r.indexed()) : null, r.bg());
        });
    }

    /** A fill entry's pattern, colours and bgColor element; all null when it cannot be read again (no fill). */
    private RawFill readFill(String xml) {
        try {
            XMLStreamReader in = entry(xml);
            String pattern = null;
            String rgb = null;
            String indexed = null;
            String bg = null;
            int depth = 1;
            while (depth > 0 && in.hasNext()) {
                int ev = in.next();
                if (ev == XMLStreamConstants.END_ELEMENT) {
                    depth--;
                } else if (ev == XMLStreamConstants.START_ELEMENT) {
                    switch (in.getLocalName()) {
                        case "patternFill" -> {
                            pattern = in.getAttributeValue(null, "patternType");
                            depth++;
                        }
                        case "fgColor" -> {
                            rgb = in.getAttributeValue(null, "rgb");
                            indexed = in.getAttributeValue(null, "indexed");
                            depth++;
                        }
                        case "bgColor" -> {
                            copy(in);
                            bg = text();
                        }
                        default -> depth++;
                    }
                }
            }
            return new RawFill(pattern, rgb, indexed, bg);
        } catch (XMLStreamException | IOException e) {
            return new RawFill(null, null, null, null);
        }
    }

    /** As XSSFColor.getRGB as hex: an indexed colour from the palette, else the stored RGB, alpha dropped. */
    private String rgb(String rgb, String indexed) {
        Integer index = indexed == null ? null : parseInt(indexed);
        if (index != null && index > 0) {
            byte[] c = indexedRgb(index);
            if (c != null) return java.util.HexFormat.of().withUpperCase().formatHex(c, c.length == 4 ? 1 : 0, c.length);
        }
        if (rgb == null) return null;
        String hex = rgb.trim().toUpperCase(Locale.ROOT);
        if (!hex.matches("[0-9A-F]*")) return null;
        return hex.length() == 8 ? hex.substring(2) : hex.length() == 6 ? hex : null;
    }

    /** The workbook's own palette (colors/indexedColors) where it has one, else Excel's default palette. */
    private byte[] indexedRgb(int index) {
        if (palette == null) palette = customPalette();
        if (palette.length > 0) return index < palette.length ? palette[index] : null;
        org.apache.poi.hssf.util.HSSFColor c = org.apache.poi.hssf.util.HSSFColor.getIndexHash().get(index);
        if (c == null) return null;
        short[] t = c.getTriplet();
        return new byte[]{(byte) t[0], (byte) t[1], (byte) t[2]};
    }

    private byte[][] customPalette() {
        List<byte[]> colors = new ArrayList<>();
        for (Child c : children) {
            if (c.start != null || !c.name.equals("colors")) continue;
            try {
                XMLStreamReader in = entry(c.xml);
                boolean inIndexed = false;
                while (in.hasNext()) {
                    int ev = in.next();
                    if (ev == XMLStreamConstants.START_ELEMENT && in.getLocalName().equals("indexedColors")) inIndexed = true;
                    else if (ev == XMLStreamConstants.END_ELEMENT && in.getLocalName().equals("indexedColors")) inIndexed = false;
                    else if (ev == XMLStreamConstants.START_ELEMENT && inIndexed && in.getLocalName().equals("rgbColor")) {
                        String v = in.getAttributeValue(null, "rgb");
                        colors.add(v == null || !v.trim().matches("[0-9A-Fa-f]+") || v.trim().length() % 2 != 0 ? null
                                : java.util.HexFormat.of().parseHex(v.trim()));
                    }
                }
            } catch (XMLStreamException e) {
                // an unreadable palette: the default one
            }
        }
        return colors.toArray(new byte[0][]);
    }

    /** A reader at the start of an entry kept as text, with the namespaces styleSheet declares. */
    private XMLStreamReader entry(String xml) throws XMLStreamException {
        XMLStreamReader in = FACTORY.createXMLStreamReader(new StringReader("<w" + namespaces + ">" + xml + "</w>"));
        in.nextTag();
        in.nextTag();
        return in;
    }

    /** Writes the part: every child in its place, the lists with Capaian's entries and their counts. */
    void write(XmlOut out) throws IOException {
        List<Child> ordered = new ArrayList<>(children);
        for (String name : LISTS) {
            Child list = lists.get(name);
            if (list.present || list.entries.isEmpty()) continue;
            int rank = ORDER.indexOf(name);
            int at = ordered.size();
            for (int i = 0; i < ordered.size(); i++) {
                if (ORDER.indexOf(ordered.get(i).name) > rank) {
                    at = i;
                    break;
                }
            }
            ordered.add(at, list);
        }
        out.raw(XmlOut.DECLARATION).raw(root).raw('>');
        for (Child c : ordered) {
            if (c.start == null && !lists.containsValue(c)) {
                out.raw(c.xml);
                continue;
            }
            out.raw(c.start == null ? "<" + p + c.name : c.start).attr("count", c.entries.size()).raw('>');
            for (String e : c.entries) out.raw(e);
            out.raw("</").raw(p).raw(c.name).raw('>');
        }
        out.raw("</").raw(p).raw("styleSheet>");
        out.flush();
    }

    private static Integer parseInt(String s) {
        try {
            return Integer.parseInt(s.trim());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static boolean bool(String s) {
        String v = s.trim();
        return v.equals("1") || v.equals("true");
    }
}
