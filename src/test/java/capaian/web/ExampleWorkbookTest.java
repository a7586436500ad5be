package capaian.web;

import capaian.store.Role;
import com.google.gson.JsonObject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;

import static org.junit.jupiter.api.Assertions.*;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The "Done when" scenarios with a real workbook: seed 003 Tabel 1 as a Lampiran Realisasi form, whose OPD
 * serapan is 96,25 %. Skipped (not failed) while the example file is not in the repository.
 */
class ExampleWorkbookTest {
    static final Path EXAMPLE = Path.of("examples/seed003-tabel1-lampiran.xlsx");
    static byte[] workbook;

    @TempDir
    Path data;

    /** Per test, so that a missing example shows as skipped tests rather than as none. */
    @BeforeEach
    void load() throws Exception {
        assumeTrue(Files.exists(EXAMPLE), "example workbook not committed yet: " + EXAMPLE);
        workbook = Files.readAllBytes(EXAMPLE);
    }

    @Test
    void anonymousProcessingReturnsTheFigures() throws Exception {
        try (TestServer s = TestServer.start(data)) {
            Client c = s.client();
            JsonObject summary = Client.json(c.upload("/api/v1/process", Multipart.file(EXAMPLE.getFileName().toString(), workbook)))
                    .getAsJsonObject("summary");
            assertEquals(0, new BigDecimal("96.25").compareTo(summary.get("serapan").getAsBigDecimal()));
            assertEquals(0, new BigDecimal("17914888161").compareTo(summary.get("pagu").getAsBigDecimal()));
            assertEquals(0, new BigDecimal("17242465892").compareTo(summary.get("realisasi").getAsBigDecimal()));

            Multipart m = Multipart.file("seed003.xlsx", workbook);
            HttpResponse<byte[]> result = c.http.send(c.request("/api/v1/process").header("Content-Type", m.contentType())
                    .POST(m.body()).build(), HttpResponse.BodyHandlers.ofByteArray());
            assertEquals(200, result.statusCode());
            assertEquals(Downloads.XLSX, result.headers().firstValue("Content-Type").orElse(""));
            assertEquals('P', result.body()[0]);
            // seed003: Badan Kepegawaian Daerah 5.03.0.00.0.00.01.0000, Lampiran Realisasi 2022 triwulan IV
            assertTrue(result.headers().firstValue("Content-Disposition").orElse("")
                    .contains("filename=\"hasil-5.03.0.00.0.00.01.0000-lampiran-realisasi-2022-twIV.xlsx\""),
                    result.headers().firstValue("Content-Disposition").orElse(""));

            JsonObject bundle = Client.json(c.upload("/api/v1/process?include=workbook", Multipart.file("x.xlsx", workbook)));
            assertEquals('P', Base64.getDecoder().decode(bundle.get("workbookBase64").getAsString())[0]);

            JsonObject checked = Client.json(c.upload("/api/v1/check", Multipart.file("x.xlsx", workbook)));
            assertEquals("lampiran-realisasi", checked.get("form").getAsString());
        }
        try (var files = Files.walk(data.resolve("files"))) {
            assertEquals(0, files.filter(Files::isRegularFile).count(), "the Periksa page stores nothing");
        }
    }

