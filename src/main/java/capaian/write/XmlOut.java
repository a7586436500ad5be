package capaian.write;

import javax.xml.stream.XMLStreamReader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

/**
 * Writing XML text by hand (fast, no DOM): escaping of text and attribute values, encoded as UTF-8 into a
 * buffer of its own. The write-back writes every cell through here, so plain ASCII (almost all of a sheet) takes
 * one table look-up per character, without the writer/encoder stack a {@code BufferedWriter} would add.
 * {@link #flush()} hands the buffer to the stream and never closes it (the stream is a zip entry).
 */
public final class XmlOut {
    static final String MAIN_NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    static final String REL_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    static final String DECLARATION = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n";

    /** ASCII characters written as they are in element text (bit 1) and in attribute values (bit 2). */
    private static final byte[] PLAIN = new byte[128];

    static {
        for (char c = 0x20; c < 128; c++) PLAIN[c] = 3;
        PLAIN['&'] = 0;
        PLAIN['<'] = 0;
        PLAIN['>'] = 0;
        PLAIN['"'] = 1;
        PLAIN['\n'] = 1;
        PLAIN['\t'] = 1;
    }

    private final OutputStream out;
    private final byte[] buf;
    private int pos;
    private char[] scratch = new char[256];
    private final AsciiBytes ascii = new AsciiBytes();

    public XmlOut(OutputStream out) {
        this(out, 1 << 15);
    }

    private XmlOut(OutputStream out, int buffer) {
        this.out = out;
        this.buf = new byte[buffer];
    }

