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
        OffThreadOutput.write(target, "test", out -> {
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
        });
        assertArrayEquals(data, target.toByteArray());
    }

    /** The same parts zipped on the caller's thread and on a thread of its own (waiting busily): the same zip. */
    @Test
    void aPackageZippedOnItsOwnThreadHoldsWhatItWouldOnTheCallers() throws IOException {
        Path original = dir.resolve("original.zip");
        byte[] picture = new byte[300_000];
        new Random(3).nextBytes(picture); // does not shrink: copied as stored
        try (var z = new java.util.zip.ZipOutputStream(Files.newOutputStream(original))) {
            z.putNextEntry(new ZipEntry("xl/media/image1.png"));
            z.write(picture);
            z.putNextEntry(new ZipEntry("docProps/app.xml"));
            z.write("<Properties/>".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        }
        byte[] sheet = new byte[1_234_567];
        Random r = new Random(4);
        for (int i = 0; i < sheet.length; i++) sheet[i] = (byte) ('a' + r.nextInt(6)); // shrinks: deflated
        java.util.Map<String, byte[]> onCallers = parts(zip(original, sheet, false)), onItsOwn = parts(zip(original, sheet, true));
        assertEquals(java.util.List.of("xl/worksheets/sheet1.xml", "xl/media/image1.png", "xl/styles.xml", "docProps/app.xml"),
                java.util.List.copyOf(onItsOwn.keySet()), "the parts, in the order written");
        for (String name : onCallers.keySet()) assertArrayEquals(onCallers.get(name), onItsOwn.get(name), name);
        assertArrayEquals(sheet, onItsOwn.get("xl/worksheets/sheet1.xml"));
        assertArrayEquals(picture, onItsOwn.get("xl/media/image1.png"));
    }

    private byte[] zip(Path original, byte[] sheet, boolean ownThread) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PackageZip zip = ownThread ? PackageZip.onItsOwnThread(out, true) : PackageZip.onThisThread(out);
        try (ZipFile from = new ZipFile(original.toFile())) {
            zip.putEntry("xl/worksheets/sheet1.xml");
            for (int at = 0; at < sheet.length; at += 1000) zip.stream().write(sheet, at, Math.min(1000, sheet.length - at));
            zip.closeEntry();
            zip.copy(from, from.getEntry("xl/media/image1.png"));
            zip.putEntry("xl/styles.xml");
            zip.stream().write('<');
            zip.stream().write("styleSheet/>".getBytes(java.nio.charset.StandardCharsets.UTF_8));
            zip.closeEntry();
            zip.copy(from, from.getEntry("docProps/app.xml"));
            zip.finish();
        } finally {
            zip.abandon();
        }
        return out.toByteArray();
    }

    private static java.util.Map<String, byte[]> parts(byte[] zip) throws IOException {
        java.util.Map<String, byte[]> parts = new java.util.LinkedHashMap<>();
        try (var in = new java.util.zip.ZipInputStream(new java.io.ByteArrayInputStream(zip))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) parts.put(e.getName(), in.readAllBytes());
        }
        return parts;
    }

    /** Whether a core is idle is {@link IdleCores}'s to say (IdleCoresTest); here, what the zip does with it. */
    @Test
    void theZipIsWorthAThreadFromFourMegabytesAlwaysAndFrom128KilobytesWhileACoreIsIdle() {
        long kb = 1L << 10, mb = 1L << 20;
        assertTrue(PackageZip.worthAThread(128 * kb, true), "a 300-row sheet (250 KB) in a quiet server");
        assertFalse(PackageZip.worthAThread(128 * kb - 1, true), "just under 128 KB: stays on the request's thread");
        assertFalse(PackageZip.worthAThread(-1, true), "a size not declared");
        assertTrue(PackageZip.worthAThread(4 * mb, true));
        assertFalse(PackageZip.worthAThread(mb, false), "no core idle (or no server): the command line's rule");
        assertFalse(PackageZip.worthAThread(4 * mb - 1, false));
        assertTrue(PackageZip.worthAThread(4 * mb, false), "a 100,000-row sheet, always");
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
        IOException e = assertTimeoutPreemptively(Duration.ofSeconds(20), () -> assertThrows(IOException.class, () ->
                OffThreadOutput.write(broken, "test", out -> {
                    byte[] block = new byte[100_000];
                    for (int i = 0; i < 1_000; i++) out.write(block, 0, block.length);
                })));
        assertEquals("disk full", e.getMessage());
    }

    @Test
    void anAbandonedPartLeavesNoThreadWaiting() throws Exception {
        java.util.concurrent.atomic.AtomicInteger writes = new java.util.concurrent.atomic.AtomicInteger();
        OutputStream slow = new OutputStream() {
            @Override
            public void write(int b) { }

            @Override
            public void write(byte[] b, int off, int len) {
                writes.incrementAndGet();
                try {
                    Thread.sleep(60_000);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        };
        OffThread thread = new OffThread("test-abandoned", true);
        OffThreadOutput out = new OffThreadOutput(thread, slow);
        out.write(new byte[300_000], 0, 300_000); // five chunks: the queue takes them all while the first is written
        out.handOver();
        for (int i = 0; i < 250 && writes.get() == 0; i++) Thread.sleep(20); // the thread is inside the first write
        thread.abandon();
        // the pooled thread stays, under its pool name, neither writing nor waiting for this part
        for (int i = 0; i < 100 && Thread.getAllStackTraces().keySet().stream().anyMatch(t -> t.getName().equals("test-abandoned")); i++) {
            Thread.sleep(20);
        }
        assertTrue(Thread.getAllStackTraces().keySet().stream().noneMatch(t -> t.getName().equals("test-abandoned")));
        assertEquals(1, writes.get(), "the chunk being written when abandoned, none of the four still queued");
    }

    /** A form sheet over {@link PackageZip#WORTH_IT} is deflated on its own thread: the result is whole. */
    @Test
    void aLargeFormIsWrittenWhole() throws Exception {
        Path in = dir.resolve("lampiran-20000.xlsx");
        LampiranGenerator.write(in, 20_000);
        Path out = dir.resolve("hasil.xlsx");
        try (ZipFile z = new ZipFile(in.toFile())) {
            assertTrue(z.getEntry("xl/worksheets/sheet1.xml").getSize() >= PackageZip.WORTH_IT, "the form is large enough");
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
