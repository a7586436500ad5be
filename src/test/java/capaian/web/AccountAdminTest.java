package capaian.web;

import capaian.store.Role;
import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.*;

/**
 * An admin's day over HTTP: the registry imported, accounts made for it at once with a workbook of first passwords,
 * one OPD changing its own, a reset, a disable and enable; the matrix names the OPDs from the registry, the audit
 * log tells it all, and a restart keeps everything.
 */
public class AccountAdminTest {
    @TempDir
    Path data;

    static final String REGISTRY = "[{\"kode\":\"1.01.0.00.0.00.01.0000\",\"nama\":\"Dinas Pendidikan\",\"urusan\":\"Pendidikan\"},"
            + "{\"kode\":\"1.02.0.00.0.00.01.0000\",\"nama\":\"Dinas Kesehatan\",\"urusan\":\"Kesehatan\"},"
            + "{\"kode\":\"5.03.0.00.0.00.01.0000\",\"nama\":\"Badan Kepegawaian Daerah\"}]";

    @Test
    void registryAccountsFirstPasswordsAndTheAuditLogAcrossARestart() throws Exception {
        Map<String, String> firstPasswords = new LinkedHashMap<>();
        try (TestServer s = TestServer.start(data)) {
            s.addUser("kepala", Role.BAPPEDA, null);
            s.server.store().setAdmin("kepala", true);
            Client admin = s.client();
            assertEquals(200, admin.login("kepala", TestServer.PASSWORD).statusCode());

            HttpResponse<String> imported = admin.upload("/api/v1/opd/import", Multipart.file("opd.json", REGISTRY.getBytes(StandardCharsets.UTF_8)));
            assertEquals(200, imported.statusCode(), imported.body());
            assertEquals(3, Client.json(imported).get("added").getAsInt());

            HttpResponse<String> bulk = admin.postJson("/api/v1/users/bulk", "{}");
            assertEquals(201, bulk.statusCode(), bulk.body());
            JsonObject b = Client.json(bulk);
            JsonArray accounts = b.getAsJsonArray("accounts");
            assertEquals(3, accounts.size());
            for (JsonElement e : accounts) {
                JsonObject a = e.getAsJsonObject();
                assertTrue(a.get("password").getAsString().matches("[a-z2-9]{4}-[a-z2-9]{4}-[a-z2-9]{4}"), a.toString());
                firstPasswords.put(a.get("username").getAsString(), a.get("password").getAsString());
            }
            assertEquals(List.of("dinas-pendidikan", "dinas-kesehatan", "badan-kepegawaian-daerah"), new ArrayList<>(firstPasswords.keySet()),
                    "user names from the OPD names, in registry (kode) order");
            // The workbook to hand out carries the same three lines.
            List<List<String>> rows = firstPasswordRows(Base64.getDecoder().decode(b.get("workbookBase64").getAsString()));
            assertEquals(3, rows.size());
            assertEquals(List.of("2", "1.02.0.00.0.00.01.0000", "Dinas Kesehatan", "dinas-kesehatan", firstPasswords.get("dinas-kesehatan")),
                    rows.get(1));
            assertTrue(b.get("fileName").getAsString().matches("kata-sandi-pertama-\\d{4}-\\d{2}-\\d{2}\\.xlsx"), b.get("fileName").getAsString());

            HttpResponse<String> again = admin.postJson("/api/v1/users/bulk", "{}");
            assertEquals(422, again.statusCode());
            assertTrue(Client.json(again).get("message").getAsString().startsWith("Semua 3 OPD di daftar sudah punya akun"));

            // The OPD logs in with its first password and chooses its own.
            Client dinkes = s.client();
            assertEquals(200, dinkes.login("dinas-kesehatan", firstPasswords.get("dinas-kesehatan")).statusCode());
            assertEquals(403, dinkes.get("/api/v1/submissions").statusCode());
            assertEquals(200, dinkes.postJson("/api/v1/password", "{\"currentPassword\":\"" + firstPasswords.get("dinas-kesehatan")
                    + "\",\"newPassword\":\"sehat-selalu-2025\"}").statusCode());
            assertEquals(200, dinkes.get("/api/v1/submissions").statusCode());

            // Reset: the old password stops working, the new one must be changed again.
            HttpResponse<String> reset = admin.postJson("/api/v1/users/dinas-kesehatan/reset", "{}");
            assertEquals(200, reset.statusCode(), reset.body());
            String fresh = Client.json(reset).getAsJsonArray("accounts").get(0).getAsJsonObject().get("password").getAsString();
            assertEquals(401, dinkes.get("/api/v1/submissions").statusCode(), "the reset ended its session");
            assertEquals(401, s.client().login("dinas-kesehatan", "sehat-selalu-2025").statusCode());
            HttpResponse<String> withFresh = s.client().login("dinas-kesehatan", fresh);
            assertTrue(Client.json(withFresh).getAsJsonObject("user").get("mustChangePassword").getAsBoolean());

            assertEquals(200, admin.postJson("/api/v1/users/dinas-pendidikan/disable", "{}").statusCode());
            assertEquals(401, s.client().login("dinas-pendidikan", firstPasswords.get("dinas-pendidikan")).statusCode());
            assertEquals(200, admin.postJson("/api/v1/users/dinas-pendidikan/enable", "{}").statusCode());
            assertEquals(200, s.client().login("dinas-pendidikan", firstPasswords.get("dinas-pendidikan")).statusCode());
            HttpResponse<String> self = admin.postJson("/api/v1/users/kepala/disable", "{}");
            assertEquals(422, self.statusCode());
            assertEquals("AKUN_TIDAK_SAH", Client.json(self).get("code").getAsString());

            // A Bappeda account, one at a time, without admin power.
            HttpResponse<String> staff = admin.postJson("/api/v1/users", "{\"role\":\"bappeda\",\"username\":\"staf\",\"displayName\":\"Staf Perencana\"}");
            assertEquals(201, staff.statusCode(), staff.body());
            assertFalse(s.server.store().findUser("staf").orElseThrow().isAdmin());
            assertEquals(422, admin.postJson("/api/v1/users", "{\"role\":\"opd\",\"kodeOpd\":\"9.99\"}").statusCode(),
                    "an OPD account names an OPD of the registry");
        }

        // A restart keeps the registry, the accounts and their state, and the log.
        try (TestServer s = TestServer.start(data)) {
            Client admin = s.client();
            assertEquals(200, admin.login("kepala", TestServer.PASSWORD).statusCode());
            JsonArray opd = Client.json(admin.get("/api/v1/opd")).getAsJsonArray("opd");
            assertEquals(3, opd.size());
            assertEquals("Badan Kepegawaian Daerah", opd.get(2).getAsJsonObject().get("nama").getAsString());
            assertEquals(1, opd.get(2).getAsJsonObject().get("akun").getAsInt());
            assertTrue(s.server.store().findUser("dinas-kesehatan").orElseThrow().mustChangePassword());
            assertEquals(200, s.client().login("badan-kepegawaian-daerah", firstPasswords.get("badan-kepegawaian-daerah")).statusCode());

            // The matrix lists the registry's OPDs by their names, before any of them sent anything.
            JsonArray matrix = Client.json(admin.get("/api/v1/matrix?tahun=2025&periode=I")).getAsJsonArray("rows");
            Map<String, String> names = new LinkedHashMap<>();
            for (JsonElement r : matrix) names.put(r.getAsJsonObject().get("kodeOpd").getAsString(), r.getAsJsonObject().get("opd").getAsString());
            assertEquals(Map.of("1.01.0.00.0.00.01.0000", "Dinas Pendidikan", "1.02.0.00.0.00.01.0000", "Dinas Kesehatan",
                    "5.03.0.00.0.00.01.0000", "Badan Kepegawaian Daerah"), names);

            JsonArray log = Client.json(admin.get("/api/v1/audit?batas=100")).getAsJsonArray("entries");
            List<String> lines = new ArrayList<>();
            for (JsonElement e : log) {
                JsonObject o = e.getAsJsonObject();
                lines.add(o.get("actor").getAsString() + " " + o.get("action").getAsString() + " " + o.get("target").getAsString());
            }
            for (String expected : List.of("kepala opd.impor opd.json", "kepala akun.buat dinas-pendidikan", "kepala akun.buat dinas-kesehatan",
                    "kepala akun.buat badan-kepegawaian-daerah", "dinas-kesehatan masuk.berhasil dinas-kesehatan",
                    "dinas-kesehatan sandi.ganti dinas-kesehatan", "kepala akun.reset dinas-kesehatan", "dinas-kesehatan masuk.gagal dinas-kesehatan",
                    "kepala akun.nonaktif dinas-pendidikan", "kepala akun.aktif dinas-pendidikan", "kepala akun.buat staf")) {
                assertTrue(lines.contains(expected), expected + " not in " + lines);
            }
            JsonArray accountsOnly = Client.json(admin.get("/api/v1/audit?apa=akun&siapa=kepala")).getAsJsonArray("entries");
            assertEquals(7, accountsOnly.size(), "3 + 1 made, a reset, a disable, an enable: " + accountsOnly);
            assertEquals("Membuat akun", accountsOnly.get(0).getAsJsonObject().get("label").getAsString());
        }
    }