    public XmlOut raw(String s) throws IOException {
        byte[] b = ascii.of(s);
        if (b != null) return bytes(b, 0, b.length);
        int n = s.length();
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (c < 0x80) {
                if (pos == buf.length) drain();
                buf[pos++] = (byte) c;
            } else {
                encodeRest(s, i); // non-ASCII markup is rare (a name, a comment): encoded, never escaped
                break;
            }
        }
        return this;
    }

    public XmlOut raw(char c) throws IOException {
        if (pos == buf.length) drain();
        buf[pos++] = (byte) c; // only ever called with ASCII markup
        return this;
    }

    /** Element text: &, < and > escaped; CR and control characters kept as references. */
    public XmlOut text(String s) throws IOException {
        escape(s, 1);
        return this;
    }

    /** As {@link #text(String)} for characters the reader holds: no string made. */
    XmlOut text(char[] chars, int start, int length) throws IOException {
        escape(chars, start, start + length, 1);
        return this;
    }

    /** Bytes that are already UTF-8 XML as the output wants it: markup made once and written many times. */
    public XmlOut bytes(byte[] b) throws IOException {
        return bytes(b, 0, b.length);
    }

    /** Bytes that are already UTF-8 XML as the output wants it (copied from a part read as UTF-8). */
    XmlOut bytes(byte[] b, int off, int len) throws IOException {
        if (len > buf.length - pos) {
            drain();
            if (len > buf.length) {
                out.write(b, off, len);
                return this;
            }
        }
        System.arraycopy(b, off, buf, pos, len);
        pos += len;
        return this;
    }

    /** {@code name="value"} with a leading space, the value escaped for an attribute. */
    XmlOut attr(String name, String value) throws IOException {
        raw(' ').raw(name).raw("=\"");
        escape(value, 2);
        return raw('"');
    }

    /** As {@link #attr(String, String)} for a number: no string and no escaping. */
    XmlOut attr(String name, int value) throws IOException {
        raw(' ').raw(name).raw("=\"");
        number(value);
        return raw('"');
    }

    /** A non-negative int in decimal. */
    public XmlOut number(int v) throws IOException {
        if (v < 0) return raw(Integer.toString(v));
        if (pos + 10 > buf.length) drain();
        int digits = 1;
        for (int x = v; x >= 10; x /= 10) digits++;
        int end = pos + digits;
        for (int i = end - 1; i >= pos; i--) {
            buf[i] = (byte) ('0' + v % 10);
            v /= 10;
        }
        pos = end;
        return this;
    }

    private final byte[] digits = new byte[20];

    /**
     * The exact decimal, as {@code stripTrailingZeros().toPlainString()} spells it ("0" for zero), written straight
     * from its digits where they fit in a long: every computed cell's cached value goes through here.
     */
    public XmlOut decimal(java.math.BigDecimal b) throws IOException {
        if (b.signum() == 0) return raw('0');
        int scale = b.scale();
        if (scale < 0 || scale > 18 || b.precision() > 18) return raw(b.stripTrailingZeros().toPlainString());
        long u = capaian.compute.Numbers.unscaled(b);
        while (scale > 0 && u % 10 == 0) {
            u /= 10;
            scale--;
        }
        if (pos + 44 > buf.length) drain();
        if (u < 0) {
            buf[pos++] = '-';
            u = -u;
        }
        int n = 0;
        do {
            digits[n++] = (byte) ('0' + u % 10);
            u /= 10;
        } while (u > 0);
        if (scale >= n) {
            buf[pos++] = '0';
            buf[pos++] = '.';
            for (int i = scale; i > n; i--) buf[pos++] = '0';
            for (int i = n - 1; i >= 0; i--) buf[pos++] = digits[i];
        } else {
            for (int i = n - 1; i >= 0; i--) {
                buf[pos++] = digits[i];
                if (i == scale && i > 0) buf[pos++] = '.';
            }
        }
        return this;
    }

    /** A cell's A1 reference: {@code column} 0-based, {@code row} 1-based (as CellRef.a1, without the string). */
    public XmlOut cellRef(int column, int row) throws IOException {
        if (pos + 8 > buf.length) drain();
        int letters = 0;
        for (int x = column + 1; x > 0; x = (x - 1) / 26) letters++;
        int x = column + 1;
        for (int i = pos + letters - 1; i >= pos; i--) {
            x--;
            buf[i] = (byte) ('A' + x % 26);
            x /= 26;
        }
        pos += letters;
        return number(row);
    }

    /**
     * The reader's current start tag as it is, left open (no '>'): its name, namespace declarations and
     * attributes.
     */
    XmlOut start(XMLStreamReader in) throws IOException {
        raw('<').name(in.getPrefix(), in.getLocalName()).namespaces(in);
        for (int i = 0; i < in.getAttributeCount(); i++) attribute(in, i);
        return this;
    }

    /** The namespace declarations of the reader's current start tag. */
    XmlOut namespaces(XMLStreamReader in) throws IOException {
        for (int i = 0; i < in.getNamespaceCount(); i++) {
            String prefix = in.getNamespacePrefix(i);
            if (prefix == null || prefix.isEmpty()) attr("xmlns", in.getNamespaceURI(i));
            else attr("xmlns:" + prefix, in.getNamespaceURI(i));
        }
        return this;
    }

    /** The reader's attribute {@code i}, as {@link #attr(String, String)}. */
    XmlOut attribute(XMLStreamReader in, int i) throws IOException {
        raw(' ').name(in.getAttributePrefix(i), in.getAttributeLocalName(i)).raw("=\"");
        escape(in.getAttributeValue(i), 2);
        return raw('"');
    }

    /** prefix:local, or local alone. */
    XmlOut name(String prefix, String local) throws IOException {
        if (prefix != null && !prefix.isEmpty()) raw(prefix).raw(':');
        return raw(local);
    }

    /** Hands what is buffered to the stream (which stays open). */
    public void flush() throws IOException {
        drain();
        out.flush();
    }

    private void drain() throws IOException {
        if (pos > 0) out.write(buf, 0, pos);
        pos = 0;
    }

    /** {@code bit} 1 for element text, 2 for an attribute value. */
    private void escape(String s, int bit) throws IOException {
        int n = s.length();
        if (scratch.length < n) scratch = new char[Math.max(n, scratch.length * 2)];
        s.getChars(0, n, scratch, 0);
        escape(scratch, 0, n, bit);
    }

    /** {@code bit} 1 for element text, 2 for an attribute value. */
    private void escape(char[] s, int from, int to, int bit) throws IOException {
        for (int i = from; i < to; i++) {
            char c = s[i];
            if (c < 0x80 && (PLAIN[c] & bit) != 0) {
                if (pos == buf.length) drain();
                buf[pos++] = (byte) c;
                continue;
            }
            switch (c) {
                case '&' -> raw("&amp;");
                case '<' -> raw("&lt;");
                case '>' -> raw("&gt;");
                case '"' -> raw("&quot;");
                case '\r' -> raw("&#13;");
                case '\n' -> raw("&#10;");
                case '\t' -> raw("&#9;");
                default -> {
                    // XML 1.0 cannot hold other control characters at all
                    if (c >= 0x20) i = encode(s, i, to);
                }
            }
        }
    }

    private void encodeRest(String s, int from) throws IOException {
        char[] chars = s.toCharArray();
        for (int i = from; i < chars.length; i++) {
            if (chars[i] >= 0x80) {
                i = encode(chars, i, chars.length);
            } else {
                if (pos == buf.length) drain();
                buf[pos++] = (byte) chars[i];
            }
        }
    }

    /** Writes the non-ASCII character at {@code i} as UTF-8; returns the index of its last char. */
    private int encode(char[] s, int i, int to) throws IOException {
        if (pos + 4 > buf.length) drain();
        char c = s[i];
        if (c < 0x800) {
            buf[pos++] = (byte) (0xC0 | (c >> 6));
            buf[pos++] = (byte) (0x80 | (c & 0x3F));
        } else if (Character.isHighSurrogate(c) && i + 1 < to && Character.isLowSurrogate(s[i + 1])) {
            int cp = Character.toCodePoint(c, s[i + 1]);
            buf[pos++] = (byte) (0xF0 | (cp >> 18));
            buf[pos++] = (byte) (0x80 | ((cp >> 12) & 0x3F));
            buf[pos++] = (byte) (0x80 | ((cp >> 6) & 0x3F));
            buf[pos++] = (byte) (0x80 | (cp & 0x3F));
            return i + 1;
        } else if (Character.isSurrogate(c)) {
            buf[pos++] = '?'; // a lone surrogate: what the JDK's UTF-8 encoder writes for it
        } else {
            buf[pos++] = (byte) (0xE0 | (c >> 12));
            buf[pos++] = (byte) (0x80 | ((c >> 6) & 0x3F));
            buf[pos++] = (byte) (0x80 | (c & 0x3F));
        }
        return i;
    }

    static String escaped(String s) {
        return escaped(s, false);
    }

    /** {@code s} escaped as element text, or as an attribute value. */
    static String escaped(String s, boolean attribute) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(s.length() + 16);
        try {
            // a buffer the size of the text, not the 32 KB a sheet's writer has: a comment per marked cell
            XmlOut out = new XmlOut(bytes, Math.max(64, s.length() + 16));
            out.escape(s, attribute ? 2 : 1);
            out.flush();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }
}
