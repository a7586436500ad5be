package capaian.web;

import capaian.cli.Main;
import capaian.form.Forms;
import capaian.form.Role;
import capaian.form.SheetDefinition;
import capaian.write.FormFiller;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Templates follow the rules profile in force: a server started with --profile X, and the template command with
 * --profile X, hand out templates whose Kategori formula uses X's bands (here lkj-ordinal, RULES 7: > 85 Sangat
 * Berhasil ...) instead of the default's permendagri-86-2017 (>= 91 Sangat Tinggi ...).
 */
class ProfileTemplatesTest {
    static final SheetDefinition DEF = Forms.LAMPIRAN_REALISASI.mainSheet();

    @Test
    void aServerWithAnotherProfileHandsOutItsTemplates(@TempDir Path dir) throws Exception {
        Path profile = lkjProfile(dir);
        ServerConfig base = TestServer.config(dir.resolve("data"));
        ServerConfig c = new ServerConfig(base.host(), base.port(), base.dataDir(), base.maxUploadBytes(), base.maxJobs(),
                base.jobTimeout(), base.queueWait(), base.sessionLifetime(), profile, base.publicUrl(), base.officeJsUrl(),
                base.tlsKeystore(), base.tlsPassword(), base.fairness());
        try (TestServer s = new TestServer(c)) {
            String kategori = kategoriFormula(download(s, "lampiran-realisasi"));
            assertTrue(kategori.contains("Sangat Berhasil") && kategori.contains("85"), kategori);
            assertFalse(kategori.contains("Sangat Tinggi"), kategori);
            assertTrue(s.client().get("/api/v1/templates").body().contains("\"available\":true"));
        }
        try (TestServer s = TestServer.start(dir.resolve("data2"))) {
            byte[] shipped = download(s, "lampiran-realisasi");
            String kategori = kategoriFormula(shipped);
            assertTrue(kategori.contains("Sangat Tinggi") && kategori.contains("91"), kategori);
            try (InputStream in = Files.newInputStream(Path.of("templates-xlsx", Forms.LAMPIRAN_REALISASI.file()))) {
                assertTrue(java.util.Arrays.equals(in.readAllBytes(), shipped), "the default profile serves the committed file");
            }
        }
    }

    @Test
    void theTemplateCommandTakesAProfile(@TempDir Path dir) throws Exception {
        Path profile = lkjProfile(dir);
        Path out = dir.resolve("lampiran.xlsx");
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int rc = Main.run(new String[]{"template", "lampiran-realisasi", "-o", out.toString(), "--profile", profile.toString()},
                new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        assertEquals(0, rc, err.toString(StandardCharsets.UTF_8));
        String kategori = kategoriFormula(Files.readAllBytes(out));
        assertTrue(kategori.contains("Sangat Berhasil"), kategori);
        assertFalse(kategori.contains("Sangat Tinggi"), kategori);
    }

    /** The default profile with capaian categorised on lkj-ordinal. */
    static Path lkjProfile(Path dir) throws Exception {
        String json;
        try (InputStream in = ProfileTemplatesTest.class.getResourceAsStream("/capaian/rules/default-profile.json")) {
            json = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        JsonObject p = JsonParser.parseString(json).getAsJsonObject();
        p.addProperty("name", "uji-lkj");
        p.getAsJsonObject("capaian").addProperty("scale", "lkj-ordinal");
        Path file = dir.resolve("lkj.json");
        Files.writeString(file, p.toString());
        return file;
    }

    private static byte[] download(TestServer s, String id) throws Exception {
        HttpResponse<byte[]> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create(s.server.uri() + "/api/v1/templates/" + id)).build(), HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, r.statusCode());
        return r.body();
    }

    /** The Kategori formula of the first data row. */
    private static String kategoriFormula(byte[] workbook) throws Exception {
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(workbook))) {
            int c = DEF.columns().indexOf(DEF.column(Role.KATEGORI).orElseThrow());
            XSSFCell cell = wb.getSheet(DEF.name()).getRow(FormFiller.dataRow(DEF, 0)).getCell(c);
            return cell.getCellFormula();
        }
    }
}
