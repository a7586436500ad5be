package capaian.xml;

import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * A pull parser over an XML part's UTF-8 bytes that finds tags and attributes itself and keeps every token's bytes
 * where a caller can copy them unchanged (the write-back) or decode only what it needs (the reader), where the JDK's
 * parsers decode and check every character: the sheet parts of a form are most of a process's input and output.
 * It takes the XML the spreadsheet programs write: elements, attributes, text, CDATA, comments and processing
 * instructions, namespaces declared anywhere; a DOCTYPE is refused (so no entity can be declared, expanded or
 * fetched), and a tag left open, an end tag that does not match its start or a part that ends early is an
 * {@link XMLStreamException}. Memory is a buffer the size of the largest token. A part in another encoding than
 * UTF-8 is not read: {@link #isUtf8()} tells, and {@link #replay()} gives its bytes to a JDK parser.
 */
public final class XmlBytes {
    private static final int START = XMLStreamConstants.START_ELEMENT;
    private static final int END = XMLStreamConstants.END_ELEMENT;
    private static final byte[] XML_NS_PREFIX = "xml".getBytes(StandardCharsets.US_ASCII);

    private final InputStream in;
    private byte[] buf;
    private int pos;
    private int limit;
    private boolean eof;

    /** The current token: its kind, and where it is in {@link #buf}. */
    private int event = XMLStreamConstants.START_DOCUMENT;
    private int tokStart;
    private int tokEnd;
    /** A start tag's name (prefix included) and the colon in it (-1 for none); an end tag's too. */
    private int nameStart;
    private int nameEnd;
    private int colon;
    /** Where the start tag's attributes end: the '/' of "/>" or the '>'. */
    private int attrsEnd;
    private boolean selfClosing;
    private boolean pendingEnd;
    /** The element just ended leaves the scope at the next token (its end event still sees its namespaces). */
    private boolean popPending;

    private int attrCount;
    private int[] aName = new int[16];
    private int[] aNameEnd = new int[16];
    private int[] aColon = new int[16];
    private int[] aValue = new int[16];
    private int[] aValueEnd = new int[16];

    /** Open elements' names, for matching end tags, and the namespaces declared on them. */
    private byte[] names = new byte[256];
    private int[] nameAt = new int[32];
    private int depth;
    private boolean rootSeen;
    private byte[][] nsPrefix = new byte[8][];
    private String[] nsUri = new String[8];
    private int[] nsDepth = new int[8];
    private int nsCount;

    private final boolean utf8;
    private final int head;

    private XmlBytes(InputStream in, byte[] buf, int limit) {
        this.in = in;
        this.buf = buf;
        this.limit = limit;
        this.head = limit;
        this.utf8 = utf8();
    }

    /** A parser over {@code in}, having read its first bytes to learn its encoding (see {@link #isUtf8()}). */
    public static XmlBytes open(InputStream in) throws IOException {
        byte[] buf = new byte[1 << 16];
        int n = in.readNBytes(buf, 0, 512);
        return new XmlBytes(in, buf, n);
    }

    /** Whether the part is in UTF-8, which this parser reads; otherwise use {@link #replay()} instead. */
    public boolean isUtf8() {
        return utf8;
    }

    /** The whole part as it came, for another parser: only before the first {@link #next()}. */
    public InputStream replay() {
        return new SequenceInputStream(new ByteArrayInputStream(buf, 0, head), in);
    }

    /** Skips a UTF-8 byte-order mark and the XML declaration; false when the part is in another encoding. */
    private boolean utf8() {
        if (limit >= 3 && (buf[0] & 0xFF) == 0xEF && (buf[1] & 0xFF) == 0xBB && (buf[2] & 0xFF) == 0xBF) pos = 3;
        if (limit - pos >= 2 && (buf[pos] == 0 || buf[pos + 1] == 0 || (buf[pos] & 0xFF) >= 0xFE)) return false; // UTF-16, UTF-32
        if (!startsWith(pos, "<?xml") || pos + 5 >= limit || !space(buf[pos + 5])) return true;
        int end = indexOf(pos, "?>");
        if (end < 0) return false; // a declaration longer than 512 bytes: let StAX judge it
        String decl = new String(buf, pos, end - pos, StandardCharsets.ISO_8859_1);
        int e = decl.indexOf("encoding");
        if (e >= 0) {
            int q = e + 8;
            while (q < decl.length() && decl.charAt(q) != '"' && decl.charAt(q) != '\'') q++;
            int close = q < decl.length() ? decl.indexOf(decl.charAt(q), q + 1) : -1;
            if (close < 0) return false;
            String enc = decl.substring(q + 1, close).trim();
            if (!enc.equalsIgnoreCase("UTF-8") && !enc.equalsIgnoreCase("UTF8")) return false;
        }
        pos = end + 2;
        return true;
    }

    public boolean hasNext() throws XMLStreamException {
        if (pendingEnd || popPending || depth > 0 || !rootSeen) return true;
        // after the root: only white space, comments and processing instructions may follow
        while (true) {
            if (pos >= limit && !more()) return false;
            if (space(buf[pos])) {
                pos++;
                continue;
            }
            if (buf[pos] != '<') throw new XMLStreamException("content after the root element");
            return true;
        }
    }

    public int next() throws XMLStreamException {
        if (pendingEnd) {
            pendingEnd = false;
            popPending = true;
            return event = END;
        }
        if (popPending) {
            popPending = false;
            popElement();
        }
        while (true) {
            if (pos >= limit && !more()) {
                if (depth > 0 || !rootSeen) throw new XMLStreamException("the part ends inside an element");
                return event = XMLStreamConstants.END_DOCUMENT;
            }
            int ev = token();
            if (depth == 0 && (ev == XMLStreamConstants.CHARACTERS || ev == XMLStreamConstants.COMMENT
                    || ev == XMLStreamConstants.PROCESSING_INSTRUCTION)) {
                // outside the root: white space and comments are not the sheet's (the writer starts with the declaration)
                if (ev == XMLStreamConstants.CHARACTERS && !blank(tokStart, tokEnd)) {
                    throw new XMLStreamException("text outside the root element");
                }
                continue;
            }
            return event = ev;
        }
    }

    /** Reads the token at {@link #pos} whole into the buffer, and tells what it is. */
    private int token() throws XMLStreamException {
        if (buf[pos] != '<') {
            int k = nextLt(0);
            if (k == PART_ENDS) k = limit - pos; // text up to the end of the part
            tokStart = pos;
            tokEnd = pos + k;
            pos = tokEnd;
            return XMLStreamConstants.CHARACTERS;
        }
        ensure(2);
        byte b = buf[pos + 1];
        if (b == '?') return until("?>", XMLStreamConstants.PROCESSING_INSTRUCTION);
        if (b == '!') {
            ensure(9);
            if (startsWith(pos, "<!--")) return until("-->", XMLStreamConstants.COMMENT);
            if (startsWith(pos, "<![CDATA[")) return until("]]>", XMLStreamConstants.CDATA);
            throw new XMLStreamException("DOCTYPE not allowed");
        }
        if (b == '/') return endTag();
        return startTag();
    }

    private int until(String close, int ev) throws XMLStreamException {
        int k = 2;
        while (true) {
            while (pos + k + close.length() > limit) {
                if (!more()) throw new XMLStreamException("the part ends inside a markup");
            }
            if (startsWith(pos + k, close)) break;
            k++;
        }
        tokStart = pos;
        tokEnd = pos + k + close.length();
        pos = tokEnd;
        return ev;
    }

    private int endTag() throws XMLStreamException {
        int k = 2;
        while (true) {
            if (pos + k >= limit && !more()) throw new XMLStreamException("the part ends inside an end tag");
            if (buf[pos + k] == '>') break;
            k++;
        }
        tokStart = pos;
        tokEnd = pos + k + 1;
        pos = tokEnd;
        nameStart = tokStart + 2;
        nameEnd = nameStart;
        while (nameEnd < tokEnd - 1 && !space(buf[nameEnd])) nameEnd++;
        colon = indexOfByte(nameStart, nameEnd, (byte) ':');
        if (depth == 0) throw new XMLStreamException("an end tag without its start");
        int at = nameAt[depth - 1];
        int len = nameAt[depth] - at;
        if (len != nameEnd - nameStart || !same(names, at, buf, nameStart, len)) {
            throw new XMLStreamException("end tag does not match its start");
        }
        popPending = true;
        return END;
    }

    private int startTag() throws XMLStreamException {
        int k = tagEnd(1);
        if (k == PART_ENDS) throw new XMLStreamException("the part ends inside a start tag");
        if (k == LT_INSIDE) throw new XMLStreamException("'<' inside a tag");
        if (depth == 0 && rootSeen) throw new XMLStreamException("a second root element");
        tokStart = pos;
        tokEnd = pos + k + 1;
        pos = tokEnd;
        selfClosing = buf[tokEnd - 2] == '/';
        attrsEnd = selfClosing ? tokEnd - 2 : tokEnd - 1;
        nameStart = tokStart + 1;
        nameEnd = nameStart;
        while (nameEnd < attrsEnd && !space(buf[nameEnd])) nameEnd++;
        if (nameEnd == nameStart) throw new XMLStreamException("a tag without a name");
        colon = indexOfByte(nameStart, nameEnd, (byte) ':');
        attributes();
        pushElement();
        rootSeen = true;
        pendingEnd = selfClosing;
        return START;
    }

    /** The bytes a start tag's scan stops at: quotes, '>' and '<'. */
    private static final byte[] TAG = new byte[256];
    /** The bytes an attribute name or the space between attributes ends at: '=' and white space. */
    private static final byte[] NAME_END = new byte[256];

    static {
        for (char c : new char[] {'"', '\'', '>', '<'}) TAG[c] = 1;
        for (char c : new char[] {'=', ' ', '\n', '\r', '\t'}) NAME_END[c] = 1;
    }

    /** Finds the start tag's attributes, and takes its namespace declarations into scope. */
    private void attributes() throws XMLStreamException {
        attrCount = 0;
        int i = nameEnd;
        while (true) {
            while (i < attrsEnd && space(buf[i])) i++;
            if (i >= attrsEnd) break;
            int ns = i;
            while (i < attrsEnd && NAME_END[buf[i] & 0xFF] == 0) i++;
            int ne = i;
            while (i < attrsEnd && space(buf[i])) i++;
            if (i >= attrsEnd || buf[i] != '=' || ne == ns) throw new XMLStreamException("an attribute without a value");
            i++;
            while (i < attrsEnd && space(buf[i])) i++;
            if (i >= attrsEnd || (buf[i] != '"' && buf[i] != '\'')) throw new XMLStreamException("an attribute value without quotes");
            byte q = buf[i];
            int vs = ++i;
            while (i < attrsEnd && buf[i] != q) i++;
            if (i >= attrsEnd) throw new XMLStreamException("an attribute value left open");
            if (attrCount == aName.length) growAttributes();
            aName[attrCount] = ns;
            aNameEnd[attrCount] = ne;
            aColon[attrCount] = indexOfByte(ns, ne, (byte) ':');
            aValue[attrCount] = vs;
            aValueEnd[attrCount] = i;
            attrCount++;
            i++;
            if (i < attrsEnd && !space(buf[i])) throw new XMLStreamException("attributes not separated by white space");
        }
        for (int a = 0; a < attrCount; a++) {
            int ns = aName[a];
            if (buf[ns] != 'x' || !startsWith(ns, "xmlns")) continue; // a cell's r, s and t end at their first byte
            int ne = aNameEnd[a];
            if (ne == ns + 5) declare(new byte[0], a);
            else if (buf[ns + 5] == ':') declare(Arrays.copyOfRange(buf, ns + 6, ne), a);
        }
    }

    private void declare(byte[] prefix, int a) throws XMLStreamException {
        if (nsCount == nsPrefix.length) {
            nsPrefix = Arrays.copyOf(nsPrefix, nsCount * 2);
            nsUri = Arrays.copyOf(nsUri, nsCount * 2);
            nsDepth = Arrays.copyOf(nsDepth, nsCount * 2);
        }
        nsPrefix[nsCount] = prefix;
        nsUri[nsCount] = decode(aValue[a], aValueEnd[a], true);
        nsDepth[nsCount] = depth + 1; // the element's own depth once pushed
        nsCount++;
    }

    private void growAttributes() {
        int n = aName.length * 2;
        aName = Arrays.copyOf(aName, n);
        aNameEnd = Arrays.copyOf(aNameEnd, n);
        aColon = Arrays.copyOf(aColon, n);
        aValue = Arrays.copyOf(aValue, n);
        aValueEnd = Arrays.copyOf(aValueEnd, n);
    }

    private void pushElement() {
        if (depth + 1 >= nameAt.length) nameAt = Arrays.copyOf(nameAt, nameAt.length * 2);
        int at = nameAt[depth];
        int len = nameEnd - nameStart;
        if (at + len > names.length) names = Arrays.copyOf(names, Math.max(names.length * 2, at + len));
        System.arraycopy(buf, nameStart, names, at, len);
        depth++;
        nameAt[depth] = at + len;
    }

    private void popElement() {
        depth--;
        while (nsCount > 0 && nsDepth[nsCount - 1] > depth) nsCount--;
    }

    /** Whether the current element is in namespace {@code uri}. */
    public boolean inNamespace(String uri) {
        String ns = namespace(nameStart, colon);
        // asked of every element with the same two strings: the declaration's URI is one string for the whole part
        if (ns != askedNs || uri != askedUri) {
            askedNs = ns;
            askedUri = uri;
            askedAnswer = uri.equals(ns);
        }
        return askedAnswer;
    }

    private String askedNs;
    private String askedUri;
    private boolean askedAnswer;

    /** The namespace of a name starting at {@code start} whose prefix ends at {@code colon} (-1: no prefix). */
    private String namespace(int start, int colon) {
        int len = colon < 0 ? 0 : colon - start;
        for (int i = nsCount - 1; i >= 0; i--) {
            byte[] p = nsPrefix[i];
            if (p.length == len && Arrays.equals(p, 0, len, buf, start, start + len)) return nsUri[i];
        }
        if (len == 3 && Arrays.equals(XML_NS_PREFIX, 0, 3, buf, start, start + 3)) return "http://www.w3.org/XML/1998/namespace";
        return colon < 0 ? "" : null;
    }

    public boolean isLocal(String local) {
        int s = colon < 0 ? nameStart : colon + 1;
        return nameEnd - s == local.length() && startsWith(s, local);
    }

    public String localName() {
        int s = colon < 0 ? nameStart : colon + 1;
        return new String(buf, s, nameEnd - s, StandardCharsets.UTF_8);
    }

    public String prefix() {
        return colon < 0 ? "" : new String(buf, nameStart, colon - nameStart, StandardCharsets.UTF_8);
    }

    public String attribute(String ns, String local) {
        for (int a = 0; a < attrCount; a++) {
            int c = aColon[a];
            int s = c < 0 ? aName[a] : c + 1;
            if (aNameEnd[a] - s != local.length() || !startsWith(s, local)) continue;
            if (ns == null ? c >= 0 : c < 0 || !ns.equals(namespace(aName[a], c))) continue;
            return decode(aValue[a], aValueEnd[a], true);
        }
        return null;
    }

    public String elementText() throws XMLStreamException {
        StringBuilder text = new StringBuilder();
        while (true) {
            int ev = next();
            switch (ev) {
                case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA -> text.append(text());
                case XMLStreamConstants.COMMENT, XMLStreamConstants.PROCESSING_INSTRUCTION -> { }
                case END -> {
                    return text.toString();
                }
                default -> throw new XMLStreamException("an element inside one that should hold only text");
            }
        }
    }

    /** The current text or CDATA section's characters, references resolved. */
    public String text() {
        if (event == XMLStreamConstants.CDATA) return lineEnds(new String(buf, tokStart + 9, tokEnd - tokStart - 12, StandardCharsets.UTF_8));
        return decode(tokStart, tokEnd, false);
    }

    // Where the current token's parts lie in buffer(), for a caller that copies them as they are; valid until next().

    public byte[] buffer() {
        return buf;
    }

    public int tokenStart() {
        return tokStart;
    }

    public int tokenEnd() {
        return tokEnd;
    }

    /**
     * For a caller that copies an element whole: at a start tag, reads on past the element's end without reporting
     * what is inside, when what is inside is only text and elements none of which is named {@code avoid} (in any
     * namespace). The element has then ended, as if its end event had been read, and {@link #tokenStart()} to
     * {@link #tokenEnd()} hold what followed its start tag, the end tag included (nothing for an empty element).
     * False when it holds something else (a comment, CDATA, {@code avoid}): the parser is then still just after the
     * start tag, but the start tag's own bytes may be gone from the buffer. The part was checked whole by the reader
     * before it is copied, so end tags inside are counted, not matched.
     */
    public boolean skipPlainContent(String avoid) throws XMLStreamException {
        if (event != START) return false;
        if (selfClosing) {
            pendingEnd = false;
            tokStart = tokEnd = pos;
            popElement();
            event = END;
            return true;
        }
        int inside = 0;
        int k = 0;
        while (true) {
            k = nextLt(k);
            if (k == PART_ENDS || !available(k + 2)) return false;
            byte b = buf[pos + k + 1];
            if (b == '!' || b == '?') return false;
            int close = tagEnd(k + 1);
            if (close < 0) return false; // PART_ENDS or LT_INSIDE: the events will say
            if (b == '/') {
                if (inside-- > 0) {
                    k = close + 1;
                    continue;
                }
                int at = nameAt[depth - 1];
                int len = nameAt[depth] - at;
                int n = pos + k + 2;
                if (!Arrays.equals(names, at, at + len, buf, n, Math.min(n + len, limit)) || !tagNameEnds(pos + k + 2 + len)) {
                    return false;
                }
                tokStart = pos;
                tokEnd = pos + close + 1;
                pos = tokEnd;
                popElement();
                event = END;
                return true;
            }
            int n = pos + k + 1;
            int e = n;
            while (e < pos + close && NAME_END[buf[e] & 0xFF] == 0 && buf[e] != '/' && buf[e] != '>') e++;
            int local = n;
            for (int c = n; c < e; c++) if (buf[c] == ':') local = c + 1;
            if (e - local == avoid.length() && startsWith(local, avoid)) return false;
            if (buf[pos + close - 1] != '/') inside++;
            k = close + 1;
        }
    }

    /** {@link #simpleValue()}: no simple content; a {@code <v>}; an inline string's {@code <is><t>}. */
    public static final int NO_VALUE = 0;
    public static final int VALUE = 1;
    public static final int INLINE_TEXT = 2;

    private static final byte[] V = bytes("<v>");
    private static final byte[] V_END = bytes("</v>");
    private static final byte[] IS_T = bytes("<is><t>");
    private static final byte[] IS_T_PRESERVE = bytes("<is><t xml:space=\"preserve\">");
    private static final byte[] T_IS_END = bytes("</t></is>");

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.US_ASCII);
    }

    /**
     * At a start tag whose content is exactly {@code <v>text</v>} or {@code <is><t>text</t></is>} (no prefix,
     * nothing else; the {@code <t>} may keep its spaces) followed by its own end tag, the way spreadsheet programs
     * write a cell's value: reads all of it at once, the element ended as if its end event had been read, and
     * {@link #text()} gives the text. Returns which it was, or {@link #NO_VALUE} with nothing read (the start tag's
     * attributes may then be gone from the buffer: read them first). A cell's value took four to eight events.
     */
    public int simpleValue() throws XMLStreamException {
        if (event != START || selfClosing) return NO_VALUE;
        int kind;
        int open;
        byte[] close;
        if (at(0, V)) {
            kind = VALUE;
            open = V.length;
            close = V_END;
        } else if (at(0, IS_T)) {
            kind = INLINE_TEXT;
            open = IS_T.length;
            close = T_IS_END;
        } else if (at(0, IS_T_PRESERVE)) {
            kind = INLINE_TEXT;
            open = IS_T_PRESERVE.length;
            close = T_IS_END;
        } else {
            return NO_VALUE;
        }
        int k = nextLt(open);
        if (k == PART_ENDS) return NO_VALUE;
        int textEnd = k;
        int at = nameAt[depth - 1];
        int len = nameAt[depth] - at;
        if (!at(k, close) || !available(k + close.length + 3 + len)) return NO_VALUE;
        int i = pos + k + close.length;
        if (buf[i] != '<' || buf[i + 1] != '/' || !same(names, at, buf, i + 2, len) || buf[i + 2 + len] != '>') {
            return NO_VALUE;
        }
        tokStart = pos + open;
        tokEnd = pos + textEnd;
        pos = i + 3 + len;
        popElement();
        event = END;
        return kind;
    }

    /** Whether {@code s} stands {@code k} bytes after {@link #pos}, reading more of the part as needed. */
    private boolean at(int k, byte[] s) throws XMLStreamException {
        if (!available(k + s.length)) return false;
        for (int i = 0; i < s.length; i++) if (buf[pos + k + i] != s[i]) return false;
        return true;
    }

    /** Whether {@code n} bytes from {@link #pos} are in the buffer, reading more of the part as needed. */
    private boolean available(int n) throws XMLStreamException {
        while (limit - pos < n) {
            if (!more()) return false;
        }
        return true;
    }

    /** Whether a tag's name ends at {@code i}: white space or '>' follows it. */
    private boolean tagNameEnds(int i) {
        return i < limit && (buf[i] == '>' || space(buf[i]));
    }

    private static final int PART_ENDS = -1;
    private static final int LT_INSIDE = -2;

    /**
     * The offset from {@link #pos} of the next '<' at or after offset {@code from}, reading more of the part as
     * needed; {@link #PART_ENDS} when the part ends first (all of it is then in the buffer). Text, and what is
     * skipped whole, is everything up to a '<'.
     */
    private int nextLt(int from) throws XMLStreamException {
        int k = from;
        while (true) {
            int i = pos + k;
            int end = limit;
            byte[] b = buf;
            while (i < end && b[i] != '<') i++;
            k = i - pos;
            if (i < end) return k;
            if (!more()) return PART_ENDS;
        }
    }

    /**
     * The offset from {@link #pos} of the '>' closing the tag whose '<' is just before {@code from}, quotes
     * respected, reading more of the part as needed; {@link #PART_ENDS} or {@link #LT_INSIDE} when the part ends
     * first or a '<' comes inside it. The bytes that matter in a tag are few: the others are skipped in a tight
     * loop over what the buffer holds.
     */
    private int tagEnd(int from) throws XMLStreamException {
        int k = from;
        byte quote = 0;
        while (true) {
            int i = pos + k;
            int end = limit;
            byte[] b = buf;
            if (quote == 0) {
                while (i < end && TAG[b[i] & 0xFF] == 0) i++;
            } else {
                while (i < end && b[i] != quote) i++;
            }
            k = i - pos;
            if (i >= end) {
                if (!more()) return PART_ENDS;
                continue;
            }
            byte c = b[i];
            if (quote != 0) quote = 0;
            else if (c == '"' || c == '\'') quote = c;
            else if (c == '>') return k;
            else return LT_INSIDE;
            k++;
        }
    }

    /** Where a start tag's attributes end: its '/' of "/>" or its '>'. */
    public int attributesEnd() {
        return attrsEnd;
    }

    /** The current element's name, prefix included. */
    public int nameStart() {
        return nameStart;
    }

    public int nameEnd() {
        return nameEnd;
    }

    public int attributeCount() {
        return attrCount;
    }

    /** Whether attribute {@code a} of the current start tag is unprefixed and named {@code name}. */
    public boolean attributeIs(int a, String name) {
        return aColon[a] < 0 && aNameEnd[a] - aName[a] == name.length() && startsWith(aName[a], name);
    }

    /** The index of the current start tag's unprefixed attribute {@code name}, or -1. */
    public int attributeIndex(String name) {
        for (int a = 0; a < attrCount; a++) if (attributeIs(a, name)) return a;
        return -1;
    }

    /** Attribute {@code a}'s value, as {@link #attribute} gives it. */
    public String attributeValue(int a) {
        return decode(aValue[a], aValueEnd[a], true);
    }

    /** Whether attribute {@code a}'s value is {@code value} as it stands (ASCII, no reference). */
    public boolean attributeValueIs(int a, String value) {
        return aValueEnd[a] - aValue[a] == value.length() && startsWith(aValue[a], value);
    }

    /**
     * Attribute {@code a}'s value as a number of at most nine ASCII digits, read off the bytes; -1 when it is
     * anything else (the caller then reads its text): cell styles and row numbers, on every cell and row.
     */
    public int attributeDigits(int a) {
        int from = aValue[a];
        int to = aValueEnd[a];
        if (to == from || to - from > 9) return -1;
        int n = 0;
        for (int i = from; i < to; i++) {
            int d = buf[i] - '0';
            if (d < 0 || d > 9) return -1;
            n = n * 10 + d;
        }
        return n;
    }

    /**
     * The 0-based column of attribute {@code a}'s A1 reference ("AB12" is 27), read off the bytes; -1 when it starts
     * with no letter, and {@link Integer#MIN_VALUE} when it is not plain ASCII (the caller then reads its text).
     */
    public int attributeColumn(int a) {
        int from = aValue[a];
        int to = aValueEnd[a];
        int col = 0;
        int i = from;
        for (; i < to; i++) {
            int b = buf[i];
            if (b >= 'A' && b <= 'Z') col = col * 26 + (b - 'A' + 1);
            else if (b >= 'a' && b <= 'z') col = col * 26 + (b - 'a' + 1);
            else if (b < 0 || b == '&') return Integer.MIN_VALUE;
            else break;
        }
        return i == from ? -1 : col - 1;
    }

    /** Where attribute {@code a} starts (its name). */
    public int attributeStart(int a) {
        return aName[a];
    }

    /** Where attribute {@code a} ends: after its closing quote. */
    public int attributeEnd(int a) {
        return aValueEnd[a] + 1;
    }

    /**
     * Text or an attribute value as an XML parser gives it: line ends as '\n' (in an attribute, every line end and
     * tab as a space) and the references resolved (the five entities and character references).
     */
    private String decode(int from, int to, boolean attribute) {
        boolean plain = true;
        for (int i = from; i < to && plain; i++) {
            byte c = buf[i];
            plain = c != '&' && c != '\r' && !(attribute && (c == '\n' || c == '\t'));
        }
        if (plain) return new String(buf, from, to - from, StandardCharsets.UTF_8);
        String s = lineEnds(new String(buf, from, to - from, StandardCharsets.UTF_8));
        if (attribute) s = s.replace('\n', ' ').replace('\t', ' ');
        StringBuilder b = new StringBuilder(s.length());
        int i = 0;
        while (i < s.length()) {
            char c = s.charAt(i);
            int semi = c == '&' ? s.indexOf(';', i) : -1;
            if (semi < 0) {
                b.append(c);
                i++;
                continue;
            }
            String ref = s.substring(i + 1, semi);
            switch (ref) {
                case "amp" -> b.append('&');
                case "lt" -> b.append('<');
                case "gt" -> b.append('>');
                case "quot" -> b.append('"');
                case "apos" -> b.append('\'');
                default -> {
                    try {
                        int cp = ref.startsWith("#x") ? Integer.parseInt(ref.substring(2), 16)
                                : ref.startsWith("#") ? Integer.parseInt(ref.substring(1)) : -1;
                        if (cp < 0) b.append(s, i, semi + 1);
                        else b.appendCodePoint(cp);
                    } catch (IllegalArgumentException notANumber) {
                        b.append(s, i, semi + 1);
                    }
                }
            }
            i = semi + 1;
        }
        return b.toString();
    }

    private static String lineEnds(String s) {
        return s.indexOf('\r') < 0 ? s : s.replace("\r\n", "\n").replace('\r', '\n');
    }

    /** Makes at least {@code n} bytes from {@link #pos} available, or as many as the part has. */
    private void ensure(int n) throws XMLStreamException {
        while (limit - pos < n && more()) {
            // more() moved or read: try again
        }
    }

    /**
     * Reads more of the part: the bytes not yet consumed move to the buffer's start (the buffer doubles when a single
     * token fills it). False at the end of the part. Offsets into the buffer are relative to {@link #pos} across it.
     */
    private boolean more() throws XMLStreamException {
        if (eof) return false;
        if (pos > 0) {
            System.arraycopy(buf, pos, buf, 0, limit - pos);
            limit -= pos;
            pos = 0;
        }
        if (limit == buf.length) buf = Arrays.copyOf(buf, buf.length * 2);
        try {
            int n = in.read(buf, limit, buf.length - limit);
            if (n < 0) {
                eof = true;
                return false;
            }
            limit += n;
            return true;
        } catch (IOException e) {
            throw new XMLStreamException(e.getMessage(), e);
        }
    }

    private boolean startsWith(int at, String s) {
        if (at + s.length() > limit) return false;
        for (int i = 0; i < s.length(); i++) if (buf[at + i] != s.charAt(i)) return false;
        return true;
    }

    private int indexOf(int from, String s) {
        for (int i = from; i + s.length() <= limit; i++) if (startsWith(i, s)) return i;
        return -1;
    }

    private int indexOfByte(int from, int to, byte b) {
        for (int i = from; i < to; i++) if (buf[i] == b) return i;
        return -1;
    }

    private boolean blank(int from, int to) {
        for (int i = from; i < to; i++) if (!space(buf[i])) return false;
        return true;
    }

    private static boolean space(byte b) {
        return b <= ' ' && (b == ' ' || b == '\n' || b == '\r' || b == '\t');
    }

    /** Whether {@code len} bytes agree: element names are a few bytes, too short for a vectorised compare. */
    private static boolean same(byte[] a, int from, byte[] b, int bFrom, int len) {
        for (int i = 0; i < len; i++) if (a[from + i] != b[bFrom + i]) return false;
        return true;
    }
}
