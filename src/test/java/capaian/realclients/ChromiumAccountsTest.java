package capaian.realclients;

import capaian.web.AccountAdminTest;
import capaian.store.Role;
import capaian.web.CapaianServer;
import capaian.web.ServerConfig;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Bappeda's account admin in a real browser: imports a registry workbook of 40 OPDs, makes 40 OPD accounts at once
 * and downloads the first passwords (read back with POI: 40 rows); an OPD logs in with its line and must change its
 * password before anything else; opening the Bappeda page it is told it is an OPD account, not asked to log in; the
 * audit log on the page lists those actions; after a restart everything is still there. Screenshots at 1366 px
 * and 390 px in target/e2e.
 */
class ChromiumAccountsTest extends ChromiumServerTest {
    private static final Path WORK = Path.of("target", "e2e");
    private static final Path DOWNLOADS = WORK.resolve("downloads-akun");
    private static final String PASSWORD = "kata-sandi-admin";
    private static final Duration WAIT = Duration.ofSeconds(120);
    private static final int OPDS = 40;

    @TempDir
    static Path data;
    @TempDir
    static Path profile;
    @TempDir
    static Path files;

    @BeforeAll
    void start() throws IOException {
        missing = Chromium.unavailable("accounts test");
        if (missing != null) return;
        ChromiumSession.clear(DOWNLOADS);
        startServer();
        server.store().addUser("kepala", Role.BAPPEDA, null, "Kepala Bidang Perencanaan", PASSWORD.toCharArray());
        server.store().setAdmin("kepala", true);
        startBrowser(profile, WORK, DOWNLOADS, WAIT);
    }

    private void startServer() {
        server = CapaianServer.start(ServerConfig.defaults(data).withHost("127.0.0.1").withPort(0));
        base = server.uri().toString();
        if (session != null) session.serverAt(base);
    }

