package capaian.web;

import capaian.read.MessyLayouts;
import com.google.gson.JsonObject;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.http.HttpResponse;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Sending to Bappeda never files a quarter the OPD did not choose: a workbook with one sheet per quarter. */
class AmbiguousSendTest {
    @TempDir
    Path data;

    /** seed 000 (BKD, 2023, TW I) as sheet "TW I" and a copy "TW II" whose header says II. */
    private static byte[] perQuarter() {
        XSSFWorkbook wb = MessyLayouts.example("seed000-tw1-lampiran.xlsx");
        wb.setSheetName(0, "TW I");
        Sheet tw2 = wb.cloneSheet(0, "TW II");
        tw2.getRow(5).getCell(2).setCellValue("II");
        return MessyLayouts.bytes(wb);
    }

    @Test
    void ambiguousWorkbookIsRefusedAndTheChosenQuarterFiled() throws Exception {
        byte[] workbook = perQuarter();
        try (TestServer s = TestServer.start(data)) {
            s.addStandardUsers();
            Client c = s.client();
            c.login("bkd", TestServer.PASSWORD);

            for (String periode : new String[] {null, "III"}) {
                Multipart m = Multipart.file("tw.xlsx", workbook);
                if (periode != null) m.field("periode", periode);
                HttpResponse<String> r = c.upload("/api/v1/submissions", m);
                assertEquals(422, r.statusCode(), r.body());
                assertTrue(r.body().contains("LEMBAR_GANDA"), r.body());
                assertTrue(r.body().contains("TW I") && r.body().contains("TW II") && r.body().contains("hapus lembar"), r.body());
            }
            assertEquals(0, Client.json(c.get("/api/v1/submissions")).getAsJsonArray("submissions").size());

            HttpResponse<String> sent = c.upload("/api/v1/submissions", Multipart.file("tw.xlsx", workbook).field("periode", "II"));
            assertEquals(201, sent.statusCode(), sent.body());
            JsonObject sub = Client.json(sent).getAsJsonObject("submission");
            assertEquals("II", sub.get("periode").getAsString());
        }
    }
}
