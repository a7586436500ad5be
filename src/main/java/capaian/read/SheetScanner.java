package capaian.read;

import capaian.model.CellRef;
import capaian.xml.XmlBytes;
import org.xml.sax.Attributes;
import org.xml.sax.helpers.DefaultHandler;

import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Streams one sheet's XML, handing each non-empty row to a listener as it ends, so memory does not grow
 * with the sheet. Formula cells are read through their cached value (RULES section 3). A UTF-8 part, which is what
 * every spreadsheet program writes, is read by {@link #scan} over its bytes; any other through SAX.
 */
final class SheetScanner extends DefaultHandler {

    interface Listener {
        void row(RawRow row);

        /** A merged range (A1:B2), reported after all rows: the sheet XML lists merges after its data. */
        void merge(String ref);
    }

    private final CompactSharedStrings strings;
    private final PercentStyles styles;
    private final Listener listener;
    private final Limits limits;
    private final String sheetName;
    private int rowsWithData;
    private final StringBuilder text = new StringBuilder();

    private int rowNumber;
    private int nextRow = 1;
    private boolean rowHidden;
    private List<RawCell> cells;
    /** Whether the row's cells came in column order, as Excel writes them. */
    private boolean cellsInOrder;
    private int lastRowCells;
    private int cellColumn;
    private int nextColumn;
    private String cellType;
    private int cellStyle;
    private boolean inValue;
    private boolean inInlineText;
    private boolean hasFormula;
    private String value;
    private boolean inFormula;
    private String formulaText;
    private String sharedIndex;
    /** A shared formula's text and cell: the cells that share it carry no text of their own. */
    private record Shared(String text, int row, int column) {}

    private final Map<String, Shared> sharedFormulas = new HashMap<>();
    /** The job's budget, looked up once for the sheet (see {@link capaian.job.JobBudget#current()}). */
    private final capaian.job.JobBudget budget = capaian.job.JobBudget.current();

    SheetScanner(CompactSharedStrings strings, PercentStyles styles, Listener listener, Limits limits, String sheetName) {
        this.strings = strings;
        this.styles = styles;
        this.listener = listener;
        this.limits = limits;
        this.sheetName = sheetName;
    }

    /** A start tag's attribute by its (unprefixed) name, or null. */
    private interface Attrs {
        String getValue(String name);

        /** The attribute as a number ({@link Integer#parseInt}), or {@code absent} without it. */
        default int number(String name, int absent) {
            String v = getValue(name);
            return v == null ? absent : Integer.parseInt(v);
        }

        /** The column of the attribute's A1 reference ({@link CellRef#columnIndex}), or {@code absent} without it. */
        default int column(String name, int absent) {
            String v = getValue(name);
            return v == null ? absent : CellRef.columnIndex(v);
        }

        /** The cell type attribute "t": one of the constant {@link #TYPES} where it is one, no string made. */
        default String type() {
            return getValue("t");
        }
    }

    private static final String[] TYPES = {"s", "str", "inlineStr", "n", "e", "b", "d"};

    /** The attributes of {@link XmlBytes}' current start tag, the ones on every cell read off its bytes. */
    private static final class ByteAttrs implements Attrs {
        private final XmlBytes x;

        ByteAttrs(XmlBytes x) {
            this.x = x;
        }

        @Override
        public String getValue(String name) {
            return x.attribute(null, name);
        }

        @Override
        public int number(String name, int absent) {
            int a = x.attributeIndex(name);
            if (a < 0) return absent;
            int n = x.attributeDigits(a);
            return n >= 0 ? n : Integer.parseInt(x.attributeValue(a));
        }

        @Override
        public int column(String name, int absent) {
            int a = x.attributeIndex(name);
            if (a < 0) return absent;
            int c = x.attributeColumn(a);
            return c != Integer.MIN_VALUE ? c : CellRef.columnIndex(x.attributeValue(a));
        }

        @Override
        public String type() {
            int a = x.attributeIndex("t");
            if (a < 0) return null;
            for (String t : TYPES) if (x.attributeValueIs(a, t)) return t;
            return x.attributeValue(a);
        }
    }

    /** The names this scanner acts on, matched on the bytes without making a string of every element's name. */
    private static final String[] NAMES = {"c", "v", "row", "f", "is", "t", "mergeCell"};

    /** Reads a UTF-8 part's events ({@link XmlBytes#isUtf8()}) as the SAX callbacks below do. */
    void scan(XmlBytes x) throws XMLStreamException {
        Attrs atts = new ByteAttrs(x);
        while (x.hasNext()) {
            switch (x.next()) {
                case XMLStreamConstants.START_ELEMENT -> {
                    String name = name(x);
                    if (name == null) continue;
                    start(name, atts);
                    // a cell whose whole content is <v>text</v> or <is><t>text</t></is>: read at once, after its attributes
                    int simple = name.equals("c") && cells != null ? x.simpleValue() : XmlBytes.NO_VALUE;
                    if (simple != XmlBytes.NO_VALUE) {
                        // as the events would: an inline string's text is only a value in a cell typed inlineStr
                        value = simple == XmlBytes.INLINE_TEXT && !"inlineStr".equals(cellType) ? "" : x.text();
                        limits.checkCellChars(value.length());
                        end("c");
                    }
                }
                case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA -> {
                    if (inValue || inInlineText || inFormula) collect(x.text());
                }
                case XMLStreamConstants.END_ELEMENT -> {
                    String name = name(x);
                    if (name != null) end(name);
                }
                default -> { }
            }
        }
    }

    private static String name(XmlBytes x) {
        for (String n : NAMES) if (x.isLocal(n)) return n;
        return null;
    }

    @Override
    public void startElement(String uri, String localName, String qName, Attributes atts) {
        start(localName, atts::getValue);
    }

    @Override
    public void characters(char[] ch, int start, int length) {
        if (inValue || inInlineText || inFormula) collect(java.nio.CharBuffer.wrap(ch, start, length));
    }

    @Override
    public void endElement(String uri, String localName, String qName) {
        end(localName);
    }

    private void collect(CharSequence chars) {
        text.append(chars);
        limits.checkCellChars(text.length());
    }

    private void start(String localName, Attrs atts) {
        switch (localName) {
            case "row" -> {
                if (budget != null) budget.checkNow(); // a job past its CPU budget stops here
                rowNumber = atts.number("r", nextRow);
                nextRow = rowNumber + 1;
                String hidden = atts.getValue("hidden");
                rowHidden = "1".equals(hidden) || "true".equals(hidden);
                cells = new ArrayList<>(Math.max(10, lastRowCells)); // rows are alike: no growing on every row
                cellsInOrder = true;
                nextColumn = 0;
            }
            case "c" -> {
                cellColumn = atts.column("r", nextColumn);
                nextColumn = cellColumn + 1;
                cellType = atts.type();
                cellStyle = atts.number("s", 0);
                value = null;
                hasFormula = false;
                formulaText = null;
            }
            case "v" -> { inValue = true; text.setLength(0); }
            case "t" -> { if ("inlineStr".equals(cellType)) { inInlineText = true; } }
            case "is" -> text.setLength(0);
            case "f" -> {
                hasFormula = true;
                inFormula = true;
                text.setLength(0);
                sharedIndex = "shared".equals(atts.getValue("t")) ? atts.getValue("si") : null;
            }
            case "mergeCell" -> {
                String ref = atts.getValue("ref");
                if (ref != null) listener.merge(ref);
            }
            default -> { }
        }
    }

    private void end(String localName) {
        switch (localName) {
            case "v" -> { inValue = false; value = text.toString(); }
            case "f" -> {
                inFormula = false;
                String f = text.toString();
                if (!f.isBlank()) {
                    formulaText = f;
                    if (sharedIndex != null) sharedFormulas.put(sharedIndex, new Shared(f, rowNumber, cellColumn));
                } else if (sharedIndex != null && sharedFormulas.containsKey(sharedIndex)) {
                    // shares another cell's formula: its text moved to this cell, as the spreadsheet reads it
                    Shared m = sharedFormulas.get(sharedIndex);
                    formulaText = capaian.formula.FormulaShift.shift(m.text(), rowNumber - m.row(), cellColumn - m.column());
                }
            }
            case "t" -> { if (inInlineText) inInlineText = false; }
            case "is" -> value = text.toString();
            case "c" -> cell();
            case "row" -> {
                lastRowCells = cells.size();
                if (!cells.isEmpty()) {
                    limits.checkRows(sheetName, ++rowsWithData);
                    listener.row(new RawRow(rowNumber, rowHidden, cellsInOrder ? List.copyOf(cells) : RawRow.inOrder(cells)));
                }
                cells = null;
            }
            default -> { }
        }
    }

    private void cell() {
        if (cells == null) return;
        if (value == null) {
            // a formula without a cached value is kept only when it reaches outside: it must not stay live
            if (formulaText != null && capaian.formula.UserFormula.outsideReach(formulaText) != null) {
                add(new RawCell(cellColumn, RawCell.Kind.TEXT, 0, "", false, true, formulaText));
            }
            return;
        }
        String t = cellType == null ? "n" : cellType;
        RawCell c = switch (t) {
            case "s" -> {
                int index = Integer.parseInt(value.trim());
                yield text(strings.text(index));
            }
            case "str", "inlineStr" -> text(value);
            case "e" -> new RawCell(cellColumn, RawCell.Kind.ERROR, 0, value, false, hasFormula);
            case "b" -> new RawCell(cellColumn, RawCell.Kind.BOOLEAN, 0, "1".equals(value) ? "TRUE" : "FALSE", false, hasFormula);
            case "d" -> text(value);
            default -> number();
        };
        if (c != null) {
            limits.checkColumn(sheetName, cellColumn, rowNumber);
            add(formulaText == null ? c : c.withFormula(formulaText));
        }
    }

    private void add(RawCell c) {
        if (!cells.isEmpty() && cells.get(cells.size() - 1).column() > c.column()) cellsInOrder = false;
        cells.add(c);
    }

    private RawCell text(String s) {
        if (s == null || s.isBlank()) return null;
        return new RawCell(cellColumn, RawCell.Kind.TEXT, 0, s, false, hasFormula);
    }

    private RawCell number() {
        if (value.isBlank()) return null;
        double d;
        try {
            d = Double.parseDouble(value.trim());
        } catch (NumberFormatException e) {
            return text(value);
        }
        // a number shown with a % format holds a fraction: 0,9625 shown as 96,25%
        return new RawCell(cellColumn, RawCell.Kind.NUMBER, d, null, styles.isPercent(cellStyle), hasFormula);
    }
}
