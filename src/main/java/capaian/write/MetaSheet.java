package capaian.write;

import org.xml.sax.Attributes;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A very hidden sheet where Capaian remembers what it changed in a workbook: the styles it created and the
 * original style of every cell it marked with a finding. Processing a result again first undoes the marks
 * and reuses the styles, so the second result equals the first (RULES section 12).
 */
final class MetaSheet {
    static final String NAME = "CapaianMeta";

    record Mark(String sheet, String cell, int originalStyle) {}

    final Map<String, Integer> styles = new LinkedHashMap<>();
    final List<Mark> marks = new ArrayList<>();

    /** The meta sheet of the package, read as it was written (or as a spreadsheet program saved it again). */
    static MetaSheet read(XlsxPackage pkg) throws IOException {
        MetaSheet m = new MetaSheet();
        XlsxPackage.Sheet s = pkg.sheet(NAME);
        if (s == null || !pkg.exists(s.part())) return m;
        List<Map<Integer, String[]>> rows = new ArrayList<>();
        try (InputStream in = pkg.open(s.part())) {
            parse(in, new CellCollector(rows));
        }
        Map<Integer, String> strings = sharedStrings(pkg, rows);
        for (Map<Integer, String[]> row : rows) {
            String[] values = new String[4];
            for (int c = 0; c < 4; c++) values[c] = value(row.get(c), strings);
            try {
                if ("style".equals(values[0]) && values[1] != null && values[2] != null) {
                    m.styles.put(values[1], (int) Double.parseDouble(values[2]));
                } else if ("mark".equals(values[0]) && values[1] != null && values[2] != null && values[3] != null) {
                    m.marks.add(new Mark(values[1], values[2], (int) Double.parseDouble(values[3])));
                }
            } catch (NumberFormatException e) {
                // a row someone edited by hand: ignored
            }
        }
        return m;
    }

    /** Writes the meta sheet (the caller adds it to the workbook, very hidden). */
    void write(NewSheet s) throws IOException {
        s.begin(new int[0], 0);
        int r = 0;
        for (Map.Entry<String, Integer> e : styles.entrySet()) {
            s.text(r, 0, "style", 0);
            s.text(r, 1, e.getKey(), 0);
            s.number(r, 2, java.math.BigDecimal.valueOf(e.getValue()), 0);
            r++;
        }
        for (Mark mk : marks) {
            s.text(r, 0, "mark", 0);
            s.text(r, 1, mk.sheet(), 0);
            s.text(r, 2, mk.cell(), 0);
            s.number(r, 3, java.math.BigDecimal.valueOf(mk.originalStyle()), 0);
            r++;
        }
        s.end(null);
    }

    private static String value(String[] cell, Map<Integer, String> strings) {
        if (cell == null) return null;
        if ("s".equals(cell[0])) {
            try {
                return strings.get(Integer.parseInt(cell[1].trim()));
            } catch (NumberFormatException e) {
                return null;
            }
        }
        return cell[1];
    }

    /** Only the shared strings the meta sheet uses, streamed from the shared strings part. */
    private static Map<Integer, String> sharedStrings(XlsxPackage pkg, List<Map<Integer, String[]>> rows) throws IOException {
        Map<Integer, String> wanted = new TreeMap<>();
        for (Map<Integer, String[]> row : rows) {
            for (String[] cell : row.values()) {
                if ("s".equals(cell[0])) {
                    try {
                        wanted.put(Integer.parseInt(cell[1].trim()), null);
                    } catch (NumberFormatException ignored) {
                        // not an index
                    }
                }
            }
        }
        if (wanted.isEmpty()) return wanted;
        String part = null;
        for (XlsxPackage.Rel r : pkg.rels(pkg.workbookPart)) if (r.is("sharedStrings") && !r.external()) part = r.target();
        if (part == null || !pkg.exists(part)) return wanted;
        try (InputStream in = pkg.open(part)) {
            parse(in, new TextHandler() {
                private int index = -1;
                private int phonetic;

                @Override
                public void startElement(String uri, String local, String q, Attributes atts) {
                    switch (local) {
                        case "si" -> { index++; text.setLength(0); }
                        case "rPh" -> phonetic++;
                        case "t" -> inText = phonetic == 0;
                        default -> { }
                    }
                }

                @Override
                public void endElement(String uri, String local, String q) {
                    switch (local) {
                        case "t" -> inText = false;
                        case "rPh" -> phonetic--;
                        case "si" -> { if (wanted.containsKey(index)) wanted.put(index, text.toString()); }
                        default -> { }
                    }
                }
            });
        }
        return wanted;
    }

    /** Each row's cells by column: {type, value} with the inline text as value for inline strings. */
    private static final class CellCollector extends TextHandler {
        private final List<Map<Integer, String[]>> rows;
        private Map<Integer, String[]> row;
        private int col;
        private int nextCol;
        private String type;
        private String value;

        CellCollector(List<Map<Integer, String[]>> rows) {
            this.rows = rows;
        }

        @Override
        public void startElement(String uri, String local, String q, Attributes atts) {
            switch (local) {
                case "row" -> { row = new HashMap<>(); rows.add(row); nextCol = 0; }
                case "c" -> {
                    String r = atts.getValue("r");
                    col = r == null ? nextCol : capaian.model.CellRef.columnIndex(r);
                    nextCol = col + 1;
                    type = atts.getValue("t");
                    value = null;
                }
                case "v", "t" -> { inText = true; text.setLength(0); }
                default -> { }
            }
        }

        @Override
        public void endElement(String uri, String local, String q) {
            switch (local) {
                case "v", "t" -> { inText = false; value = value == null ? text.toString() : value + text; }
                case "c" -> { if (row != null && value != null) row.put(col, new String[]{type, value}); }
                default -> { }
            }
        }
    }

    /** Collects the characters met while {@code inText}. */
    private abstract static class TextHandler extends DefaultHandler {
        final StringBuilder text = new StringBuilder();
        boolean inText;

        @Override
        public void characters(char[] ch, int start, int length) {
            if (inText) text.append(ch, start, length);
        }
    }

    private static void parse(InputStream in, DefaultHandler handler) throws IOException {
        try {
            capaian.read.SecureXml.parse(in, handler);
        } catch (SAXException e) {
            throw new IOException(e);
        }
    }
}
