package capaian.web;

import capaian.store.Submission;
import capaian.store.User;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.http.HttpResponse;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.*;

/** Who sees which submission, the Bappeda matrix and verdicts, and what survives a restart. */
class SubmissionAccessTest {
    @TempDir
    Path data;

    @Test
    void opdSeesOnlyItsOwnAndBappedaSeesAll() throws Exception {
        try (TestServer s = TestServer.start(data)) {
            s.addStandardUsers();
            User bkd = s.server.store().findUser("bkd").orElseThrow();
            User dinkes = s.server.store().findUser("dinkes").orElseThrow();
            Submission mine = StoredSubmissions.add(s, data, bkd, 2025, "I", "lampiran-realisasi", new byte[] {1, 2, 3}, false);
            Submission theirs = StoredSubmissions.add(s, data, dinkes, 2025, "I", "lampiran-realisasi", new byte[] {4, 5, 6}, true);

            Client c = s.client();
            c.login("bkd", TestServer.PASSWORD);
            assertEquals(200, c.get("/api/v1/submissions/" + mine.id()).statusCode());
            assertArrayEquals(new byte[] {1, 2, 3}, c.getBytes("/api/v1/submissions/" + mine.id() + "/original").body());
            for (String tail : new String[] {"", "/original", "/result", "/report"}) {
                int status = c.get("/api/v1/submissions/" + theirs.id() + tail).statusCode();
                assertTrue(status == 403 || status == 404, tail + " gave " + status);
            }
            JsonArray list = Client.json(c.get("/api/v1/submissions?opd=" + TestServer.KODE_DINKES)).getAsJsonArray("submissions");
            assertEquals(1, list.size(), "the opd filter cannot widen an OPD user's view");
            assertEquals(TestServer.KODE_BKD, list.get(0).getAsJsonObject().get("kodeOpd").getAsString());

            Client b = s.client();
            b.login("bappeda", TestServer.PASSWORD);
            assertEquals(2, Client.json(b.get("/api/v1/submissions?tahun=2025")).getAsJsonArray("submissions").size());
            assertArrayEquals(new byte[] {4, 5, 6}, b.getBytes("/api/v1/submissions/" + theirs.id() + "/original").body());
            HttpResponse<byte[]> result = b.getBytes("/api/v1/submissions/" + theirs.id() + "/result");
            assertEquals(200, result.statusCode());
            // the form's own name pattern, never the uploaded name
            assertTrue(result.headers().firstValue("Content-Disposition").orElse("").contains("filename=\"hasil-" + theirs.key().kodeOpd()
                    + "-lampiran-realisasi-" + theirs.key().tahun() + "-tw" + theirs.key().periode() + ".xlsx\""),
                    result.headers().firstValue("Content-Disposition").orElse(""));
            assertEquals("lampiran-realisasi", Client.json(b.get("/api/v1/submissions/" + theirs.id() + "/report"))
                    .get("form").getAsString());
            assertEquals(404, b.get("/api/v1/submissions/99999").statusCode());
            assertEquals(404, b.get("/api/v1/submissions/abc").statusCode());
        }
    }

    @Test
    void matrixShowsLatestStatusPerOpdAndFormAndBappedaCanReject() throws Exception {
        try (TestServer s = TestServer.start(data)) {
            s.addStandardUsers();
            User bkd = s.server.store().findUser("bkd").orElseThrow();
            StoredSubmissions.add(s, data, bkd, 2025, "II", "lampiran-realisasi", new byte[] {1}, true);
            Submission v2 = StoredSubmissions.add(s, data, bkd, 2025, "II", "lampiran-realisasi", new byte[] {2}, false);
            StoredSubmissions.add(s, data, bkd, 2025, "Tahunan", "renja", new byte[] {3}, false);

            Client b = s.client();
            b.login("bappeda", TestServer.PASSWORD);
            JsonObject m = Client.json(b.get("/api/v1/matrix?tahun=2025&periode=TW%20II"));
            assertEquals("II", m.get("periode").getAsString());
            JsonArray rows = m.getAsJsonArray("rows");
            assertEquals(2, rows.size(), "both OPD accounts appear, with or without submissions");
            JsonObject bkdRow = find(rows, TestServer.KODE_BKD);
            assertEquals("diterima", cell(bkdRow, "lampiran-realisasi").get("status").getAsString());
            assertEquals(2, cell(bkdRow, "lampiran-realisasi").getAsJsonObject("latest").get("version").getAsInt());
            assertEquals("diterima", cell(bkdRow, "renja").get("status").getAsString(), "the Renja is yearly");
            assertEquals("belum", cell(bkdRow, "monitoring-capaian").get("status").getAsString());
            assertEquals("belum", cell(find(rows, TestServer.KODE_DINKES), "lampiran-realisasi").get("status").getAsString());

            HttpResponse<String> rejected = b.postJson("/api/v1/submissions/" + v2.id() + "/status",
                    "{\"status\":\"ditolak\",\"catatan\":\"Pagu tidak sesuai DPA\"}");
            assertEquals(200, rejected.statusCode());
            assertEquals("dikembalikan", Client.json(rejected).get("status").getAsString());
            assertEquals(400, b.postJson("/api/v1/submissions/" + v2.id() + "/status", "{\"status\":\"hilang\"}").statusCode());

            Client c = s.client();
            c.login("bkd", TestServer.PASSWORD);
            JsonObject own = Client.json(c.get("/api/v1/submissions/" + v2.id()));
            assertEquals("dikembalikan", own.get("status").getAsString());
            assertEquals("Pagu tidak sesuai DPA", own.get("statusNote").getAsString());
        }
    }

    @Test
    void submissionsAccountsAndFilesSurviveARestart() throws Exception {
        long id;
        byte[] original = "isi asli, byte demi byte \u0000\u00ff".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
        try (TestServer s = TestServer.start(data)) {
            s.addStandardUsers();
            id = StoredSubmissions.add(s, data, s.server.store().findUser("bkd").orElseThrow(), 2025, "I", "renja",
                    original, false).id();
        }
        try (TestServer s = TestServer.start(data)) {
            Client c = s.client();
            assertEquals(200, c.login("bkd", TestServer.PASSWORD).statusCode());
            assertArrayEquals(original, c.getBytes("/api/v1/submissions/" + id + "/original").body());
            assertEquals(1, Client.json(c.get("/api/v1/submissions")).getAsJsonArray("submissions").size());
            assertTrue(s.server.store().hasActiveBappeda());
        }
    }

    private static JsonObject find(JsonArray rows, String kode) {
        for (var r : rows) if (r.getAsJsonObject().get("kodeOpd").getAsString().equals(kode)) return r.getAsJsonObject();
        throw new AssertionError("no row for " + kode);
    }

    private static JsonObject cell(JsonObject row, String form) {
        for (var c : row.getAsJsonArray("cells")) if (c.getAsJsonObject().get("form").getAsString().equals(form)) return c.getAsJsonObject();
        throw new AssertionError("no cell for " + form);
    }
}
