package capaian.write;

import javax.xml.stream.XMLStreamException;
import java.io.IOException;
import java.io.InputStream;

/**
 * What {@link SheetTransformer} needs of a sheet part's XML: its events (as {@link javax.xml.stream.XMLStreamConstants})
 * and, for the current one, its names and attributes and a copy of it to the output. {@link #open} gives the byte
 * cursor, which copies what it does not change as the bytes it read, for the UTF-8 every spreadsheet program writes;
 * a part in another encoding goes through the JDK's StAX reader.
 */
interface SheetCursor extends AutoCloseable {

    static SheetCursor open(InputStream in) throws IOException, XMLStreamException {
        return ByteCursor.open(in);
    }

    boolean hasNext() throws XMLStreamException;

    int next() throws XMLStreamException;

    /** Whether the current element is in SpreadsheetML's main namespace. */
    boolean isMain();

    boolean isLocal(String local);

    String localName();

    /** The current element's prefix, "" for none. */
    String prefix();

    /** The attribute {@code local} in namespace {@code ns} (null: no namespace), or null when absent. */
    String attribute(String ns, String local);

    /** The 0-based column of unprefixed attribute {@code name}'s A1 reference, or {@code absent} without it. */
    default int column(String name, int absent) {
        String ref = attribute(null, name);
        return ref == null ? absent : capaian.model.CellRef.columnIndex(ref);
    }

    /** Unprefixed attribute {@code name} as a number, or {@code absent} when it is missing or blank. */
    default int number(String name, int absent) {
        String v = attribute(null, name);
        return v == null || v.isBlank() ? absent : Integer.parseInt(v.trim());
    }

    /** The text of the current element, which has no child elements; the cursor is then at its end. */
    String elementText() throws XMLStreamException;

    /**
     * Writes the current start tag, left open (no '>'): its name, namespace declarations and attributes, except
     * {@code attr} (unprefixed) whose value becomes {@code value} (dropped when null; added when absent); all as they
     * are when {@code attr} is null.
     */
    void copyStart(XmlOut out, String attr, String value) throws IOException;

    /**
     * At a start tag, writes it whole and, when what the element holds is only text and elements none named
     * {@code avoid}, the rest of the element too, as it is: true, and the element has ended. Otherwise false, with
     * the start tag written (its '>' too) and the cursor inside the element. Every cell of a form the write-back
     * leaves alone went through the parser token by token only to be copied.
     */
    default boolean copyElement(XmlOut out, String avoid) throws IOException, XMLStreamException {
        copyStart(out, null, null);
        out.raw('>');
        return false;
    }

    /** Writes the current end tag. */
    void copyEnd(XmlOut out) throws IOException;

    /** Writes the current text, CDATA section, comment or processing instruction. */
    void copyContent(XmlOut out) throws IOException;

    @Override
    void close() throws XMLStreamException;
}
