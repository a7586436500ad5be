package capaian.web;

import capaian.consolidate.ConsolidationFixtures;
import capaian.store.Role;
import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Base64;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The Bappeda rekap over HTTP: of stored submissions (latest version), of uploads and zips, and the OPD list. */
class RekapApiTest {

    @Test
    void rekapOfStoredSubmissionsUploadsAndTheOpdList(@TempDir Path data) throws Exception {
        try (TestServer s = TestServer.start(data)) {
            s.addStandardUsers();
            s.addUser("dinsos", Role.OPD, "1.06.0.00.0.00.01.0000");
            Client bkd = s.client();
            bkd.login("bkd", TestServer.PASSWORD);
            byte[] first = ConsolidationFixtures.lampiran("Badan Kepegawaian Daerah", TestServer.KODE_BKD, 2025, "II", 3, 1);
            byte[] second = ConsolidationFixtures.lampiran("Badan Kepegawaian Daerah", TestServer.KODE_BKD, 2025, "II", 5, 2);
            assertEquals(201, bkd.upload("/api/v1/submissions", Multipart.file("bkd.xlsx", first)).statusCode());
            assertEquals(201, bkd.upload("/api/v1/submissions", Multipart.file("bkd.xlsx", second)).statusCode());
            Client dinkes = s.client();
            dinkes.login("dinkes", TestServer.PASSWORD);
            byte[] dk = ConsolidationFixtures.lampiran("Dinas Kesehatan", TestServer.KODE_DINKES, 2025, "II", 4, 3);
            assertEquals(201, dinkes.upload("/api/v1/submissions", Multipart.file("dinkes.xlsx", dk)).statusCode());
            assertEquals(403, dinkes.get("/api/v1/rekap?tahun=2025&periode=II").statusCode());

            Client b = s.client();
            b.login("bappeda", TestServer.PASSWORD);
            HttpResponse<String> r = b.get("/api/v1/rekap?tahun=2025&periode=II");
            assertEquals(200, r.statusCode(), r.body());
            JsonObject rekap = Client.json(r);
            JsonArray opds = rekap.getAsJsonArray("opds");
            assertEquals(3, opds.size(), r.body()); // bkd (v2), dinkes, dinsos missing
            JsonObject bkdLine = find(opds, TestServer.KODE_BKD);
            assertEquals(5, bkdLine.get("subKegiatan").getAsInt(), "the latest version counts");
            assertTrue(bkdLine.get("catatan").getAsString().contains("versi"), bkdLine.toString());
            assertEquals("belum kirim", find(opds, "1.06.0.00.0.00.01.0000").get("status").getAsString());
            long pagu = bkdLine.get("pagu").getAsLong() + find(opds, TestServer.KODE_DINKES).get("pagu").getAsLong();
            assertEquals(pagu, rekap.getAsJsonObject("total").get("pagu").getAsLong());

            HttpResponse<byte[]> x = b.getBytes("/api/v1/rekap/xlsx?tahun=2025&periode=II");
            assertEquals(200, x.statusCode());
            try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(x.body()))) {
                assertNotNull(wb.getSheet("Rekap OPD"));
                assertEquals(1, wb.getSheet("Grafik").getDrawingPatriarch().getCharts().size());
            }

            // The OPD list: a JSON file replaces the accounts as the list of who should send.
            String list = "{\"opd\":[{\"kode\":\"" + TestServer.KODE_BKD + "\",\"nama\":\"BKD\",\"urusan\":\"Kepegawaian\"},"
                    + "{\"kode\":\"9.99.0.00.0.00.01.0000\",\"nama\":\"Dinas Baru\"}]}";
            HttpResponse<String> saved = b.upload("/api/v1/daftar-opd", Multipart.file("opd.json", list.getBytes(StandardCharsets.UTF_8)));
            assertEquals(200, saved.statusCode(), saved.body());
            JsonArray listed = Client.json(b.get("/api/v1/daftar-opd")).getAsJsonArray("opd");
            assertEquals(2, listed.size());
            JsonArray after = Client.json(b.get("/api/v1/rekap?tahun=2025&periode=II")).getAsJsonArray("opds");
            assertEquals("Kepegawaian", find(after, TestServer.KODE_BKD).get("urusan").getAsString());
            assertEquals("belum kirim", find(after, "9.99.0.00.0.00.01.0000").get("status").getAsString());

            // Uploaded files and a zip, one of them unreadable: the rest is still consolidated.
            ByteArrayOutputStream zip = new ByteArrayOutputStream();
            try (ZipOutputStream z = new ZipOutputStream(zip)) {
                z.putNextEntry(new ZipEntry("dinkes.xlsx"));
                z.write(dk);
                z.putNextEntry(new ZipEntry("rusak.xlsx"));
                z.write("bukan".getBytes(StandardCharsets.US_ASCII));
            }
            Multipart m = Multipart.file("bkd.xlsx", second).addFile("file", "kiriman.zip", zip.toByteArray());
            HttpResponse<String> up = b.upload("/api/v1/rekap", m);
            assertEquals(200, up.statusCode(), up.body());
            JsonObject answer = Client.json(up);
            JsonObject uploaded = answer.getAsJsonObject("rekap");
            assertEquals(1, uploaded.getAsJsonObject("info").get("tidakTerbaca").getAsInt());
            assertEquals(pagu, uploaded.getAsJsonObject("total").get("pagu").getAsLong());
            byte[] xlsx = Base64.getDecoder().decode(answer.get("workbookBase64").getAsString());
            try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
                assertNotNull(wb.getSheet("Detail"));
            }
        }
    }

    /**
     * The rekap takes ten times the upload limit in one request. Sent chunked (no Content-Length), such a body
     * used to meet Undertow's server-wide limit (one upload plus a megabyte) first: refused, and a stack trace
     * on the terminal.
     */
    @Test
    void aChunkedRekapUploadPastOneUploadLimitIsRead(@TempDir Path data) throws Exception {
        try (TestServer s = new TestServer(TestServer.config(data).withMaxUploadBytes(1024 * 1024))) {
            s.addStandardUsers();
            Client b = s.client();
            b.login("bappeda", TestServer.PASSWORD);
            byte[] dk = ConsolidationFixtures.lampiran("Dinas Kesehatan", TestServer.KODE_DINKES, 2025, "II", 4, 3);
            byte[] unreadable = new byte[3 * 1024 * 1024];
            Multipart m = Multipart.file("dinkes.xlsx", dk).addFile("file", "lain.xlsx", unreadable);
            HttpResponse<String> up = b.uploadChunked("/api/v1/rekap", m);
            assertEquals(200, up.statusCode(), up.body());
            JsonObject rekap = Client.json(up).getAsJsonObject("rekap");
            assertEquals(1, rekap.getAsJsonObject("info").get("tidakTerbaca").getAsInt(), up.body());
            assertEquals(1, rekap.getAsJsonObject("info").get("terkirim").getAsInt(), up.body());
        }
    }

    static JsonObject find(JsonArray opds, String kode) {
        for (JsonElement e : opds) {
            JsonObject o = e.getAsJsonObject();
            if (!o.get("kodeOpd").isJsonNull() && o.get("kodeOpd").getAsString().equals(kode)) return o;
        }
        throw new AssertionError("no OPD " + kode + " in " + opds);
    }
}
