package capaian.write;

import capaian.bench.LampiranGenerator;
import capaian.job.IdleCores;
import capaian.process.Processor;
import capaian.rules.ProfileLoader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.xml.parsers.SAXParserFactory;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Random;
import java.util.function.IntSupplier;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import static org.junit.jupiter.api.Assertions.*;

class OffThreadOutputTest {
    @TempDir
    Path dir;

    @Test
    void everyByteArrivesInOrder() throws IOException {
        byte[] data = new byte[5_000_000];
        new Random(7).nextBytes(data);
        ByteArrayOutputStream target = new ByteArrayOutputStream();
        OffThreadOutput out = new OffThreadOutput(target, "test");
        Random sizes = new Random(8);
        int at = 0;
        while (at < data.length) {
            if (sizes.nextInt(10) == 0) {
                out.write(data[at++]);
                continue;
            }
            int n = Math.min(data.length - at, sizes.nextInt(70_000));
            out.write(data, at, n);
            at += n;
        }
        out.finish();
        out.finish(); // a second time changes nothing
        assertArrayEquals(data, target.toByteArray());
    }

    @Test
    void aPartHandedOverInSmallChunksArrivesWhole() throws IOException {
        // a 2,000-row form sheet's size, as the server hands it over when a core is idle
        byte[] data = new byte[1_717_830];
        new Random(9).nextBytes(data);
        ByteArrayOutputStream target = new ByteArrayOutputStream();
        OffThreadOutput.write(target, "test-small", o -> {
            for (int at = 0; at < data.length; at += 1000) o.write(data, at, Math.min(1000, data.length - at));
        }, OffThreadOutput.SMALL_CHUNK);
        assertArrayEquals(data, target.toByteArray());
    }

    @Test
    void aPartIsWorthAThreadFromFourMegabytesAlwaysAndFromOneWhileACoreIsIdle() {
        long mb = 1L << 20;
        IntSupplier idle = () -> 0;
        try {
            IdleCores.watch(idle);
            assertEquals(32 * 1024, OffThreadOutput.chunkFor(mb), "a 2,000-row sheet in a quiet server, in small chunks");
            assertEquals(0, OffThreadOutput.chunkFor(mb - 1), "just under 1 MB: stays on the request's thread");
            assertEquals(0, OffThreadOutput.chunkFor(-1), "a size not declared");
            assertEquals(256 * 1024, OffThreadOutput.chunkFor(4 * mb), "a 100,000-row sheet, in large chunks");
        } finally {
            IdleCores.stopWatching(idle);
        }
        // checked after this test's own watch is gone, so that no other test's server can be the one watched
        assertEquals(0, OffThreadOutput.chunkFor(mb), "no server watched: the command line's rule");
        assertEquals(256 * 1024, OffThreadOutput.chunkFor(4 * mb));
    }

    @Test
    void aFailureOfTheTargetReachesTheProducerWithoutHanging() {
        OutputStream broken = new OutputStream() {
            long n;

            @Override
            public void write(int b) throws IOException {
                write(new byte[]{(byte) b}, 0, 1);
            }

            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                n += len;
                if (n > 1_000_000) throw new IOException("disk full");
            }
        };
        IOException e = assertTimeoutPreemptively(Duration.ofSeconds(20), () -> assertThrows(IOException.class, () -> {
            OffThreadOutput out = new OffThreadOutput(broken, "test");
            byte[] block = new byte[100_000];
            for (int i = 0; i < 1_000; i++) out.write(block, 0, block.length);
            out.finish();
        }));
        assertEquals("disk full", e.getMessage());
    }

    @Test
    void anAbandonedPartLeavesNoThreadWaiting() throws Exception {
        OutputStream slow = new OutputStream() {
            @Override
            public void write(int b) { }

            @Override
            public void write(byte[] b, int off, int len) {
                try {
                    Thread.sleep(60_000);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        };
        OffThreadOutput out = new OffThreadOutput(slow, "test-abandoned");
        out.write(new byte[600_000], 0, 600_000);
        out.abandon();
        for (int i = 0; i < 100 && Thread.getAllStackTraces().keySet().stream().anyMatch(t -> t.getName().equals("test-abandoned")); i++) {
            Thread.sleep(20);
        }
        assertTrue(Thread.getAllStackTraces().keySet().stream().noneMatch(t -> t.getName().equals("test-abandoned")));
    }

    /** A form sheet over {@link OffThreadOutput#WORTH_IT} is deflated on its own thread: the result is whole. */
    @Test
    void aLargeFormIsWrittenWhole() throws Exception {
        Path in = dir.resolve("lampiran-20000.xlsx");
        LampiranGenerator.write(in, 20_000);
        Path out = dir.resolve("hasil.xlsx");
        try (ZipFile z = new ZipFile(in.toFile())) {
            assertTrue(z.getEntry("xl/worksheets/sheet1.xml").getSize() >= OffThreadOutput.WORTH_IT, "the form is large enough");
        }
        try (var bytes = Files.newInputStream(in)) {
            assertTrue(new Processor(ProfileLoader.defaultProfile()).process(bytes, "lampiran-20000.xlsx", null, null, out,
                    capaian.report.ReportDetail.SUMMARY).readable());
        }
        int[] rows = {0};
        int[] formulas = {0};
        try (ZipFile z = new ZipFile(out.toFile())) {
            ZipEntry sheet = z.getEntry("xl/worksheets/sheet1.xml");
            SAXParserFactory f = SAXParserFactory.newInstance();
            f.setNamespaceAware(true);
            f.newSAXParser().parse(z.getInputStream(sheet), new org.xml.sax.helpers.DefaultHandler() {
                @Override
                public void startElement(String uri, String local, String q, org.xml.sax.Attributes a) {
                    if (local.equals("row")) rows[0]++;
                    if (local.equals("f")) formulas[0]++;
                }
            }); // reading the entry to its end checks its CRC too
        }
        assertTrue(rows[0] >= 20_000, "rows: " + rows[0]);
        assertTrue(formulas[0] >= 20_000, "formulas: " + formulas[0]);
    }
}
