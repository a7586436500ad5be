package capaian.web;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.google.gson.JsonObject;

import java.net.http.HttpResponse;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.*;

/** Anonymous routes, pages and the shape of errors, against the real server over HTTP. */
class ApiBasicsTest {
    @TempDir
    static Path data;
    static TestServer server;
    static Client client;

    @BeforeAll
    static void start() {
        server = TestServer.start(data);
        client = server.client();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void healthNamesTheProfileInForce() throws Exception {
        HttpResponse<String> r = client.get("/api/v1/health");
        assertEquals(200, r.statusCode());
        assertEquals("ok", Client.json(r).get("status").getAsString());
        assertEquals("default", Client.json(r).getAsJsonObject("profile").get("name").getAsString());
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("application/json"));
    }

    @Test
    void listsTheThreeTemplates() throws Exception {
        HttpResponse<String> r = client.get("/api/v1/templates");
        assertEquals(200, r.statusCode());
        assertEquals(3, Client.json(r).getAsJsonArray("templates").size());
    }

    @Test
    void availableTemplatesDownloadAsWorkbooks() throws Exception {
        for (var t : Client.json(client.get("/api/v1/templates")).getAsJsonArray("templates")) {
            JsonObject o = t.getAsJsonObject();
            if (!o.get("available").getAsBoolean()) continue;
            HttpResponse<byte[]> r = client.getBytes(o.get("url").getAsString());
            assertEquals(200, r.statusCode());
            assertEquals('P', r.body()[0]);
            assertTrue(r.headers().firstValue("Content-Disposition").orElse("").contains(o.get("file").getAsString()));
        }
    }

    /**
     * The Periksa page's answer streams the report beside the result workbook: it must be the very report the plain
     * JSON answer gives (nulls kept, the same figures), and the workbook a real package.
     */
    @Test
    void periksaBundleCarriesTheSameReportAsTheJsonAnswer() throws Exception {
        byte[] seed = java.nio.file.Files.readAllBytes(Path.of("examples/seed000-tw1-lampiran.xlsx"));
        JsonObject plain = Client.json(client.upload("/api/v1/process", Multipart.file("laporan.xlsx", seed)));
        HttpResponse<String> r = client.upload("/api/v1/process?include=workbook", Multipart.file("laporan.xlsx", seed));
        assertEquals(200, r.statusCode(), r.body());
        JsonObject bundle = Client.json(r);
        assertEquals(plain, bundle.getAsJsonObject("report"));
        assertTrue(plain.getAsJsonObject("header").keySet().containsAll(java.util.Set.of("kodeOpd", "opd", "tahun", "periode")),
                "every header field is written, null or not");
        assertTrue(bundle.get("resultName").getAsString().endsWith(".xlsx"));
        byte[] xlsx = java.util.Base64.getDecoder().decode(bundle.get("workbookBase64").getAsString());
        assertEquals('P', xlsx[0]);
        assertEquals('K', xlsx[1]);
    }

    @Test
    void unknownTemplateIsA404InJson() throws Exception {
        HttpResponse<String> r = client.get("/api/v1/templates/tidak-ada");
        assertEquals(404, r.statusCode());
        assertEquals("TIDAK_DITEMUKAN", Client.json(r).get("code").getAsString());
    }

    @Test
    void pagesAreServedWithStrictHeaders() throws Exception {
        for (String page : new String[] {"/", "/periksa", "/kirim", "/bappeda", "/masuk", "/app.js", "/app.css"}) {
            HttpResponse<String> r = client.get(page);
            assertEquals(200, r.statusCode(), page);
            assertTrue(r.headers().firstValue("Content-Security-Policy").orElse("").contains("default-src 'self'"), page);
            assertEquals("nosniff", r.headers().firstValue("X-Content-Type-Options").orElse(""), page);
            assertFalse(r.body().contains("http://") || r.body().contains("https://"), page + " must not load from a CDN");
        }
    }

    @Test
    void everyErrorIsCodeAndMessageWithoutAStackTrace() throws Exception {
        HttpResponse<String> notFound = client.get("/api/v1/tidak-ada");
        assertEquals(404, notFound.statusCode());
        assertEquals(java.util.Set.of("code", "message"), Client.json(notFound).keySet());

        HttpResponse<String> badMethod = client.http.send(client.request("/api/v1/health")
                .DELETE().build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(405, badMethod.statusCode());

        HttpResponse<String> badJson = client.postJson("/api/v1/session", "{bukan json");
        assertEquals(400, badJson.statusCode());
        assertFalse(badJson.body().contains("Exception"));
        assertFalse(badJson.body().contains("at capaian."));
    }

    @Test
    void uploadWithoutAFileIsExplained() throws Exception {
        HttpResponse<String> r = client.upload("/api/v1/process", new Multipart().field("form", "renja"));
        assertEquals(400, r.statusCode());
        assertEquals("BERKAS_TIDAK_ADA", Client.json(r).get("code").getAsString());
    }

    @Test
    void nonMultipartUploadIsA415() throws Exception {
        HttpResponse<String> r = client.postJson("/api/v1/process", "{}");
        assertEquals(415, r.statusCode());
        assertTrue(Client.json(r).get("message").getAsString().contains("multipart/form-data"));
    }

    @Test
    void nonWorkbookGetsAClearIndonesianMessage() throws Exception {
        HttpResponse<String> r = client.upload("/api/v1/process",
                Multipart.file("catatan.pdf", "%PDF-1.4 bukan buku kerja".getBytes()));
        assertEquals(415, r.statusCode());
        assertEquals("BUKAN_BUKU_KERJA", Client.json(r).get("code").getAsString());
        assertTrue(Client.json(r).get("message").getAsString().contains("bukan buku kerja Excel"));
    }

    @Test
    void unknownFormIsA400() throws Exception {
        HttpResponse<String> r = client.upload("/api/v1/check?form=lkjip", Multipart.file("a.xlsx", new byte[] {0x50, 0x4B, 3, 4}));
        assertEquals(400, r.statusCode());
        assertEquals("FORMULIR_TIDAK_DIKENAL", Client.json(r).get("code").getAsString());
    }

    @Test
    void anonymousCannotSubmitOrList() throws Exception {
        assertEquals(401, client.get("/api/v1/submissions").statusCode());
        assertEquals(401, client.upload("/api/v1/submissions", Multipart.file("a.xlsx", new byte[] {1})).statusCode());
        assertEquals(401, client.get("/api/v1/matrix?tahun=2025&periode=I").statusCode());
    }
}
