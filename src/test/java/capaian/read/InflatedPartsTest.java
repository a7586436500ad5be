package capaian.read;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.*;

/**
 * What the reader keeps for the write-back: exactly the bytes the part inflated to, including what the parser left
 * unread, and nothing when the part turns out larger than its entry said, was skipped over or closed by the parser.
 */
class InflatedPartsTest {
    private static final byte[] SHEET = "<worksheet><sheetData/></worksheet>\r\n  \n".getBytes(StandardCharsets.UTF_8);

    /** Reads {@code stopAt} bytes the way a parser does (in blocks, then one byte at a time), then keeps. */
    private static void readAndKeep(InputStream in, int stopAt) throws IOException {
        byte[] block = new byte[7];
        int read = 0;
        while (read + block.length <= stopAt) read += in.read(block, 0, block.length);
        while (read < stopAt && in.read() >= 0) read++;
        InflatedParts.keep(in);
    }

    @Test
    void keepsTheWholePartEvenWhatTheParserLeftUnread() throws IOException {
        InflatedParts kept = InflatedParts.kept();
        InputStream in = kept.keeping("xl/worksheets/sheet1.xml", new ByteArrayInputStream(SHEET), SHEET.length);
        readAndKeep(in, 36); // up to </worksheet>, as the parser stops
        assertArrayEquals(SHEET, kept.get("xl/worksheets/sheet1.xml"));
        assertNull(kept.get("xl/worksheets/sheet2.xml"));
    }

    @Test
    void aPartLargerThanItsEntryDeclaredIsKeptWhenItFitsTheBudget() throws IOException {
        InflatedParts kept = InflatedParts.kept();
        InputStream in = kept.keeping("s.xml", new ByteArrayInputStream(SHEET), 3);
        readAndKeep(in, SHEET.length);
        assertArrayEquals(SHEET, kept.get("s.xml"));
    }

    @Test
    void aPartDeclaredBeyondTheBudgetIsStreamedNotKept() throws IOException {
        InflatedParts kept = InflatedParts.kept();
        InputStream plain = new ByteArrayInputStream(SHEET);
        assertSame(plain, kept.keeping("big.xml", plain, 9L << 20), "over 8 MB: the stream as it was");
        assertSame(plain, kept.keeping("unknown.xml", plain, -1), "size unknown");
        InflatedParts none = InflatedParts.none();
        InputStream in = none.keeping("s.xml", plain, SHEET.length);
        assertSame(plain, in);
        readAndKeep(in, SHEET.length);
        assertNull(none.get("s.xml"));
    }

    @Test
    void aPartThatInflatesBeyondTheBudgetWhateverItDeclaredIsNotKept() throws IOException {
        InflatedParts kept = InflatedParts.kept();
        byte[] lying = new byte[(8 << 20) + 1];
        InputStream in = kept.keeping("bomb.xml", new ByteArrayInputStream(lying), 10);
        byte[] block = new byte[64 * 1024];
        long total = 0;
        for (int n = in.read(block); n > 0; n = in.read(block)) total += n;
        assertEquals(lying.length, total, "the reader still gets every byte");
        InflatedParts.keep(in);
        assertNull(kept.get("bomb.xml"));
    }

    @Test
    void aSkippedOrClosedPartIsNotKept() throws IOException {
        InflatedParts kept = InflatedParts.kept();
        InputStream skipped = kept.keeping("a.xml", new ByteArrayInputStream(SHEET), SHEET.length);
        assertEquals(5, skipped.skip(5));
        readAndKeep(skipped, SHEET.length - 5);
        assertNull(kept.get("a.xml"), "a copy with a hole would be a different sheet");

        InputStream closed = kept.keeping("b.xml", new InputStream() {
            private boolean open = true;
            private int left = 10;

            @Override
            public int read() throws IOException {
                if (!open) throw new IOException("Stream closed");
                return left-- > 0 ? 'x' : -1;
            }

            @Override
            public void close() {
                open = false;
            }
        }, 10);
        assertEquals('x', closed.read());
        closed.close(); // as the JDK's SAX parser does at the end of a document
        InflatedParts.keep(closed);
        assertNull(kept.get("b.xml"));
    }

    @Test
    void theBudgetIsSharedByThePartsOfOneWorkbook() throws IOException {
        InflatedParts kept = InflatedParts.kept();
        byte[] five = new byte[5 << 20];
        InputStream first = kept.keeping("one.xml", new ByteArrayInputStream(five), five.length);
        readAndKeep(first, 0);
        assertNotNull(kept.get("one.xml"));
        InputStream second = new ByteArrayInputStream(five);
        assertSame(second, kept.keeping("two.xml", second, five.length), "5 MB more would pass 8 MB");
    }
}
