package capaian.web;

import capaian.examples.ExampleBuilder;
import capaian.examples.Examples;
import capaian.report.Report;
import capaian.report.ReportJson;
import capaian.write.Workbooks;
import com.google.gson.JsonObject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** /convert, /next and /monitoring over HTTP: formats, the chain, and the errors' shape. */
class ConvertApiTest {
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

    static byte[] example(String name) throws Exception {
        return Files.readAllBytes(Examples.DIR.resolve(name));
    }

    @Test
    void workbookToJsonAndBackAndToCsv() throws Exception {
        HttpResponse<String> json = client.upload("/api/v1/convert", Multipart.file("seed.xlsx", example(ExampleBuilder.SEED003)));
        assertEquals(200, json.statusCode(), json.body());
        Report report = ReportJson.fromJson(json.body());
        assertEquals("lampiran-realisasi", report.form());
        Multipart m = Multipart.file("seed.json", json.body().getBytes(StandardCharsets.UTF_8)).field("to", "xlsx");
        HttpResponse<byte[]> wb = client.http.send(client.request("/api/v1/convert").header("Content-Type", m.contentType())
                .POST(m.body()).build(), HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, wb.statusCode());
        assertEquals('P', wb.body()[0]);
        assertTrue(Workbooks.open(wb.body()).getSheet("Realisasi") != null);
        HttpResponse<String> csv = client.upload("/api/v1/convert", Multipart.file("seed.xlsx", example(ExampleBuilder.SEED003))
                .field("to", "csv").field("separator", ","), "*/*");
        assertEquals(200, csv.statusCode());
        assertTrue(csv.body().startsWith("\uFEFFNo,Kode,"), csv.body().substring(0, 40));
        assertTrue(csv.headers().firstValue("Content-Disposition").orElse("").contains("seed.csv"));
    }

    @Test
    void badParametersAre4xxWithCodes() throws Exception {
        HttpResponse<String> r = client.upload("/api/v1/convert", Multipart.file("seed.xlsx", example(ExampleBuilder.SEED003))
                .field("to", "pdf"));
        assertEquals(400, r.statusCode());
        assertEquals("FORMAT_TIDAK_DIKENAL", Client.json(r).get("code").getAsString());
        r = client.upload("/api/v1/convert", Multipart.file("a.json", "{\"form\":\"tabel-x\"}".getBytes()).field("to", "xlsx"));
        assertEquals(422, r.statusCode());
        assertEquals("KONVERSI_TIDAK_BISA", Client.json(r).get("code").getAsString());
        r = client.upload("/api/v1/convert", Multipart.file("a.pdf", "%PDF-1.4".getBytes()));
        assertEquals(415, r.statusCode());
        r = client.upload("/api/v1/monitoring", Multipart.file("renja.xlsx", example(ExampleBuilder.RENJA)));
        assertEquals(400, r.statusCode());
        assertEquals("DATA_KURANG", Client.json(r).get("code").getAsString());
        r = client.upload("/api/v1/next", Multipart.file("l.xlsx", example(ExampleBuilder.SEED003)));
        assertEquals(422, r.statusCode());
        assertTrue(Client.json(r).get("message").getAsString().contains("Monitoring"), r.body());
    }

    @Test
    void theChainThroughTheApi() throws Exception {
        HttpResponse<String> r = client.upload("/api/v1/next?include=workbook",
                Multipart.file("renja.xlsx", example(ExampleBuilder.RENJA)).field("triwulan", "III"));
        assertEquals(200, r.statusCode(), r.body());
        JsonObject o = Client.json(r);
        assertEquals("lampiran-realisasi", o.get("form").getAsString());
        assertEquals("lampiran-realisasi-2022-tw3.xlsx", o.get("resultName").getAsString());
        byte[] tw3 = Base64.getDecoder().decode(o.get("workbookBase64").getAsString());
        r = client.upload("/api/v1/next", Multipart.file("tw3.xlsx", tw3).addFile("renja", "renja.xlsx",
                example(ExampleBuilder.RENJA)));
        assertEquals(200, r.statusCode(), r.body());
        assertEquals(0, Client.json(r).getAsJsonArray("findings").size(), r.body());
        byte[] tw4 = Base64.getDecoder().decode(Client.json(r).get("workbookBase64").getAsString());
        r = client.upload("/api/v1/monitoring", Multipart.file("renja.xlsx", example(ExampleBuilder.RENJA))
                .addFile("lampiran", "tw3.xlsx", tw3).addFile("lampiran", "tw4.xlsx", tw4));
        assertEquals(200, r.statusCode(), r.body());
        assertEquals("monitoring-capaian-2022-tw4.xlsx", Client.json(r).get("resultName").getAsString());
    }

    @Test
    void periksaPageOffersTheNextForm() throws Exception {
        HttpResponse<String> r = client.get("/periksa.js");
        assertEquals(200, r.statusCode());
        assertTrue(r.body().contains("Buat formulir berikutnya"));
        assertTrue(r.body().contains("/api/v1/next") && r.body().contains("/api/v1/monitoring"));
    }

    @Test
    void xlsUploadsAreProcessed() throws Exception {
        byte[] xls = capaian.read.LegacyFormatsTestAccess.toXls(example(ExampleBuilder.SEED003));
        HttpResponse<String> r = client.upload("/api/v1/check", Multipart.file("lama.xls", xls));
        assertEquals(200, r.statusCode(), r.body());
        assertTrue(r.body().contains("\"XLS_CONVERTED\""), r.body());
    }
}
