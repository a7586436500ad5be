package capaian.web;

import capaian.store.Role;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Comment;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.*;

/**
 * Bappeda's desk through the API with seed 003's Tabel 1 (BKD, 2022 TW IV; pagu Rp 17.914.888.161, realisasi
 * Rp 17.242.465.892): calendar and lateness, verification with a note on a cell, the note in the result workbook,
 * identical resends, closing a period with its frozen rekap, reopening for one OPD; and every new endpoint against
 * every role.
 */
class DeskApiTest {
    static final Path SEED = Path.of("examples/seed003-tabel1-lampiran.xlsx");
    static final long PAGU = 17_914_888_161L;
    static final long REALISASI = 17_242_465_892L;
    /** Row 12's realisasi anggaran, Rp 18.131.966, the cell Bappeda notes and the OPD corrects. */
    static final int NOTED_ROW = 12;
    static final long NOTED_VALUE = 18_131_966L;

    @TempDir
    Path data;

    @Test
    void lateSendReturnedWithACellNoteResentAcceptedAndFrozenAtClose() throws Exception {
        byte[] v1 = Files.readAllBytes(SEED);
        byte[] v2 = withRealisasi(v1, NOTED_VALUE + 10_000);   // the correction: total + Rp 10.000
        byte[] v3 = withRealisasi(v1, NOTED_VALUE + 50_000);   // after the close
        try (TestServer s = TestServer.start(data)) {
            s.addStandardUsers();
            Client b = s.client();
            b.login("bappeda", TestServer.PASSWORD);
            Client o = s.client();
            o.login("bkd", TestServer.PASSWORD);

            HttpResponse<String> cal = b.postJson("/api/v1/kalender",
                    "{\"tahun\":2022,\"periode\":\"IV\",\"dibuka\":\"2023-01-02\",\"batas\":\"2023-01-10\"}");
            assertEquals(200, cal.statusCode(), cal.body());
            assertEquals(400, b.postJson("/api/v1/kalender",
                    "{\"tahun\":2022,\"periode\":\"IV\",\"dibuka\":\"2023-01-12\",\"batas\":\"2023-01-10\"}").statusCode());
            assertEquals("TANGGAL_TIDAK_SAH", Client.json(b.postJson("/api/v1/kalender",
                    "{\"tahun\":2022,\"periode\":\"IV\",\"dibuka\":\"10/1/2023\",\"batas\":\"2023-01-10\"}")).get("code").getAsString());

            JsonObject sent = Client.json(o.upload("/api/v1/submissions", Multipart.file("lampiran.xlsx", v1))).getAsJsonObject("submission");
            long id1 = sent.get("id").getAsLong();
            assertEquals("terkirim", sent.get("status").getAsString());

            // identical bytes: 200, no new version, and the OPD is told so
            HttpResponse<String> again = o.upload("/api/v1/submissions", Multipart.file("lampiran lagi.xlsx", v1));
            assertEquals(200, again.statusCode(), again.body());
            assertTrue(Client.json(again).get("sama").getAsBoolean());
            assertTrue(Client.json(again).get("message").getAsString().contains("sama persis dengan versi 1"));
            assertEquals(1, Client.json(o.get("/api/v1/submissions")).getAsJsonArray("submissions").size());

            JsonObject m = Client.json(b.get("/api/v1/matrix?tahun=2022&periode=IV"));
            JsonObject bkdCell = cell(m, TestServer.KODE_BKD, "lampiran-realisasi");
            assertEquals("terlambat", bkdCell.getAsJsonObject("waktu").get("ketepatan").getAsString());
            assertEquals("2023-01-10", bkdCell.getAsJsonObject("waktu").get("batas").getAsString());
            long left = ChronoUnit.DAYS.between(LocalDate.now(ZoneId.of("Asia/Jakarta")), LocalDate.of(2023, 1, 10));
            JsonObject dinkesCell = cell(m, TestServer.KODE_DINKES, "lampiran-realisasi");
            assertEquals(left, dinkesCell.getAsJsonObject("waktu").get("sisaHari").getAsLong(), "negative: overdue");
            assertTrue(cell(m, TestServer.KODE_BKD, "renja").getAsJsonObject("waktu").has("batas") == false,
                    "the calendar of TW IV says nothing of the yearly Renja");

            // the rows Bappeda verifies, with the column of each figure
            JsonObject rows = Client.json(b.get("/api/v1/submissions/" + id1 + "/rows"));
            String col = rows.getAsJsonObject("kolom").getAsJsonObject("Realisasi").get("realisasiAnggaran").getAsString();
            JsonObject row12 = rows.getAsJsonArray("rows").asList().stream().map(e -> e.getAsJsonObject())
                    .filter(r -> r.get("row").getAsInt() == NOTED_ROW).findFirst().orElseThrow();
            assertEquals(NOTED_VALUE, row12.get("realisasiAnggaran").getAsLong());
            String a1 = col + NOTED_ROW;
            assertEquals(NOTED_VALUE, (long) numberAt(v1, "Realisasi", a1), "the letter the page offers is the figure's cell");

            String note = "Realisasi anggaran tidak sama dengan SP2D; ketik Rp 18.141.966.";
            assertEquals("SEL_TIDAK_SAH", Client.json(b.postJson("/api/v1/submissions/" + id1 + "/notes",
                    "{\"lembar\":\"Realisasi\",\"sel\":\"" + col + "500\",\"catatan\":\"x\"}")).get("code").getAsString());
            assertEquals(201, b.postJson("/api/v1/submissions/" + id1 + "/notes",
                    "{\"lembar\":\"Realisasi\",\"sel\":\"" + a1 + "\",\"catatan\":\"" + note + "\"}").statusCode());
            assertEquals(201, b.postJson("/api/v1/submissions/" + id1 + "/notes",
                    "{\"lembar\":\"Realisasi\",\"baris\":10,\"catatan\":\"Nama program sesuai Renja.\"}").statusCode());

            HttpResponse<String> noNote = b.postJson("/api/v1/submissions/" + id1 + "/status", "{\"status\":\"dikembalikan\"}");
            assertEquals(400, noNote.statusCode());
            assertEquals("CATATAN_WAJIB", Client.json(noNote).get("code").getAsString());
            assertEquals("dikembalikan", Client.json(b.postJson("/api/v1/submissions/" + id1 + "/status",
                    "{\"status\":\"dikembalikan\",\"catatan\":\"Perbaiki sel yang diberi catatan.\"}")).get("status").getAsString());
            HttpResponse<String> acceptReturned = b.postJson("/api/v1/submissions/" + id1 + "/status", "{\"status\":\"diterima\"}");
            assertEquals(409, acceptReturned.statusCode());
            assertEquals("PERLU_KIRIM_ULANG", Client.json(acceptReturned).get("code").getAsString());

            // the OPD reads the notes, and finds them in its result workbook
            JsonArray notes = Client.json(o.get("/api/v1/submissions/" + id1 + "/notes")).getAsJsonArray("notes");
            assertEquals(2, notes.size());
            byte[] result = o.getBytes("/api/v1/submissions/" + id1 + "/result").body();
            try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(result))) {
                Comment c = wb.getSheet("Realisasi").getCellComment(new CellAddress(a1));
                assertNotNull(c, "a comment on " + a1);
                assertTrue(c.getString().getString().contains(note), c.getString().getString());
                assertNotNull(wb.getSheet("Realisasi").getCellComment(new CellAddress("A10")) != null
                        ? wb.getSheet("Realisasi").getCellComment(new CellAddress("A10"))
                        : wb.getSheet("Realisasi").getCellComment(new CellAddress("B10")), "the row note on row 10's first cell");
                List<String> temuan = texts(wb.getSheet("Temuan"));
                assertTrue(temuan.stream().anyMatch(t -> t.contains("Catatan Bappeda") && t.contains(note) && t.contains(a1)),
                        temuan.toString());
            }
            // the stored result itself is untouched (files are content-addressed)
            assertEquals(sent.get("links").getAsJsonObject().get("result").getAsString(), "/api/v1/submissions/" + id1 + "/result");