    @Test
    void loginSubmitResubmitListDownloadAndRestart() throws Exception {
        long firstId;
        String kode;
        try (TestServer s = TestServer.start(data)) {
            Client anon = s.client();
            JsonObject header = Client.json(anon.upload("/api/v1/check", Multipart.file("x.xlsx", workbook))).getAsJsonObject("header");
            kode = header.has("kodeOpd") ? header.get("kodeOpd").getAsString() : TestServer.KODE_BKD;
            s.addUser("opd-contoh", Role.OPD, kode);
            s.addUser("opd-lain", Role.OPD, "9.99.0.00.0.00.01.0000");

            Client c = s.client();
            assertEquals(200, c.login("opd-contoh", TestServer.PASSWORD).statusCode());
            HttpResponse<String> v1 = c.upload("/api/v1/submissions", withKeyFields(Multipart.file("seed003.xlsx", workbook), header));
            assertEquals(201, v1.statusCode(), v1.body());
            JsonObject sub1 = Client.json(v1).getAsJsonObject("submission");
            assertEquals(1, sub1.get("version").getAsInt());
            firstId = sub1.get("id").getAsLong();
            // the same bytes again are no new version (200, told so); a corrected workbook is
            HttpResponse<String> same = c.upload("/api/v1/submissions", withKeyFields(Multipart.file("seed003.xlsx", workbook), header));
            assertEquals(200, same.statusCode(), same.body());
            assertEquals(1, Client.json(same).getAsJsonObject("submission").get("version").getAsInt());
            HttpResponse<String> v2 = c.upload("/api/v1/submissions", withKeyFields(Multipart.file("seed003.xlsx",
                    DeskApiTest.withRealisasi(workbook, DeskApiTest.NOTED_VALUE + 1)), header));
            assertEquals(201, v2.statusCode(), v2.body());
            assertEquals(2, Client.json(v2).getAsJsonObject("submission").get("version").getAsInt());

            assertEquals(2, Client.json(c.get("/api/v1/submissions")).getAsJsonArray("submissions").size());
            assertArrayEquals(workbook, c.getBytes("/api/v1/submissions/" + firstId + "/original").body());
            assertEquals('P', c.getBytes("/api/v1/submissions/" + firstId + "/result").body()[0]);
            assertEquals(0, new BigDecimal("96.25").compareTo(Client.json(c.get("/api/v1/submissions/" + firstId + "/report"))
                    .getAsJsonObject("summary").get("serapan").getAsBigDecimal()));

            Client other = s.client();
            other.login("opd-lain", TestServer.PASSWORD);
            int status = other.get("/api/v1/submissions/" + firstId + "/original").statusCode();
            assertTrue(status == 403 || status == 404);
            assertEquals(0, Client.json(other.get("/api/v1/submissions")).getAsJsonArray("submissions").size());
            HttpResponse<String> wrongOpd = other.upload("/api/v1/submissions", Multipart.file("seed003.xlsx", workbook));
            if (header.has("kodeOpd")) assertEquals(422, wrongOpd.statusCode(), "a workbook of another OPD is refused");
        }
        try (TestServer s = TestServer.start(data)) {
            Client c = s.client();
            assertEquals(200, c.login("opd-contoh", TestServer.PASSWORD).statusCode());
            assertEquals(2, Client.json(c.get("/api/v1/submissions")).getAsJsonArray("submissions").size());
            assertArrayEquals(workbook, c.getBytes("/api/v1/submissions/" + firstId + "/original").body());
        }
    }

    @Test
    void aSubmissionWithErrorsIsStoredButMarked() throws Exception {
        byte[] broken = withNegativeRealisasi(Files.readAllBytes(Path.of("examples/seed000-tw1-lampiran.xlsx")));
        try (TestServer s = TestServer.start(data)) {
            s.addUser("bappeda", Role.BAPPEDA, null);
            s.addUser("bkd", Role.OPD, TestServer.KODE_BKD);
            Client c = s.client();
            c.login("bkd", TestServer.PASSWORD);
            HttpResponse<String> r = c.upload("/api/v1/submissions", Multipart.file("rusak.xlsx", broken));
            assertEquals(201, r.statusCode(), r.body());
            JsonObject sub = Client.json(r).getAsJsonObject("submission");
            assertEquals("terkirim", sub.get("status").getAsString());
            assertTrue(sub.get("errors").getAsInt() > 0);
            assertArrayEquals(broken, c.getBytes(sub.get("links").getAsJsonObject().get("original").getAsString()).body());

            Client b = s.client();
            b.login("bappeda", TestServer.PASSWORD);
            JsonObject m = Client.json(b.get("/api/v1/matrix?tahun=" + sub.get("tahun").getAsInt() + "&periode=" + sub.get("periode").getAsString()));
            JsonObject cell = m.getAsJsonArray("rows").get(0).getAsJsonObject().getAsJsonArray("cells").asList().stream()
                    .map(e -> e.getAsJsonObject()).filter(e -> e.get("form").getAsString().equals("lampiran-realisasi"))
                    .findFirst().orElseThrow();
            assertEquals("terkirim", cell.get("status").getAsString());
        }
    }

    /** The example with one sub kegiatan's realisasi anggaran made negative: an error finding (RULES 5). */
    static byte[] withNegativeRealisasi(byte[] xlsx) throws Exception {
        try (var wb = new org.apache.poi.xssf.usermodel.XSSFWorkbook(new java.io.ByteArrayInputStream(xlsx))) {
            var sheet = wb.getSheetAt(0);
            int col = -1;
            for (var row : sheet) {
                for (var cell : row) {
                    if (col < 0 && cell.getCellType() == org.apache.poi.ss.usermodel.CellType.STRING
                            && cell.getStringCellValue().startsWith("Realisasi Anggaran")) {
                        col = cell.getColumnIndex();
                    } else if (col >= 0 && cell.getColumnIndex() == col
                            && cell.getCellType() == org.apache.poi.ss.usermodel.CellType.NUMERIC) {
                        cell.setCellValue(-5_000_000);
                        var out = new java.io.ByteArrayOutputStream();
                        wb.write(out);
                        return out.toByteArray();
                    }
                }
            }
            throw new AssertionError("no realisasi anggaran value in the example");
        }
    }

    /** Tahun and triwulan come from the workbook; only when its header lacks them does the form supply them. */
    private static Multipart withKeyFields(Multipart m, JsonObject header) {
        if (!header.has("tahun")) m.field("tahun", "2025");
        if (!header.has("periode")) m.field("periode", "IV");
        return m;
    }
}