    @Test
    void submissionsAndVerdictsAreLoggedAndTheRekapNamesTheRegistrysOpds() throws Exception {
        try (TestServer s = TestServer.start(data)) {
            s.addStandardUsers();
            s.server.store().opdRegistry().save(TestServer.KODE_BKD, "Badan Kepegawaian Daerah", "Kepegawaian");
            s.server.store().opdRegistry().save("9.99.0.00.0.00.01.0000", "Dinas Yang Belum Mengirim", null);
            Client bkd = s.client();
            bkd.login("bkd", TestServer.PASSWORD);
            HttpResponse<String> sent = bkd.upload("/api/v1/submissions",
                    Multipart.file("lampiran.xlsx", java.nio.file.Files.readAllBytes(Path.of(HostileFiles.BASE))));
            assertEquals(201, sent.statusCode(), sent.body());
            long id = Client.json(sent).getAsJsonObject("submission").get("id").getAsLong();
            Client bappeda = s.client();
            bappeda.login("bappeda", TestServer.PASSWORD);
            assertEquals(200, bappeda.postJson("/api/v1/submissions/" + id + "/status",
                    "{\"status\":\"dikembalikan\",\"catatan\":\"Pagu tidak sesuai DPA\"}").statusCode());

            JsonArray log = Client.json(bappeda.get("/api/v1/audit?apa=kiriman")).getAsJsonArray("entries");
            assertEquals(2, log.size(), log.toString());
            JsonObject verdict = log.get(0).getAsJsonObject(), send = log.get(1).getAsJsonObject();
            assertEquals("bappeda", verdict.get("actor").getAsString());
            assertEquals("kiriman " + id + " (Lampiran Realisasi, Triwulan IV 2022, versi 1): dikembalikan, catatan: Pagu tidak sesuai DPA",
                    verdict.get("detail").getAsString());
            assertEquals("bkd", send.get("actor").getAsString());
            assertEquals(TestServer.KODE_BKD, send.get("target").getAsString());
            // seed 003's header: Lampiran Realisasi of 2022, triwulan IV, no errors
            assertEquals("Lampiran Realisasi, Triwulan IV 2022, versi 1, terkirim", send.get("detail").getAsString());

            assertEquals(201, bkd.postJson("/api/v1/tokens", "{\"name\":\"skrip malam\"}").statusCode());
            assertEquals(200, bappeda.http.send(bappeda.request("/api/v1/users/bkd/tokens").DELETE().build(),
                    HttpResponse.BodyHandlers.ofString()).statusCode());
            JsonArray tokens = Client.json(bappeda.get("/api/v1/audit?apa=token")).getAsJsonArray("entries");
            assertEquals(List.of("Mencabut token API bappeda semua token: 1", "Membuat token API bkd"),
                    List.of(line(tokens.get(0)), line(tokens.get(1)).replaceAll(" token \\d+.*", "")));

            JsonArray opds = Client.json(bappeda.get("/api/v1/rekap?tahun=2022&periode=IV")).getAsJsonArray("opds");
            Map<String, String> names = new LinkedHashMap<>();
            for (JsonElement o : opds) names.put(o.getAsJsonObject().get("kodeOpd").getAsString(), o.getAsJsonObject().get("nama").getAsString());
            assertEquals("Dinas Yang Belum Mengirim", names.get("9.99.0.00.0.00.01.0000"), "a registry OPD that sent nothing is listed: " + opds);
            assertTrue(names.containsKey(TestServer.KODE_BKD), names.toString());
        }
    }

    private static String line(JsonElement e) {
        JsonObject o = e.getAsJsonObject();
        return o.get("label").getAsString() + " " + o.get("actor").getAsString() + " " + o.get("detail").getAsString();
    }

    /** The data rows under the workbook's heading row, as text (also read by the Chromium accounts test). */
    public static List<List<String>> firstPasswordRows(byte[] xlsx) throws Exception {
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet sheet = wb.getSheet("Kata Sandi Pertama");
            assertNotNull(sheet);
            DataFormatter fmt = new DataFormatter();
            List<List<String>> out = new ArrayList<>();
            boolean below = false;
            for (Row r : sheet) {
                List<String> cells = new ArrayList<>();
                for (int i = 0; i < 5; i++) cells.add(r.getCell(i) == null ? "" : fmt.formatCellValue(r.getCell(i)));
                if (below && !cells.get(3).isEmpty()) out.add(cells);
                if (cells.equals(List.of("No", "Kode OPD", "Nama OPD", "Nama Pengguna", "Kata Sandi Pertama"))) below = true;
            }
            assertTrue(below, "the heading row is there");
            return out;
        }
    }
}
