package capaian.web;

import com.google.gson.JsonObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import static org.junit.jupiter.api.Assertions.*;

/**
 * The Bappeda rekap upload refuses zip bombs while inflating them (issue 14: a 3.1 MB zip wrote 3.19 GB to /tmp):
 * one huge entry, and many entries each below the per-workbook limit. Everything the test JVM writes during the
 * request (the kernel's count of bytes passed to write calls, sockets and logs included) stays under 50 MB, and
 * nothing is left in the data directory's spool.
 */
class RekapZipBombTest {
    private static final long MB = 1024 * 1024;

    @Test
    @Timeout(value = 180, unit = TimeUnit.SECONDS)
    void zipBombsAreRefusedWithAClearMessageAndLittleWritten(@TempDir Path data) throws Exception {
        byte[] oneHuge = bomb(1, 1024 * MB);   // one "workbook" of 1 GB of zeros
        byte[] many = bomb(100, 15 * MB);      // 100 of 15 MB: each under the 20 MB workbook limit, 1.5 GB in all
        try (TestServer s = TestServer.start(data)) {
            s.addStandardUsers();
            Client b = s.client();
            b.login("bappeda", TestServer.PASSWORD);
            for (byte[] zip : new byte[][] {oneHuge, many}) {
                long before = writtenByThisProcess();
                HttpResponse<String> r = b.upload("/api/v1/rekap", Multipart.file("kiriman.zip", zip));
                long written = writtenByThisProcess() - before;
                System.out.println("zip bomb of " + zip.length + " bytes: " + r.statusCode() + ", written " + written + " bytes");
                assertEquals(413, r.statusCode(), r.body());
                JsonObject e = Client.json(r);
                assertEquals("ARSIP_TERLALU_BESAR", e.get("code").getAsString());
                assertTrue(e.get("message").getAsString().startsWith("Arsip \"kiriman.zip\""), e.toString());
                assertTrue(e.get("message").getAsString().contains("ditolak"), e.toString());
                assertTrue(written < 50 * MB, "written " + written + " bytes");
                try (Stream<Path> left = Files.list(data.resolve("tmp"))) {
                    assertEquals(0, left.count(), "nothing left in the spool");
                }
            }
        }
    }

    /** A zip of {@code entries} .xlsx entries of {@code size} zero bytes each (about 1,000:1). */
    static byte[] bomb(int entries, long size) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] zeros = new byte[(int) MB];
        try (ZipOutputStream z = new ZipOutputStream(out)) {
            z.setLevel(Deflater.BEST_SPEED);
            for (int i = 0; i < entries; i++) {
                z.putNextEntry(new ZipEntry("opd-" + i + ".xlsx"));
                for (long n = 0; n < size; n += zeros.length) z.write(zeros);
                z.closeEntry();
            }
        }
        return out.toByteArray();
    }

    /** wchar of /proc/self/io: every byte this JVM passed to a write system call. */
    static long writtenByThisProcess() throws Exception {
        Matcher m = Pattern.compile("wchar: (\\d+)").matcher(Files.readString(Path.of("/proc/self/io")));
        assertTrue(m.find());
        return Long.parseLong(m.group(1));
    }
}
