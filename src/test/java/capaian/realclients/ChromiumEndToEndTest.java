package capaian.realclients;

import capaian.store.Role;
import capaian.web.CapaianServer;
import capaian.web.ServerConfig;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * The pages in a real browser against the real server: Periksa &amp; Hitung for anyone, Kirim ke Bappeda for an
 * OPD, the Bappeda matrix. Each step leaves full-page screenshots (desktop and phone width) in target/e2e for
 * people to look at. The steps build on each other (the OPD's submission is what Bappeda sees), so they run in
 * order.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ChromiumEndToEndTest extends ChromiumServerTest {
    private static final Path WORK = Path.of("target", "e2e");
    private static final Path DOWNLOADS = WORK.resolve("downloads");
    private static final Path SEED003 = Path.of("examples/seed003-tabel1-lampiran.xlsx");
    private static final Path SEED000 = Path.of("examples/seed000-tw1-lampiran.xlsx");
    private static final String KODE_BKD = "5.03.0.00.0.00.01.0000";
    private static final String PASSWORD = "kata-sandi-uji";
    private static final Duration WAIT = Duration.ofSeconds(60);
    /** The window's width as {@link Chromium#start} opens it. */
    private static final int DESKTOP_WIDTH = 1280;

    @TempDir
    static Path data;
    @TempDir
    static Path profile;

    private long started;

    @BeforeAll
    void startServerAndBrowser() throws IOException {
        started = System.nanoTime();
        missing = Chromium.unavailable("end-to-end test");
        if (missing != null) return; // each test is skipped, and counted as such, by needChromium
        ChromiumSession.clear(DOWNLOADS);
        server = CapaianServer.start(ServerConfig.defaults(data).withHost("127.0.0.1").withPort(0));
        server.store().addUser("bappeda", Role.BAPPEDA, null, "Admin Bappeda", PASSWORD.toCharArray());
        server.store().addUser("bkd", Role.OPD, KODE_BKD, "Operator BKD", PASSWORD.toCharArray());
        server.store().addUser("dinkes", Role.OPD, "1.02.0.00.0.00.01.0000", "Operator Dinkes", PASSWORD.toCharArray());
        startBrowser(profile, WORK, DOWNLOADS, WAIT);
    }

    @AfterAll
    void reportTime() {
        System.out.printf("Chromium end-to-end test: %.1f s in all%n", (System.nanoTime() - started) / 1e9);
    }

    @Test
    @Order(1)
    void periksaShowsSummaryAndFindingsAndGivesTheResultWorkbook() throws Exception {
        session.open("/periksa");
        browser.findElement(By.id("berkas")).sendKeys(SEED003.toAbsolutePath() + "\n" + SEED000.toAbsolutePath());

        WebElement seed003 = resultCard(SEED003);
        assertEquals("96,25 %", summaryValue(seed003, "Serapan"));
        assertEquals("Rp 17.914.888.161", summaryValue(seed003, "Pagu"));
        int[] counts = findingCounts(seed003);
        assertEquals(0, counts[0] + counts[1], "seed 003 has neither errors nor warnings");
        // Only infos: a one-line note first, the infos one choice away.
        List<WebElement> rows = seed003.findElements(By.cssSelector("tbody tr"));
        assertEquals(1, rows.size());
        assertTrue(rows.get(0).getText().contains("Tidak ada kesalahan atau peringatan"), rows.get(0).getText());
        new Select(seed003.findElement(By.tagName("select"))).selectByValue("info");
        rows = seed003.findElements(By.cssSelector("tbody tr"));
        assertEquals(counts[2], rows.size());
        assertTrue(rows.get(0).getText().contains("POLARITY_BLANK"), rows.get(0).getText());
        assertTrue(rows.get(0).getText().contains("G12"), rows.get(0).getText());

        WebElement seed000 = resultCard(SEED000);
        assertEquals("20,44 %", summaryValue(seed000, "Serapan"));
        // Errors and warnings first: the two wrong totals, the infos one choice away.
        counts = findingCounts(seed000);
        List<WebElement> important = seed000.findElements(By.cssSelector("tbody tr"));
        assertEquals(counts[0] + counts[1], important.size());
        String n24 = important.stream().map(WebElement::getText).filter(t -> t.contains("N24")).findFirst().orElse("");
        assertTrue(n24.contains("TOTAL_MISMATCH") && n24.contains("991.886.000"), "no wrong total at N24: " + n24);
        new Select(seed000.findElement(By.tagName("select"))).selectByValue("info");
        assertTrue(counts[2] > 0);
        assertEquals(counts[2], seed000.findElements(By.cssSelector("tbody tr")).size());
        new Select(seed000.findElement(By.tagName("select"))).selectByValue("penting");
        session.screenshot("1-periksa", DESKTOP_WIDTH, 400);

        seed003.findElement(By.linkText("Unduh buku kerja hasil")).click();
        assertResultWorkbook(session.downloaded("hasil-5.03.0.00.0.00.01.0000-lampiran-realisasi-2022-twIV.xlsx"));
        session.assertNoConsoleErrors();
    }

    @Test
    @Order(2)
    void opdLogsInSubmitsAndSeesItInItsHistory() throws Exception {
        session.open("/kirim");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("perlu-masuk")));
        browser.findElement(By.id("tautan-masuk")).click();
        logIn("bkd", "/kirim");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("akun"), "bkd (" + KODE_BKD + ")"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("riwayat"), "Belum ada kiriman."));

        browser.findElement(By.id("berkas")).sendKeys(SEED003.toAbsolutePath().toString());
        WebElement card = resultCard(SEED003);
        String sent = card.findElement(By.cssSelector("p.pesan")).getText();
        assertTrue(sent.contains("Terkirim sebagai versi 1") && sent.contains("terkirim"), sent);
        assertEquals("96,25 %", summaryValue(card, "Serapan"));

        WebElement history = wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#riwayat tr td.tautan")))
                .findElement(By.xpath("./.."));
        List<String> cells = history.findElements(By.tagName("td")).stream().map(WebElement::getText).toList();
        assertEquals(List.of("2022", "IV", "Lampiran Realisasi", "1", "terkirim"), cells.subList(0, 5), cells.toString());
        assertEquals(1, browser.findElements(By.cssSelector("#riwayat tr")).size());
        session.screenshot("2-kirim", DESKTOP_WIDTH, 400);

        card.findElement(By.linkText("Unduh buku kerja hasil")).click();
        assertResultWorkbook(session.downloaded("hasil-5.03.0.00.0.00.01.0000-lampiran-realisasi-2022-twIV.xlsx"));
        session.assertNoConsoleErrors();

        browser.findElement(By.xpath("//header//button[normalize-space()='Keluar']")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("akun"), "Masuk"));
    }

    @Test
    @Order(3)
    void bappedaSeesTheSubmissionInThePeriodsMatrix() throws Exception {
        session.open("/masuk");
        browser.findElement(By.id("username")).sendKeys("bappeda");
        browser.findElement(By.id("password")).sendKeys("bukan-sandinya");
        browser.findElement(By.cssSelector("#masuk button[type=submit]")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("#pesan .pesan.gagal"),
                "Nama pengguna atau kata sandi salah"));
        browser.findElement(By.id("username")).clear();
        browser.findElement(By.id("password")).clear();
        logIn("bappeda", "/bappeda");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("isi")));
        // 2022 is older than the years the page offers by default; it is offered because a submission has it.
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#tahun option[value='2022']")));
        new Select(browser.findElement(By.id("tahun"))).selectByValue("2022");
        new Select(browser.findElement(By.id("periode"))).selectByVisibleText("IV");
        browser.findElement(By.id("tampilkan")).click();

        // The page may draw the matrix more than once (the default period first, then the chosen one): wait for
        // the chosen period's state and find elements afresh instead of holding on to redrawn ones.
        wait.ignoring(StaleElementReferenceException.class);
        wait.until(d -> lampiran(KODE_BKD).getText().startsWith("terkirim"));
        String cell = lampiran(KODE_BKD).getText();
        assertTrue(cell.startsWith("terkirim") && cell.contains("v1") && cell.contains("0 kesalahan"), cell);
        assertTrue(lampiran("1.02.0.00.0.00.01.0000").getText().startsWith("belum"));
        session.screenshot("3-bappeda", DESKTOP_WIDTH, 400);

        // The verdict is given on the submission's own page (ChromiumDeskTest walks it).
        assertEquals(base + "/verifikasi?id=1", lampiran(KODE_BKD).findElement(By.linkText("Periksa")).getAttribute("href"));
        session.assertNoConsoleErrors();
    }

    private static By row(String kodeOpd) {
        return By.xpath("//tbody[@id='matriks']/tr[th[contains(., '" + kodeOpd + "')]]");
    }

    /** An OPD's cell in the matrix's Lampiran Realisasi column, found by its heading. */
    private WebElement lampiran(String kodeOpd) {
        List<String> heads = browser.findElements(By.cssSelector("#kepala-matriks th")).stream().map(WebElement::getText).toList();
        int column = 0;
        while (column < heads.size() && !heads.get(column).startsWith("Lampiran Realisasi")) column++;
        assertTrue(column > 0 && column < heads.size(), "no Lampiran Realisasi column among " + heads);
        return browser.findElement(row(kodeOpd)).findElements(By.xpath("./td")).get(column - 1);
    }

    private void logIn(String user, String landing) {
        wait.until(ExpectedConditions.urlContains("/masuk"));
        session.submitLogin(user, PASSWORD);
        wait.until(ExpectedConditions.urlToBe(base + landing));
    }

    /** The card of one uploaded file, once its summary and findings are shown. */
    private WebElement resultCard(Path file) {
        By card = By.xpath("//div[@id='hasil']/section[h2[normalize-space()='" + file.getFileName() + "']]");
        wait.until(d -> {
            WebElement c = d.findElement(card);
            List<WebElement> failed = c.findElements(By.cssSelector(".pesan.gagal"));
            if (!failed.isEmpty()) fail(file.getFileName() + ": " + failed.get(0).getText());
            return !c.findElements(By.cssSelector("dl.ringkasan")).isEmpty() && !c.findElements(By.tagName("table")).isEmpty();
        });
        return browser.findElement(card);
    }

    private static String summaryValue(WebElement card, String term) {
        return card.findElement(By.xpath(".//dl[@class='ringkasan']/div[dt[normalize-space()='" + term + "']]/dd")).getText();
    }

    /** Errors, warnings and infos as the summary counts them ("0 kesalahan · 2 peringatan · 42 catatan"). */
    private static int[] findingCounts(WebElement card) {
        Matcher m = Pattern.compile("(\\d+) kesalahan · (\\d+) peringatan · (\\d+) catatan").matcher(summaryValue(card, "Temuan"));
        assertTrue(m.matches(), summaryValue(card, "Temuan"));
        return new int[] {Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3))};
    }

    private static void assertResultWorkbook(Path file) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        assertTrue(bytes.length > 4 && bytes[0] == 'P' && bytes[1] == 'K', file + " is not a zip/xlsx");
        try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(file))) {
            assertNotNull(wb.getSheet("Ringkasan"), file + " has no Ringkasan sheet");
            assertNotNull(wb.getSheet("Temuan"), file + " has no Temuan sheet");
        }
        Files.delete(file); // the next download of the same name must not find this one
    }
}
