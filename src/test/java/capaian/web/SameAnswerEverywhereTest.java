package capaian.web;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.http.HttpResponse;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.*;

/** One error vocabulary: the same file gets the same status and code on every route that reads it. */
class SameAnswerEverywhereTest {
    private static final String[] ROUTES = {"/api/v1/process", "/api/v1/process?include=cells", "/api/v1/process?include=workbook",
            "/api/v1/check"};

    @Test
    void aWorkbookOverALimitIs413BukuKerjaTerlaluBesarOnEveryRoute(@TempDir Path data) throws Exception {
        byte[] overLimit = HostileFiles.longCells(40_000); // a cell over Excel's 32,767 characters
        byte[] notAWorkbook = "%PDF-1.4 bukan buku kerja".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        try (TestServer s = TestServer.start(data)) {
            Client c = s.client();
            for (String route : ROUTES) {
                HttpResponse<String> r = c.upload(route, Multipart.file("panjang.xlsx", overLimit));
                assertEquals(413, r.statusCode(), route + ": " + r.body());
                assertEquals("BUKU_KERJA_TERLALU_BESAR", Client.json(r).get("code").getAsString(), route);
                HttpResponse<String> p = c.upload(route, Multipart.file("laporan.pdf", notAWorkbook));
                assertEquals(415, p.statusCode(), route + ": " + p.body());
                assertEquals("BUKAN_BUKU_KERJA", Client.json(p).get("code").getAsString(), route);
            }
        }
    }

    @Test
    void aDeadIoThreadOrAnErrorEndsTheProcessAndOtherExceptionsDoNot() {
        assertTrue(ProcessGuard.fatal(new Thread("XNIO-1 Accept"), new IllegalStateException()));
        assertTrue(ProcessGuard.fatal(new Thread("XNIO-1 I/O-2"), new RuntimeException()));
        assertTrue(ProcessGuard.fatal(new Thread("capaian-job-1"), new StackOverflowError()));
        assertFalse(ProcessGuard.fatal(new Thread("capaian-job-1"), new IllegalStateException()));
    }
}
