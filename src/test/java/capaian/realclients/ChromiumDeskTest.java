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
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.logging.Level;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.*;

/**
 * Bappeda's desk walked in a real browser (issue 15): the OPD sends seed 003 (BKD, 2022 TW IV) after the due day
 * Bappeda sets; Bappeda sees it late, notes the cell of row 12's realisasi anggaran (Rp 18.131.966) and returns it;
 * the OPD sees the note and finds it as a comment on that cell of its result workbook; the OPD resends a corrected
 * workbook (Rp 10.000 more); Bappeda accepts it and closes the period; the rekap snapshot holds Rp 17.242.475.892;
 * a further send is refused with a plain message, and the snapshot's figures stay. Screenshots at 1366 and 390 px.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ChromiumDeskTest {
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

    private CapaianServer server;
    private ChromeDriver browser;
    private WebDriverWait wait;
    private String base;
    private String missing;

    @BeforeAll
    void start() throws IOException {
        missing = Chromium.unavailable("Bappeda desk test");
        if (missing != null) return;
        Files.createDirectories(DOWNLOADS);
        try (Stream<Path> s = Files.list(DOWNLOADS)) {
            for (Path p : s.toList()) Files.delete(p);
        }
        server = CapaianServer.start(ServerConfig.defaults(data).withHost("127.0.0.1").withPort(0));
        server.store().addUser("bappeda", Role.BAPPEDA, null, "Admin Bappeda", PASSWORD.toCharArray());
        server.store().addUser("bkd", Role.OPD, KODE_BKD, "Operator BKD", PASSWORD.toCharArray());
        base = server.uri().toString();
        browser = Chromium.start(profile, WORK, DOWNLOADS);
        wait = new WebDriverWait(browser, WAIT);
        wait.ignoring(StaleElementReferenceException.class);
    }

    @AfterAll
    void stop() {
        try {
            if (browser != null) browser.quit();
        } finally {
            if (server != null) server.close();
        }
    }

    @Test
    void lateReturnedWithACellNoteResentAcceptedClosedAndFrozen() throws Exception {
        Assumptions.assumeTrue(missing == null, missing);
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
        screenshot("meja-1-matriks-terlambat");

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
        screenshot("meja-2-verifikasi-dikembalikan");
        logOut();

        // 4. the OPD sees the note on its page and in its result workbook
        logIn("bkd", "/kirim");
        waitText(By.id("jadwal"), "terlambat");
        waitText(By.id("riwayat"), "dikembalikan");
        screenshot("meja-3-kirim-dikembalikan");
        browser.findElement(By.linkText("rincian & catatan")).click();
        waitText(By.id("daftar-catatan"), note);
        waitText(By.id("catatan-status"), "Perbaiki sel yang diberi catatan");
        assertTrue(browser.findElements(By.id("kembalikan")).get(0).isDisplayed() == false, "the OPD has no verdict buttons");
        screenshot("meja-4-opd-melihat-catatan");
        browser.findElement(By.id("unduh-hasil")).click();
        Path result = downloaded("hasil-" + KODE_BKD + "-lampiran-realisasi-2022-twIV.xlsx");
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
        open("/kirim");
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
        open("/bappeda");
        choosePeriod();
        wait.until(d -> lampiran().getText().startsWith("diterima"));
        browser.findElement(By.id("tutup-periode")).click();
        wait.until(ExpectedConditions.alertIsPresent()).accept();
        waitText(By.id("pesan-meja"), "Periode ditutup; 2 rekap dibekukan.");
        waitText(By.id("status-periode"), "ditutup");
        waitText(By.id("daftar-snapshot"), "Lampiran Realisasi");
        screenshot("meja-5-periode-ditutup");
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
        screenshot("meja-6-kirim-ditolak-periode-ditutup");
        logOut();

        // 8. the snapshot's figures are unchanged
        logIn("bappeda", "/bappeda");
        assertEquals(frozen, frozenRealisasi(snapshotUrl));
        assertNoConsoleErrors();
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

    private void open(String path) {
        browser.get(base + path);
        wait.until(d -> "complete".equals(((JavascriptExecutor) d).executeScript("return document.readyState")));
    }

    private void logIn(String user, String landing) {
        open("/masuk?lanjut=" + landing);
        browser.findElement(By.id("username")).sendKeys(user);
        browser.findElement(By.id("password")).sendKeys(PASSWORD);
        browser.findElement(By.cssSelector("#masuk button[type=submit]")).click();
        wait.until(ExpectedConditions.urlToBe(base + landing));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("isi")));
    }

    private void logOut() {
        open("/");
        wait.until(ExpectedConditions.elementToBeClickable(By.xpath("//header//button[normalize-space()='Keluar']"))).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("akun"), "Masuk"));
    }

    private Path downloaded(String name) {
        Path file = DOWNLOADS.resolve(name);
        wait.until(d -> {
            try (Stream<Path> s = Files.list(DOWNLOADS)) {
                return Files.isRegularFile(file) && s.noneMatch(p -> p.toString().endsWith(".crdownload"));
            } catch (IOException e) {
                return false;
            }
        });
        return file;
    }

    private void assertNoConsoleErrors() {
        List<String> errors = browser.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(e -> e.getLevel().intValue() >= Level.SEVERE.intValue()).map(LogEntry::getMessage)
                .filter(m -> !m.contains("/api/v1/session - Failed to load resource: the server responded with a status of 401"))
                // the refused send and the return without a note are answered 409 and 400 on purpose
                .filter(m -> !m.contains("/api/v1/submissions - Failed to load resource: the server responded with a status of 409"))
                .filter(m -> !m.contains("/status - Failed to load resource: the server responded with a status of 400"))
                // the snapshot's JSON opened as a page of its own asks for /favicon.ico, which the pages do not use
                .filter(m -> !m.contains("/favicon.ico - Failed to load resource"))
                .toList();
        assertTrue(errors.isEmpty(), "browser console errors: " + errors);
    }

    /** The page at a laptop's 1366 px (NAME.png) and a phone's 390 px (NAME-ponsel.png), whole. */
    private void screenshot(String name) throws IOException {
        Dimension before = browser.manage().window().getSize();
        try {
            shot(name, 1366);
            shot(name + "-ponsel", 390);
        } finally {
            browser.manage().window().setSize(before);
        }
    }

    private void shot(String file, int width) throws IOException {
        browser.manage().window().setSize(new Dimension(width, 900));
        long height = (Long) browser.executeScript("return Math.ceil(document.documentElement.scrollHeight)");
        browser.manage().window().setSize(new Dimension(width, (int) Math.min(Math.max(height + 140, 600), 16000)));
        Files.write(WORK.resolve(file + ".png"), browser.getScreenshotAs(OutputType.BYTES));
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