            HttpResponse<String> sameAgain = o.upload("/api/v1/submissions", Multipart.file("lampiran.xlsx", v1));
            assertTrue(Client.json(sameAgain).get("message").getAsString().contains("dikembalikan Bappeda"), sameAgain.body());
            JsonObject second = Client.json(o.upload("/api/v1/submissions", Multipart.file("lampiran.xlsx", v2))).getAsJsonObject("submission");
            long id2 = second.get("id").getAsLong();
            assertEquals(2, second.get("version").getAsInt());
            assertEquals("BUKAN_VERSI_TERAKHIR", Client.json(b.postJson("/api/v1/submissions/" + id1 + "/status",
                    "{\"status\":\"dikembalikan\",\"catatan\":\"x\"}")).get("code").getAsString());
            assertEquals("diterima", Client.json(b.postJson("/api/v1/submissions/" + id2 + "/status",
                    "{\"status\":\"diterima\"}")).get("status").getAsString());
            assertEquals("terlambat", cell(Client.json(b.get("/api/v1/matrix?tahun=2022&periode=IV")), TestServer.KODE_BKD,
                    "lampiran-realisasi").getAsJsonObject("waktu").get("ketepatan").getAsString());

            // closing freezes the rekap: Rp 17.242.465.892 + Rp 10.000
            HttpResponse<String> closed = b.postJson("/api/v1/periode/tutup", "{\"tahun\":2022,\"periode\":\"IV\"}");
            assertEquals(200, closed.statusCode(), closed.body());
            JsonArray snaps = Client.json(closed).getAsJsonArray("snapshots");
            assertEquals(2, snaps.size(), "Lampiran Realisasi and Monitoring Capaian of TW IV");
            long snap = snaps.asList().stream().map(e -> e.getAsJsonObject())
                    .filter(x -> x.get("form").getAsString().equals("lampiran-realisasi")).findFirst().orElseThrow().get("id").getAsLong();
            JsonObject frozen = JsonParser.parseString(b.get("/api/v1/snapshots/" + snap).body()).getAsJsonObject();
            assertEquals(REALISASI + 10_000, frozen.getAsJsonObject("total").get("realisasi").getAsLong());
            assertEquals(PAGU, frozen.getAsJsonObject("total").get("pagu").getAsLong());

