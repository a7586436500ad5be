package capaian.write;

import java.io.IOException;
import java.io.Writer;

/** Writing XML text by hand (fast, no DOM): escaping of text and attribute values. */
public final class XmlOut {
    static final String MAIN_NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    static final String REL_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    static final String DECLARATION = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n";

    private final Writer out;

    public XmlOut(Writer out) {
        this.out = out;
    }

    public XmlOut raw(String s) throws IOException {
        out.write(s);
        return this;
    }

    public XmlOut raw(char c) throws IOException {
        out.write(c);
        return this;
    }

    /** Element text: &, < and > escaped; CR and control characters kept as references. */
    public XmlOut text(String s) throws IOException {
        escape(s, false);
        return this;
    }

    /** {@code name="value"} with a leading space, the value escaped for an attribute. */
    public XmlOut attr(String name, String value) throws IOException {
        out.write(' ');
        out.write(name);
        out.write("=\"");
        escape(value, true);
        out.write('"');
        return this;
    }

    public void flush() throws IOException {
        out.flush();
    }

    private void escape(String s, boolean attribute) throws IOException {
        int start = 0;
        int n = s.length();
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            String rep = switch (c) {
                case '&' -> "&amp;";
                case '<' -> "&lt;";
                case '>' -> "&gt;";
                case '"' -> attribute ? "&quot;" : null;
                case '\r' -> "&#13;";
                case '\n' -> attribute ? "&#10;" : null;
                case '\t' -> attribute ? "&#9;" : null;
                default -> c < 0x20 ? "" : null; // XML 1.0 cannot hold other control characters at all
            };
            if (rep == null) continue;
            out.write(s, start, i - start);
            out.write(rep);
            start = i + 1;
        }
        out.write(s, start, n - start);
    }

    static String escaped(String s) {
        var w = new java.io.StringWriter(s.length() + 16);
        try {
            new XmlOut(w).text(s);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return w.toString();
    }
}
