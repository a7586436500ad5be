package capaian.realclients;

import capaian.consolidate.rkpd.RkpdTestForms;
import capaian.rules.ProfileLoader;
import capaian.store.FileStore;
import capaian.store.NewSubmission;
import capaian.store.Role;
import capaian.store.SubmissionKey;
import capaian.store.SubmissionStatus;
import capaian.store.User;
import capaian.web.CapaianServer;
import capaian.web.ServerConfig;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Bappeda's page offers the Evaluasi terhadap Hasil RKPD for the chosen tahun and triwulan: three OPDs' stored
 * Monitoring forms, the link clicked in a real Chromium, the downloaded workbook opened with POI.
 */
class ChromiumRkpdTest {
    private static final Path WORK = Path.of("target", "e2e-rkpd");
    private static final Path DOWNLOADS = WORK.resolve("downloads");
    private static final String PASSWORD = "kata-sandi-uji";

    @TempDir
    static Path data;
    @TempDir
    static Path profile;

    @Test
    void bappedaDownloadsTheRkpdEvaluation() throws Exception {
        String missing = Chromium.unavailable("RKPD evaluation test");
        Assumptions.assumeTrue(missing == null, missing);
        ChromiumSession.clear(DOWNLOADS);
        List<Path> forms = RkpdTestForms.write(ProfileLoader.defaultProfile(), WORK.resolve("opd"));
        String[][] opds = {{"5.03.0.00.0.00.01.0000", "Badan Kepegawaian Daerah Contoh"},
                {"5.04.0.00.0.00.01.0000", "Badan Pengembangan SDM Contoh"}, {"1.01.0.00.0.00.01.0000", "Dinas Pendidikan Contoh"}};
        try (CapaianServer server = CapaianServer.start(ServerConfig.defaults(data).withHost("127.0.0.1").withPort(0))) {
            server.store().addUser("bappeda", Role.BAPPEDA, null, "Admin Bappeda", PASSWORD.toCharArray());
            FileStore files = new FileStore(data);
            for (int i = 0; i < 3; i++) {
                User u = server.store().addUser("opd" + i, Role.OPD, opds[i][0], opds[i][1], PASSWORD.toCharArray());
                byte[] bytes = Files.readAllBytes(forms.get(i));
                String sha = files.put(bytes);
                server.store().addSubmission(new NewSubmission(new SubmissionKey(opds[i][0], 2025, "IV", "monitoring-capaian"),
                        opds[i][1], SubmissionStatus.DITERIMA, 0, 0, 0, forms.get(i).getFileName().toString(), sha, bytes.length,
                        null, "{}", u.id()));
            }
            String base = server.uri().toString();
            ChromiumSession session = ChromiumSession.start(profile, WORK, DOWNLOADS, Duration.ofSeconds(120), base);
            ChromeDriver browser = session.browser;
            try {
                WebDriverWait wait = session.wait;
                session.open("/masuk");
                session.submitLogin("bappeda", PASSWORD);
                wait.until(ExpectedConditions.urlToBe(base + "/bappeda"));
                wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("isi")));
                wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#tahun option[value='2025']")));
                setSelect(browser, "tahun", "2025");
                setSelect(browser, "periode", "IV");
                wait.until(ExpectedConditions.elementToBeClickable(By.id("unduh-rkpd"))).click();
                Path file = session.downloaded("evaluasi-rkpd-2025-twIV.xlsx");
                try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(file))) {
                    Sheet s = wb.getSheet("Evaluasi RKPD");
                    // the shared program's (13) Rp: 260 + 180 + 90 million; the region's rata-rata 100,05
                    Row program = find(s, "5.03.02");
                    assertTrue(containsNumber(program, 530000000d), "program 5.03.02 sums the three sub kegiatan");
                    assertEquals(3, wb.getSheet("Capaian OPD").getLastRowNum() - 3, "three OPDs");
                    assertTrue(containsNumber(find(s, "Rata-rata capaian kinerja (%)"), 100.05));
                }
            } finally {
                browser.quit();
            }
        }
    }

    /** Sets a select, or a text field, of the page to the value and tells the page it changed. */
    private static void setSelect(ChromeDriver browser, String id, String value) {
        var e = browser.findElement(By.id(id));
        if ("select".equals(e.getTagName())) {
            new Select(e).selectByVisibleText(value);
        } else {
            e.clear();
            e.sendKeys(value);
        }
        ((JavascriptExecutor) browser).executeScript("arguments[0].dispatchEvent(new Event('change'))", e);
    }

    private static Row find(Sheet s, String text) {
        for (Row r : s) for (Cell c : r) if (c.getCellType() == CellType.STRING && text.equals(c.getStringCellValue())) return r;
        throw new AssertionError("no row with " + text);
    }

    private static boolean containsNumber(Row r, double v) {
        for (Cell c : r) {
            boolean numeric = c.getCellType() == CellType.NUMERIC
                    || (c.getCellType() == CellType.FORMULA && c.getCachedFormulaResultType() == CellType.NUMERIC);
            if (numeric && Math.abs(c.getNumericCellValue() - v) < 1e-9) return true;
        }
        return false;
    }
}
