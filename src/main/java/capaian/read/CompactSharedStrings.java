package capaian.read;

import org.xml.sax.Attributes;
import org.xml.sax.helpers.DefaultHandler;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

/**
 * The shared strings table as plain strings, within the {@link Limits}: POI's read-only table keeps a rich
 * text object per entry (heavy for a million entries) and trusts the declared count. Phonetic runs are left
 * out, as Excel shows them.
 */
final class CompactSharedStrings extends DefaultHandler {
    private final Limits limits;
    private final List<String> strings = new ArrayList<>();
    private final StringBuilder current = new StringBuilder();
    private long chars;
    private boolean inText;
    private boolean inPhonetic;

    private CompactSharedStrings(Limits limits) {
        this.limits = limits;
    }

    /** A package without shared strings: any cell that refers to one is a broken file. */
    static CompactSharedStrings empty(Limits limits) {
        return new CompactSharedStrings(limits);
    }

    static CompactSharedStrings read(InputStream part, Limits limits) throws Exception {
        CompactSharedStrings table = new CompactSharedStrings(limits);
        try (InputStream in = limits.bounded(part)) {
            SecureXml.parse(in, table);
        }
        return table;
    }

    /** The text of entry {@code index}; a reference past the table is a broken file. */
    String text(int index) {
        if (index < 0 || index >= strings.size()) throw new IllegalStateException("shared string " + index + " out of range");
        return strings.get(index);
    }

    @Override
    public void startElement(String uri, String localName, String qName, Attributes atts) {
        switch (localName) {
            case "si" -> current.setLength(0);
            case "t" -> inText = !inPhonetic;
            case "rPh" -> inPhonetic = true;
            default -> { }
        }
    }

    @Override
    public void endElement(String uri, String localName, String qName) {
        switch (localName) {
            case "si" -> {
                chars += current.length();
                strings.add(current.toString());
                limits.checkSharedStrings(strings.size(), chars);
            }
            case "t" -> inText = false;
            case "rPh" -> inPhonetic = false;
            default -> { }
        }
    }

    @Override
    public void characters(char[] ch, int start, int length) {
        if (!inText) return;
        current.append(ch, start, length);
        limits.checkCellChars(current.length());
    }
}
