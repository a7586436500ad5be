package capaian.realclients;

import capaian.store.Role;
import capaian.web.CapaianServer;
import capaian.web.ServerConfig;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Comment;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

/**
 * Bappeda's desk walked in a real browser (issue 15): the OPD sends seed 003 (BKD, 2022 TW IV) after the due day
 * Bappeda sets; Bappeda sees it late, notes the cell of row 12's realisasi anggaran (Rp 18.131.966) and returns it;
 * the OPD sees the note and finds it as a comment on that cell of its result workbook; the OPD resends a corrected
 * workbook (Rp 10.000 more); Bappeda accepts it and closes the period; the rekap snapshot holds Rp 17.242.475.892;
 * a further send is refused with a plain message, and the snapshot's figures stay. Screenshots at 1366 and 390 px.
 */
class ChromiumDeskTest extends ChromiumServerTest {
    private static final Path WORK = Path.of("target", "e2e");
    private static final Path DOWNLOADS = WORK.resolve("downloads-meja");
    private static final Path SEED003 = Path.of("examples/seed003-tabel1-lampiran.xlsx");
    private static final String KODE_BKD = "5.03.0.00.0.00.01.0000";
    private static final String PASSWORD = "kata-sandi-uji";
    private static final long REALISASI = 17_242_465_892L;
    private static final long NOTED_VALUE = 18_131_966L;
    private static final Duration WAIT = Duration.ofSeconds(90);

    @TempDir
    static Path data;
    @TempDir
    static Path profile;
    @TempDir
    static Path books;

    @BeforeAll
    void start() throws IOException {
        missing = Chromium.unavailable("Bappeda desk test");
        if (missing != null) return;
        ChromiumSession.clear(DOWNLOADS);
        server = CapaianServer.start(ServerConfig.defaults(data).withHost("127.0.0.1").withPort(0));
        server.store().addUser("bappeda", Role.BAPPEDA, null, "Admin Bappeda", PASSWORD.toCharArray());
        server.store().addUser("bkd", Role.OPD, KODE_BKD, "Operator BKD", PASSWORD.toCharArray());
        startBrowser(profile, WORK, DOWNLOADS, WAIT);
    }