    @Test
    void adminMakesFortyOpdAccountsAndAnOpdMustChangeItsPasswordFirst() throws Exception {
        Path registry = registryWorkbook();

        logIn("kepala", PASSWORD);
        wait.until(ExpectedConditions.urlToBe(base + "/bappeda"));
        wait.until(ExpectedConditions.elementToBeClickable(By.linkText("Pengguna"))).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("alat-akun")));

        browser.findElement(By.id("berkas-opd")).sendKeys(registry.toAbsolutePath().toString());
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("pesan-opd"), OPDS + " OPD dibaca: " + OPDS + " baru"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("jumlah-opd"), "(" + OPDS + " OPD)"));

        browser.findElement(By.id("buat-semua")).click();
        WebElement download = wait.until(ExpectedConditions.elementToBeClickable(By.id("unduh-sandi")));
        List<WebElement> shown = browser.findElements(By.cssSelector("#hasil-akun tbody tr"));
        assertEquals(OPDS, shown.size());
        assertTrue(browser.findElement(By.id("hasil-akun")).getText().contains(OPDS + " akun dibuat."));
        session.screenshot("akun-1-dibuat", 1366, 390);

        download.click();
        List<List<String>> rows = AccountAdminTest.firstPasswordRows(
                Files.readAllBytes(session.downloadedMatching("kata-sandi-pertama-\\d{4}-\\d{2}-\\d{2}\\.xlsx")));
        assertEquals(OPDS, rows.size(), "one line per OPD in the workbook to hand out");
        List<String> first = rows.get(0);
        assertEquals(List.of("1", "1.01.0.00.0.00.01.0000", "Dinas Uji Coba Nomor 01"), first.subList(0, 3));
        String username = first.get(3), firstPassword = first.get(4);
        assertEquals("dinas-uji-coba-nomor-01", username);
        // What the page showed is what the workbook holds.
        assertTrue(shown.get(0).getText().contains(firstPassword), shown.get(0).getText());

        logOut();
        logIn(username, firstPassword);
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("kartu-ganti")));
        session.screenshot("akun-2-ganti-sandi", 1366, 390);
        // Nothing else first: another page sends it back here.
        browser.get(base + "/kirim");
        wait.until(ExpectedConditions.urlContains("/masuk?ganti=1"));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("kartu-ganti")));
        browser.findElement(By.id("sandi-lama")).sendKeys(firstPassword);
        browser.findElement(By.id("sandi-baru")).sendKeys("sandi-pilihan-opd-01");
        browser.findElement(By.id("sandi-ulang")).sendKeys("sandi-pilihan-opd-01");
        browser.findElement(By.cssSelector("#ganti button[type=submit]")).click();
        wait.until(ExpectedConditions.urlToBe(base + "/kirim"));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("isi")));

        // The Bappeda page tells an OPD account what it is, not to log in.
        session.open("/bappeda");
        WebElement other = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("perlu-masuk")));
        wait.until(ExpectedConditions.textToBePresentInElement(other, "Anda masuk sebagai " + username));
        assertTrue(other.getText().startsWith("Halaman ini untuk akun Bappeda."), other.getText());
        assertTrue(other.getText().contains("1.01.0.00.0.00.01.0000") && !other.getText().contains("Masuk terlebih dahulu"), other.getText());
        session.screenshot("akun-3-opd-di-halaman-bappeda", 1366, 390);
        logOut();

        // The audit log on the page: the 40 accounts made, and the OPD's login and change.
        logIn("kepala", PASSWORD);
        wait.until(ExpectedConditions.urlToBe(base + "/bappeda"));
        session.open("/pengguna");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#log-apa option[value='akun']")));
        new Select(browser.findElement(By.id("log-apa"))).selectByValue("akun");
        browser.findElement(By.id("log-tampilkan")).click();
        wait.until(d -> logRows().size() == OPDS && logRows().stream().allMatch(r -> r.contains("Membuat akun")));
        assertTrue(logRows().stream().allMatch(r -> r.contains("kepala")), logRows().get(0));
        new Select(browser.findElement(By.id("log-apa"))).selectByValue("");
        browser.findElement(By.id("log-siapa")).sendKeys(username);
        browser.findElement(By.id("log-tampilkan")).click();
        wait.until(d -> logRows().size() == 2);
        List<String> opdLines = logRows();
        assertTrue(opdLines.get(0).contains("Mengganti kata sandi sendiri"), opdLines.toString());
        assertTrue(opdLines.get(1).contains("Masuk") && opdLines.get(1).contains("wajib mengganti kata sandi"), opdLines.toString());
        session.screenshot("akun-4-log", 1366, 390);
        session.assertNoConsoleErrors();

        // A restart keeps the registry, the accounts, the changed password and the log.
        logOut();
        server.close();
        server = null;
        startServer();
        logIn(username, "sandi-pilihan-opd-01");
        wait.until(ExpectedConditions.urlToBe(base + "/kirim"));
        logOut();
        logIn("kepala", PASSWORD);
        wait.until(ExpectedConditions.urlToBe(base + "/bappeda"));
        session.open("/pengguna");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("jumlah-opd"), "(" + OPDS + " OPD)"));
        wait.until(d -> d.findElements(By.cssSelector("#tabel-akun tr")).size() == OPDS + 1);
        wait.until(d -> !logRows().isEmpty());
        assertTrue(String.join("\n", logRows()).contains("Membuat akun"));
    }

    private List<String> logRows() {
        return browser.findElements(By.cssSelector("#log-isi tr")).stream().map(WebElement::getText)
                .filter(t -> !t.contains("Tidak ada kegiatan")).toList();
    }

    /** The region's OPD list as Bappeda keeps it: a workbook with a heading row, one OPD per row. */
    private static Path registryWorkbook() throws IOException {
        Path p = files.resolve("daftar-opd-40.xlsx");
        try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(p)) {
            Sheet s = wb.createSheet("Daftar OPD");
            Row h = s.createRow(0);
            h.createCell(0).setCellValue("Kode OPD");
            h.createCell(1).setCellValue("Nama OPD");
            h.createCell(2).setCellValue("Urusan");
            for (int i = 1; i <= OPDS; i++) {
                Row r = s.createRow(i);
                r.createCell(0).setCellValue(String.format("1.%02d.0.00.0.00.01.0000", i));
                r.createCell(1).setCellValue(String.format("Dinas Uji Coba Nomor %02d", i));
                r.createCell(2).setCellValue(i % 2 == 0 ? "Kesehatan" : "Pendidikan");
            }
            wb.write(out);
        }
        return p;
    }

    private void logIn(String user, String password) {
        session.open("/masuk");
        session.submitLogin(user, password);
    }

    private void logOut() {
        ((JavascriptExecutor) browser).executeScript("return fetch('/api/v1/session', {method: 'DELETE', credentials: 'same-origin', "
                + "headers: {'X-CSRF-Token': (Capaian.saya() || {}).csrfToken || ''}}).then(r => r.status)");
        browser.manage().deleteAllCookies();
    }
}