            HttpResponse<String> refused = o.upload("/api/v1/submissions", Multipart.file("lampiran.xlsx", v3));
            assertEquals(409, refused.statusCode());
            assertEquals("PERIODE_DITUTUP", Client.json(refused).get("code").getAsString());
            assertTrue(Client.json(refused).get("message").getAsString().startsWith("Periode Triwulan IV 2022 sudah ditutup Bappeda"));

            // reopened for this OPD only: its resend counts in the live rekap, the snapshot stays
            assertEquals(200, b.postJson("/api/v1/periode/buka", "{\"tahun\":2022,\"periode\":\"IV\",\"kodeOpd\":\""
                    + TestServer.KODE_BKD + "\"}").statusCode());
            assertEquals(201, o.upload("/api/v1/submissions", Multipart.file("lampiran.xlsx", v3)).statusCode());
            JsonObject live = Client.json(b.get("/api/v1/rekap?tahun=2022&periode=IV&form=lampiran-realisasi"));
            assertEquals(REALISASI + 50_000, live.getAsJsonObject("total").get("realisasi").getAsLong());
            assertEquals(REALISASI + 10_000, JsonParser.parseString(b.get("/api/v1/snapshots/" + snap).body()).getAsJsonObject()
                    .getAsJsonObject("total").get("realisasi").getAsLong(), "the snapshot's figures stay");
            assertEquals(200, b.postJson("/api/v1/periode/tutup", "{\"tahun\":2022,\"periode\":\"IV\"}").statusCode());
            JsonArray all = Client.json(b.get("/api/v1/snapshots?tahun=2022&periode=IV")).getAsJsonArray("snapshots");
            assertEquals(4, all.size(), "both closings' snapshots are kept");
            HttpResponse<byte[]> xlsx = b.getBytes("/api/v1/snapshots/" + snap + "/xlsx");
            assertEquals(200, xlsx.statusCode());
            try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx.body()))) {
                assertTrue(wb.getNumberOfSheets() > 1);
            }

            // the OPD's schedule shows the period late and closed
            JsonObject due = Client.json(o.get("/api/v1/kalender/berikutnya")).getAsJsonArray("jadwal").asList().stream()
                    .map(e -> e.getAsJsonObject()).filter(x -> x.get("form").getAsString().equals("lampiran-realisasi"))
                    .findFirst().orElseThrow();
            assertEquals("terlambat", due.get("ketepatan").getAsString());
            assertEquals(3, due.get("versi").getAsInt());
            assertTrue(due.get("ditutup").getAsBoolean());
        }
    }

    @Test
    void everyDeskEndpointAgainstEveryRole() throws Exception {
        try (TestServer s = TestServer.start(data)) {
            s.addStandardUsers();
            Map<String, Client> clients = new LinkedHashMap<>();
            clients.put("anonim", s.client());
            for (String[] u : new String[][] {{"opd-a", "bkd"}, {"opd-b", "dinkes"}, {"bappeda", "bappeda"}}) {
                Client c = s.client();
                assertEquals(200, c.login(u[1], TestServer.PASSWORD).statusCode());
                clients.put(u[0], c);
            }
            long id = Client.json(clients.get("opd-a").upload("/api/v1/submissions", Multipart.file("l.xlsx", Files.readAllBytes(SEED))))
                    .getAsJsonObject("submission").get("id").getAsLong();
            String sub = "/api/v1/submissions/" + id;
            String period = "{\"tahun\":2025,\"periode\":\"I\"}";
            // method, path, body, anonymous, OPD A (owner), OPD B, Bappeda; in this order (later calls need earlier ones)
            Object[][] calls = {
                    {"POST", "/api/v1/kalender", "{\"tahun\":2025,\"periode\":\"I\",\"dibuka\":\"2025-04-01\",\"batas\":\"2025-04-10\"}", 401, 403, 403, 200},
                    {"GET", "/api/v1/kalender?tahun=2025", null, 401, 200, 200, 200},
                    {"GET", "/api/v1/kalender/berikutnya", null, 401, 200, 200, 403},
                    {"DELETE", "/api/v1/kalender?tahun=2025&periode=I", null, 401, 403, 403, 200},
                    {"POST", "/api/v1/periode/tutup", period, 401, 403, 403, 200},
                    {"GET", "/api/v1/periode", null, 401, 200, 200, 200},
                    {"POST", "/api/v1/periode/buka", "{\"tahun\":2025,\"periode\":\"I\",\"kodeOpd\":\"" + TestServer.KODE_BKD + "\"}", 401, 403, 403, 200},
                    {"GET", "/api/v1/snapshots", null, 401, 403, 403, 200},
                    {"GET", "/api/v1/snapshots/1", null, 401, 403, 403, 200},
                    {"GET", "/api/v1/snapshots/1/xlsx", null, 401, 403, 403, 200},
                    {"GET", sub + "/rows", null, 401, 200, 404, 200},
                    {"POST", sub + "/notes", "{\"lembar\":\"Realisasi\",\"baris\":12,\"catatan\":\"uji\"}", 401, 403, 403, 201},
                    {"GET", sub + "/notes", null, 401, 200, 404, 200},
                    {"POST", sub + "/status", "{\"status\":\"diterima\"}", 401, 403, 403, 200},
                    {"GET", sub + "/result", null, 401, 200, 404, 200},
            };
            List<String> wrong = new ArrayList<>();
            String[] roles = {"anonim", "opd-a", "opd-b", "bappeda"};
            for (Object[] call : calls) {
                for (int role = 0; role < roles.length; role++) {
                    Client c = clients.get(roles[role]);
                    HttpResponse<String> r = switch ((String) call[0]) {
                        case "GET" -> c.get((String) call[1]);
                        case "DELETE" -> c.http.send(c.request((String) call[1]).DELETE().build(), HttpResponse.BodyHandlers.ofString());
                        default -> c.postJson((String) call[1], (String) call[2]);
                    };
                    int expected = (Integer) call[3 + role];
                    if (r.statusCode() != expected) {
                        wrong.add(call[0] + " " + call[1] + " as " + roles[role] + ": " + r.statusCode() + " not " + expected + " "
                                + r.body().substring(0, Math.min(200, r.body().length())));
                    }
                    if (r.statusCode() >= 400) assertTrue(Client.json(r).has("message"), r.body());
                }
            }
            assertEquals(List.of(), wrong);
        }
    }

    @Test
    void returnedAndStoredStateSurvivesARestart() throws Exception {
        long id;
        try (TestServer s = TestServer.start(data)) {
            s.addStandardUsers();
            Client o = s.client();
            o.login("bkd", TestServer.PASSWORD);
            id = Client.json(o.upload("/api/v1/submissions", Multipart.file("l.xlsx", Files.readAllBytes(SEED))))
                    .getAsJsonObject("submission").get("id").getAsLong();
            Client b = s.client();
            b.login("bappeda", TestServer.PASSWORD);
            b.postJson("/api/v1/submissions/" + id + "/notes", "{\"lembar\":\"Realisasi\",\"baris\":12,\"catatan\":\"cek\"}");
            b.postJson("/api/v1/submissions/" + id + "/status", "{\"status\":\"dikembalikan\",\"catatan\":\"cek baris 12\"}");
            b.postJson("/api/v1/periode/tutup", "{\"tahun\":2022,\"periode\":\"IV\"}");
        }
        try (TestServer s = TestServer.start(data)) {
            Client o = s.client();
            o.login("bkd", TestServer.PASSWORD);
            assertEquals("dikembalikan", Client.json(o.get("/api/v1/submissions/" + id)).get("status").getAsString());
            assertEquals(1, Client.json(o.get("/api/v1/submissions/" + id + "/notes")).getAsJsonArray("notes").size());
            assertEquals(409, o.upload("/api/v1/submissions", Multipart.file("l.xlsx",
                    withRealisasi(Files.readAllBytes(SEED), 1))).statusCode(), "still closed after a restart");
        }
    }

    static JsonObject cell(JsonObject matrix, String kode, String form) {
        for (var r : matrix.getAsJsonArray("rows")) {
            if (!r.getAsJsonObject().get("kodeOpd").getAsString().equals(kode)) continue;
            for (var c : r.getAsJsonObject().getAsJsonArray("cells")) {
                if (c.getAsJsonObject().get("form").getAsString().equals(form)) return c.getAsJsonObject();
            }
        }
        throw new AssertionError("no cell " + kode + " " + form);
    }

    /** The seed with row 12's realisasi anggaran (the cell holding Rp 18.131.966) set to another value. */
    static byte[] withRealisasi(byte[] xlsx, long value) throws Exception {
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Row row = wb.getSheet("Realisasi").getRow(NOTED_ROW - 1);
            boolean found = false;
            for (Cell c : row) {
                if (c.getCellType() == CellType.NUMERIC && c.getNumericCellValue() == NOTED_VALUE) {
                    c.setCellValue(value);
                    found = true;
                }
            }
            assertTrue(found, "row 12 holds Rp 18.131.966");
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            wb.write(out);
            return out.toByteArray();
        }
    }

    static double numberAt(byte[] xlsx, String sheet, String a1) throws Exception {
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            CellAddress at = new CellAddress(a1);
            return wb.getSheet(sheet).getRow(at.getRow()).getCell(at.getColumn()).getNumericCellValue();
        }
    }

    static List<String> texts(Sheet sheet) {
        List<String> out = new ArrayList<>();
        for (Row r : sheet) {
            StringBuilder b = new StringBuilder();
            for (Cell c : r) b.append(c.toString()).append(" | ");
            out.add(b.toString());
        }
        return out;
    }

    static HttpRequest.BodyPublisher none() {
        return HttpRequest.BodyPublishers.noBody();
    }
}