    @Test
    void lateReturnedWithACellNoteResentAcceptedClosedAndFrozen() throws Exception {
        Path v2 = books.resolve("lampiran-perbaikan.xlsx");
        Files.write(v2, withRealisasi(Files.readAllBytes(SEED003), NOTED_VALUE + 10_000));
        Path v3 = books.resolve("lampiran-sesudah-tutup.xlsx");
        Files.write(v3, withRealisasi(Files.readAllBytes(SEED003), NOTED_VALUE + 50_000));

        // 1. the OPD sends
        logIn("bkd", "/kirim");
        send(SEED003);
        waitText(By.cssSelector("#hasil section p.pesan"), "Terkirim sebagai versi 1");
        logOut();

        // 2. Bappeda sets a due day already past, and sees the submission late
        logIn("bappeda", "/bappeda");
        choosePeriod();
        setValue("jadwal-dibuka", "2023-01-02");
        setValue("jadwal-batas", "2023-01-10");
        browser.findElement(By.id("simpan-jadwal")).click();
        wait.until(d -> lampiran().getText().contains("terlambat"));
        assertTrue(lampiran().getText().startsWith("terkirim"), lampiran().getText());
        session.screenshot("meja-1-matriks-terlambat", 1366, 390);

        // 3. Bappeda opens it, notes one cell, returns it with a note
        lampiran().findElement(By.linkText("Periksa")).click();
        WebElement figure = wait.until(ExpectedConditions.elementToBeClickable(
                By.xpath("//tr[@data-baris='12']/td[normalize-space()='Rp 18.131.966']")));
        String a1 = figure.getAttribute("data-sel");
        assertTrue(a1.matches("[A-Z]+12"), a1);
        figure.click();
        String note = "Realisasi anggaran tidak sama dengan SP2D; ketik Rp 18.141.966.";
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("catat-isi"))).sendKeys(note);
        assertEquals("lembar Realisasi, sel " + a1, browser.findElement(By.id("catat-tempat")).getText());
        browser.findElement(By.id("catat-simpan")).click();
        waitText(By.id("daftar-catatan"), note);
        browser.findElement(By.id("kembalikan")).click();
        waitText(By.id("pesan"), "Tulis catatan untuk OPD"); // a return needs a note
        browser.findElement(By.id("catatan-vonis")).sendKeys("Perbaiki sel yang diberi catatan, lalu kirim ulang.");
        browser.findElement(By.id("kembalikan")).click();
        waitText(By.id("ringkas"), "dikembalikan");
        session.screenshot("meja-2-verifikasi-dikembalikan", 1366, 390);
        logOut();

        // 4. the OPD sees the note on its page and in its result workbook
        logIn("bkd", "/kirim");
        waitText(By.id("jadwal"), "terlambat");
        waitText(By.id("riwayat"), "dikembalikan");
        session.screenshot("meja-3-kirim-dikembalikan", 1366, 390);
        browser.findElement(By.linkText("rincian & catatan")).click();
        waitText(By.id("daftar-catatan"), note);
        waitText(By.id("catatan-status"), "Perbaiki sel yang diberi catatan");
        assertTrue(browser.findElements(By.id("kembalikan")).get(0).isDisplayed() == false, "the OPD has no verdict buttons");
        session.screenshot("meja-4-opd-melihat-catatan", 1366, 390);
        browser.findElement(By.id("unduh-hasil")).click();
        Path result = session.downloaded("hasil-" + KODE_BKD + "-lampiran-realisasi-2022-twIV.xlsx");
        try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(result))) {
            Comment c = wb.getSheet("Realisasi").getCellComment(new CellAddress(a1));
            assertNotNull(c, "a comment on " + a1);
            assertTrue(c.getString().getString().contains(note), c.getString().getString());
            boolean onTemuan = false;
            for (Row r : wb.getSheet("Temuan")) {
                String line = r.getCell(1) + "|" + r.getCell(4) + "|" + r.getCell(6);
                onTemuan |= line.equals("Catatan Bappeda|" + a1 + "|" + note);
            }
            assertTrue(onTemuan, "a Catatan Bappeda row on Temuan");
        }

        // 5. the OPD resends the corrected workbook
        session.open("/kirim");
        send(v2);
        waitText(By.cssSelector("#hasil section p.pesan"), "Terkirim sebagai versi 2");
        logOut();

        // 6. Bappeda accepts it and closes the period; the snapshot holds the corrected figures
        logIn("bappeda", "/bappeda");
        choosePeriod();
        wait.until(d -> lampiran().getText().contains("v2"));
        lampiran().findElement(By.linkText("Periksa")).click();
        wait.until(ExpectedConditions.elementToBeClickable(By.id("terima"))).click();
        waitText(By.id("ringkas"), "diterima");
        session.open("/bappeda");
        choosePeriod();
        wait.until(d -> lampiran().getText().startsWith("diterima"));
        browser.findElement(By.id("tutup-periode")).click();
        wait.until(ExpectedConditions.alertIsPresent()).accept();
        waitText(By.id("pesan-meja"), "Periode ditutup; 2 rekap dibekukan.");
        waitText(By.id("status-periode"), "ditutup");
        waitText(By.id("daftar-snapshot"), "Lampiran Realisasi");
        session.screenshot("meja-5-periode-ditutup", 1366, 390);
        String snapshotUrl = browser.findElement(By.xpath("//ul[@id='daftar-snapshot']/li[contains(., 'Lampiran Realisasi')]/a[.='JSON']"))
                .getAttribute("href");
        long frozen = frozenRealisasi(snapshotUrl);
        assertEquals(REALISASI + 10_000, frozen);
        logOut();

        // 7. a further send is refused, plainly
        logIn("bkd", "/kirim");
        send(v3);
        waitText(By.cssSelector("#hasil section .pesan.gagal"), "Periode Triwulan IV 2022 sudah ditutup Bappeda");
        String refused = browser.findElement(By.cssSelector("#hasil section .pesan.gagal")).getText();
        assertTrue(refused.contains("minta Bappeda membuka kembali periode ini untuk OPD Anda"), refused);
        waitText(By.id("jadwal"), "periode sudah ditutup Bappeda");
        session.screenshot("meja-6-kirim-ditolak-periode-ditutup", 1366, 390);
        logOut();

        // 8. the snapshot's figures are unchanged
        logIn("bappeda", "/bappeda");
        assertEquals(frozen, frozenRealisasi(snapshotUrl));
        session.assertNoConsoleErrors(
                // the refused send and the return without a note are answered 409 and 400 on purpose
                "/api/v1/submissions - Failed to load resource: the server responded with a status of 409",
                "/status - Failed to load resource: the server responded with a status of 400",
                // the snapshot's JSON opened as a page of its own asks for /favicon.ico, which the pages do not use
                "/favicon.ico - Failed to load resource");
    }

    private long frozenRealisasi(String url) {
        browser.get(url);
        JsonObject rekap = JsonParser.parseString(browser.findElement(By.tagName("body")).getText()).getAsJsonObject();
        return rekap.getAsJsonObject("total").get("realisasi").getAsLong();
    }

    private void send(Path file) {
        browser.findElement(By.id("berkas")).sendKeys(file.toAbsolutePath().toString());
    }

    private void choosePeriod() {
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("isi")));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#tahun option[value='2022']")));
        new Select(browser.findElement(By.id("tahun"))).selectByValue("2022");
        new Select(browser.findElement(By.id("periode"))).selectByVisibleText("IV");
        browser.findElement(By.id("tampilkan")).click();
        wait.until(d -> lampiran().getText().contains("v"));
    }

    /** BKD's cell in the matrix's Lampiran Realisasi column. */
    private WebElement lampiran() {
        List<String> heads = browser.findElements(By.cssSelector("#kepala-matriks th")).stream().map(WebElement::getText).toList();
        int column = 0;
        while (column < heads.size() && !heads.get(column).startsWith("Lampiran Realisasi")) column++;
        return browser.findElement(By.xpath("//tbody[@id='matriks']/tr[th[contains(., '" + KODE_BKD + "')]]"))
                .findElements(By.xpath("./td")).get(column - 1);
    }

    private void setValue(String id, String value) {
        browser.executeScript("arguments[0].value = arguments[1]", browser.findElement(By.id(id)), value);
    }

    private void waitText(By where, String text) {
        wait.until(d -> {
            List<WebElement> found = d.findElements(where);
            return !found.isEmpty() && found.get(0).getText().contains(text);
        });
    }

    private void logIn(String user, String landing) {
        session.open("/masuk?lanjut=" + landing);
        session.submitLogin(user, PASSWORD);
        wait.until(ExpectedConditions.urlToBe(base + landing));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("isi")));
    }

    private void logOut() {
        session.open("/");
        wait.until(ExpectedConditions.elementToBeClickable(By.xpath("//header//button[normalize-space()='Keluar']"))).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("akun"), "Masuk"));
    }

    private static byte[] withRealisasi(byte[] xlsx, long value) throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook(new java.io.ByteArrayInputStream(xlsx))) {
            for (Cell c : wb.getSheet("Realisasi").getRow(11)) {
                if (c.getCellType() == CellType.NUMERIC && c.getNumericCellValue() == NOTED_VALUE) c.setCellValue(value);
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            wb.write(out);
            return out.toByteArray();
        }
    }
}
