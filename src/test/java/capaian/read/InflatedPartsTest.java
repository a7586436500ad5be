package capaian.read;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.*;

/**
 * What the reader keeps for the write-back: exactly the bytes the part inflated to and their count, including what
 * the parser left unread; only the count when the part turns out larger than the budget; nothing when the part was
 * skipped over, closed by the parser or followed by much more than white space.
 */
class InflatedPartsTest {
    private static final byte[] SHEET = "<worksheet><sheetData/></worksheet>\r\n  \n".getBytes(StandardCharsets.UTF_8);
    private static final long EIGHT_MB = 8L << 20;

    /** Reads {@code stopAt} bytes the way a parser does (in blocks, then one byte at a time), then keeps. */
    private static void readAndKeep(InputStream in, int stopAt) throws IOException {
        byte[] block = new byte[7];
        int read = 0;
        while (read + block.length <= stopAt) read += in.read(block, 0, block.length);
        while (read < stopAt && in.read() >= 0) read++;
        InflatedParts.keep(in);
    }

    private static void readWholeAndKeep(InputStream in) throws IOException {
        byte[] block = new byte[64 * 1024];
        while (in.read(block) > 0) {
            // as a parser reads a part to its end
        }
        InflatedParts.keep(in);
    }

    @Test
    void keepsTheWholePartEvenWhatTheParserLeftUnread() throws IOException {
        InflatedParts kept = InflatedParts.withBudget(EIGHT_MB);
        InputStream in = kept.keeping("xl/worksheets/sheet1.xml", new ByteArrayInputStream(SHEET), SHEET.length);
        readAndKeep(in, 35); // up to </worksheet>, as the parser stops
        assertArrayEquals(SHEET, kept.get("xl/worksheets/sheet1.xml"));
        assertEquals(40, kept.size("xl/worksheets/sheet1.xml"));
        assertNull(kept.get("xl/worksheets/sheet2.xml"));
        assertEquals(-1, kept.size("xl/worksheets/sheet2.xml"));
    }

    @Test
    void aPartLargerThanItsEntryDeclaredIsKeptWhenItFitsTheBudget() throws IOException {
        InflatedParts kept = InflatedParts.withBudget(EIGHT_MB);
        InputStream in = kept.keeping("s.xml", new ByteArrayInputStream(SHEET), 3);
        readAndKeep(in, SHEET.length);
        assertArrayEquals(SHEET, kept.get("s.xml"));
    }

    @Test
    void aPartDeclaredBeyondTheBudgetIsOnlyCounted() throws IOException {
        InflatedParts kept = InflatedParts.withBudget(16);
        InputStream in = kept.keeping("big.xml", new ByteArrayInputStream(SHEET), SHEET.length);
        readAndKeep(in, SHEET.length);
        assertNull(kept.get("big.xml"), "40 bytes do not fit 16");
        assertEquals(40, kept.size("big.xml"), "but the size check need not inflate it again");
    }

    @Test
    void nothingIsLearntForAReadingWithoutWriteBack() throws IOException {
        InflatedParts none = InflatedParts.none();
        InputStream plain = new ByteArrayInputStream(SHEET);
        InputStream in = none.keeping("s.xml", plain, SHEET.length);
        assertSame(plain, in);
        readAndKeep(in, SHEET.length);
        assertNull(none.get("s.xml"));
        assertEquals(-1, none.size("s.xml"));
    }

    @Test
    void aPartThatInflatesBeyondTheBudgetWhateverItDeclaredIsOnlyCounted() throws IOException {
        InflatedParts kept = InflatedParts.withBudget(EIGHT_MB);
        byte[] lying = new byte[(8 << 20) + 1];
        InputStream in = kept.keeping("bomb.xml", new ByteArrayInputStream(lying), 10);
        byte[] block = new byte[64 * 1024];
        long total = 0;
        for (int n = in.read(block); n > 0; n = in.read(block)) total += n;
        assertEquals(lying.length, total, "the reader still gets every byte");
        InflatedParts.keep(in);
        assertNull(kept.get("bomb.xml"));
        assertEquals(lying.length, kept.size("bomb.xml"));
    }

    @Test
    void aSkippedClosedOrLongTrailedPartIsNotKept() throws IOException {
        InflatedParts kept = InflatedParts.withBudget(EIGHT_MB);
        InputStream skipped = kept.keeping("a.xml", new ByteArrayInputStream(SHEET), SHEET.length);
        assertEquals(5, skipped.skip(5));
        readAndKeep(skipped, SHEET.length - 5);
        assertNull(kept.get("a.xml"), "a copy with a hole would be a different sheet");
        assertEquals(-1, kept.size("a.xml"), "and its count would be short");

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
        assertEquals(-1, kept.size("b.xml"));

        byte[] trailed = new byte[SHEET.length + 100 * 1024]; // 100 KB after the root's end: not read to learn a size
        System.arraycopy(SHEET, 0, trailed, 0, SHEET.length);
        InputStream longTrail = kept.keeping("c.xml", new ByteArrayInputStream(trailed), trailed.length);
        readAndKeep(longTrail, 35);
        assertNull(kept.get("c.xml"));
        assertEquals(-1, kept.size("c.xml"));
    }

    @Test
    void theBudgetIsSharedByThePartsOfOneWorkbook() throws IOException {
        InflatedParts kept = InflatedParts.withBudget(EIGHT_MB);
        byte[] five = new byte[5 << 20];
        readWholeAndKeep(kept.keeping("one.xml", new ByteArrayInputStream(five), five.length));
        assertNotNull(kept.get("one.xml"));
        readWholeAndKeep(kept.keeping("two.xml", new ByteArrayInputStream(five), five.length));
        assertNull(kept.get("two.xml"), "5 MB more would pass 8 MB");
        assertEquals(five.length, kept.size("two.xml"));
    }

    @Test
    void theBudgetFollowsTheHeap() {
        long heap = Runtime.getRuntime().maxMemory();
        long expected = Math.max(EIGHT_MB, Math.min(64L << 20, heap / 16));
        InflatedParts kept = InflatedParts.kept();
        byte[] fits = new byte[(int) Math.min(expected, 1 << 20)];
        assertNotSame(fits, kept.keeping("x.xml", new ByteArrayInputStream(fits), expected), "a sheet of the whole budget is kept");
    }
}
