package capaian.realclients;

import capaian.process.Processor;
import capaian.rules.ProfileLoader;
import capaian.store.Role;
import capaian.web.CapaianServer;
import capaian.web.ServerConfig;
import capaian.write.ComputedCells;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFFormulaEvaluator;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.*;

/**
 * The Excel add-in's task pane in Chromium against the real server, with a test double of Office.js and the
 * Excel API (src/test/resources/capaian/web/uji/office-double.js) in place of Microsoft's: an in-memory workbook
 * holding a seed example. Pressing Periksa &amp; Hitung must write exactly the computed cells into it (through its
 * sheet protection, as Excel would need), list the findings, select a finding's cell on a click, send the workbook
 * for an OPD, and turn an error answer or a server that is gone into a plain message.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ChromiumAddinTest extends ChromiumServerTest {
    private static final Path WORK = Path.of("target", "e2e");
    private static final Path SEED000 = Path.of("examples/seed000-tw1-lampiran.xlsx");
    private static final String KODE_BKD = "5.03.0.00.0.00.01.0000";
    private static final String PASSWORD = "kata-sandi-uji";
    private static final Duration WAIT = Duration.ofSeconds(60);
    private static final int PANE_WIDTH = 360;

    @TempDir
    static Path data;
    @TempDir
    static Path profile;

    private Map<String, Map<String, Object>> initial;

    @BeforeAll
    void start() throws IOException {
        missing = Chromium.unavailable("add-in test");
        if (missing != null) return; // each test is skipped, and counted as such, by needChromium
        server = CapaianServer.start(ServerConfig.defaults(data).withHost("127.0.0.1").withPort(0)
                .withOfficeJsUrl("/uji/office-double.js"));
        server.store().addUser("bkd", Role.OPD, KODE_BKD, "Operator BKD", PASSWORD.toCharArray());
        startBrowser(profile, WORK.resolve("addin"), WORK.resolve("addin-downloads"), WAIT);
        browser.manage().window().setSize(new Dimension(PANE_WIDTH, 900));
        browser.get(server.uri() + "/addin/taskpane.html");
        wait.until(d -> d.findElement(By.id("periksa")).isEnabled());
        openInDouble(SEED000);
    }

    @Test
    @Order(1)
    void periksaWritesTheComputedCellsAndNothingElse() throws Exception {
        browser.findElement(By.id("periksa")).click();
        wait.until(d -> !d.findElements(By.cssSelector("#pesan .pesan.berhasil, #pesan .pesan.gagal")).isEmpty());
        WebElement done = browser.findElement(By.cssSelector("#pesan .pesan"));
        assertTrue(done.getAttribute("class").contains("berhasil"), done.getText());
        screenshot("addin-periksa");

        List<ComputedCells.Cell> expected = ComputedCells.of(new Processor(ProfileLoader.defaultProfile()).evaluate(SEED000, null));
        JsonObject sheets = JsonParser.parseString((String) browser.executeScript("return OfficeDouble.snapshot()")).getAsJsonObject();
        Set<String> computed = new HashSet<>();
        int formulas = 0;
        for (ComputedCells.Cell c : expected) {
            computed.add(c.sheet() + "!" + c.address());
            JsonObject cell = sheets.getAsJsonObject(c.sheet()).getAsJsonObject("cells").getAsJsonObject(c.address());
            String where = c.sheet() + "!" + c.address();
            assertNotNull(cell, "not written: " + where);
            if (c.formula() != null) {
                formulas++;
                assertEquals(c.formula(), cell.get("formula").getAsString(), where);
            } else if (c.value() instanceof BigDecimal b) {
                assertEquals(b.doubleValue(), cell.get("value").getAsDouble(), 1e-9, where);
            } else {
                assertEquals(c.value() == null ? "" : c.value(), cell.get("value").getAsString(), where);
            }
            if (c.fill() != null) assertEquals("#" + c.fill(), cell.get("fill").getAsString(), where);
            if (c.format() != null) assertEquals(c.format(), cell.get("format").getAsString(), where);
        }
        assertTrue(formulas > 0);
        // Nothing the user typed was touched.
        for (var sheet : initial.entrySet()) {
            @SuppressWarnings("unchecked")
            Map<String, Map<String, Object>> cells = (Map<String, Map<String, Object>>) sheet.getValue().get("cells");
            for (var e : cells.entrySet()) {
                if (computed.contains(sheet.getKey() + "!" + e.getKey())) continue;
                JsonObject now = sheets.getAsJsonObject(sheet.getKey()).getAsJsonObject("cells").getAsJsonObject(e.getKey());
                String where = sheet.getKey() + "!" + e.getKey();
                assertTrue(now.get("formula").isJsonNull() && now.get("fill").isJsonNull() && now.get("format").isJsonNull(), where);
                Object before = e.getValue().get("value");
                if (before instanceof Number n) assertEquals(n.doubleValue(), now.get("value").getAsDouble(), 0, where);
                else assertEquals(before, now.get("value").getAsString(), where);
            }
        }
        // The protected sheet was opened for the write and protected again.
        assertTrue(sheets.getAsJsonObject("Realisasi").get("protected").getAsBoolean());
        @SuppressWarnings("unchecked")
        List<String> log = (List<String>) browser.executeScript("return OfficeDouble.log()");
        assertEquals("unprotect Realisasi", log.get(0));
        assertEquals("protect Realisasi", log.get(log.size() - 1));

        assertRecomputes(sheets, expected);
    }

    @Test
    @Order(2)
    void findingsAreListedAndAClickSelectsTheCell() throws Exception {
        assertEquals("20,44 %", browser.findElement(By.xpath(
                "//section[@id='ringkasan']//div[dt[normalize-space()='Serapan']]/dd")).getText());
        List<WebElement> items = browser.findElements(By.cssSelector("#temuan li"));
        assertFalse(items.isEmpty());
        assertTrue(items.stream().noneMatch(i -> i.getText().startsWith("catatan")), "infos wait behind their button");
        WebElement n24 = browser.findElement(By.cssSelector("#temuan button[data-sel='Realisasi!N24']"));
        assertTrue(n24.getText().contains("TOTAL_MISMATCH"), n24.getText());
        n24.click();
        wait.until(d -> browser.executeScript("return OfficeDouble.selected()") != null);
        @SuppressWarnings("unchecked")
        Map<String, Object> selected = (Map<String, Object>) browser.executeScript("return OfficeDouble.selected()");
        assertEquals(Map.of("sheet", "Realisasi", "address", "N24"), selected);
        browser.findElement(By.xpath("//section[@id='temuan']//button[starts-with(normalize-space(), 'Tampilkan')]")).click();
        assertTrue(browser.findElements(By.cssSelector("#temuan li")).size() > items.size());
    }

    @Test
    @Order(3)
    void anOpdSendsTheOpenWorkbookToBappeda() throws Exception {
        session.submitLogin("bkd", PASSWORD);
        wait.until(d -> d.findElement(By.id("kirim-tombol")).isDisplayed() && d.findElement(By.id("kirim-tombol")).isEnabled());
        browser.findElement(By.id("kirim-tombol")).click();
        wait.until(d -> !d.findElements(By.cssSelector("#kirim-pesan .berhasil, #kirim-pesan .gagal")).isEmpty());
        String said = browser.findElement(By.cssSelector("#kirim-pesan .pesan")).getText();
        assertTrue(said.startsWith("Terkirim: Lampiran Realisasi 2023 triwulan I, versi 1"), said);
        screenshot("addin-kirim");
        assertEquals(1, server.store().listSubmissions(
                new capaian.store.SubmissionQuery(KODE_BKD, null, null, null, false)).size());
    }

    @Test
    @Order(4)
    void anErrorAnswerIsAPlainMessageAndWritesNothing() throws Exception {
        browser.executeScript("OfficeDouble.file(arguments[0])", Base64.getEncoder().encodeToString("%PDF-1.4 bukan".getBytes()));
        int before = ((List<?>) browser.executeScript("return OfficeDouble.log()")).size();
        String said = pressAndRead();
        assertTrue(said.contains("bukan buku kerja Excel"), said);
        assertEquals(before, ((List<?>) browser.executeScript("return OfficeDouble.log()")).size());
    }

    @Test
    @Order(5)
    void aServerThatIsGoneIsAPlainMessage() throws Exception {
        openInDouble(SEED000);
        server.close();
        server = null;
        String said = pressAndRead();
        assertEquals("Server Capaian tidak dapat dihubungi. Periksa sambungan jaringan, lalu coba lagi.", said);
        assertTrue(browser.findElement(By.id("periksa")).isEnabled(), "the button works again");
        assertTrue(((List<?>) browser.executeScript("return OfficeDouble.log()")).isEmpty());
        screenshot("addin-tanpa-server");
    }

    /** Presses the button and waits for the failure message. */
    private String pressAndRead() {
        browser.findElement(By.id("periksa")).click();
        wait.until(d -> !d.findElements(By.cssSelector("#pesan .pesan.gagal")).isEmpty());
        return browser.findElement(By.cssSelector("#pesan .pesan.gagal")).getText();
    }

    /** Puts an example into the double: its file, and its cells' values, locks and sheet protection. */
    private void openInDouble(Path file) throws IOException {
        initial = new LinkedHashMap<>();
        try (InputStream in = Files.newInputStream(file); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            for (Sheet s : wb) {
                Map<String, Object> cells = new LinkedHashMap<>();
                for (Row r : s) {
                    for (Cell c : r) {
                        Object v = switch (c.getCellType() == CellType.FORMULA ? c.getCachedFormulaResultType() : c.getCellType()) {
                            case NUMERIC -> c.getNumericCellValue();
                            case STRING -> c.getStringCellValue();
                            case BOOLEAN -> c.getBooleanCellValue();
                            default -> "";
                        };
                        cells.put(c.getAddress().formatAsString(), Map.of("value", v, "locked", c.getCellStyle().getLocked()));
                    }
                }
                initial.put(s.getSheetName(), Map.of("protected", ((XSSFSheet) s).getProtect(), "cells", cells));
            }
        }
        browser.executeScript("OfficeDouble.open(arguments[0], arguments[1], arguments[2])",
                Base64.getEncoder().encodeToString(Files.readAllBytes(file)), "C:\\Laporan\\" + file.getFileName(), initial);
    }

    /**
     * What Excel would show: the example with the double's cells written into it, recalculated by POI, gives in
     * every computed cell the value Capaian computed.
     */
    private static void assertRecomputes(JsonObject sheets, List<ComputedCells.Cell> expected) throws IOException {
        try (InputStream in = Files.newInputStream(SEED000); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            for (ComputedCells.Cell c : expected) {
                JsonObject cell = sheets.getAsJsonObject(c.sheet()).getAsJsonObject("cells").getAsJsonObject(c.address());
                XSSFCell x = cellAt(wb, c);
                if (!cell.get("formula").isJsonNull()) x.setCellFormula(cell.get("formula").getAsString().substring(1));
                else if (cell.get("value").getAsJsonPrimitive().isNumber()) x.setCellValue(cell.get("value").getAsDouble());
                else if (cell.get("value").getAsString().isEmpty()) x.setBlank();
                else x.setCellValue(cell.get("value").getAsString());
            }
            XSSFFormulaEvaluator.evaluateAllFormulaCells(wb);
            for (ComputedCells.Cell c : expected) {
                XSSFCell x = cellAt(wb, c);
                String where = c.sheet() + "!" + c.address();
                CellType t = x.getCellType() == CellType.FORMULA ? x.getCachedFormulaResultType() : x.getCellType();
                if (c.value() instanceof BigDecimal b) {
                    assertEquals(CellType.NUMERIC, t, where);
                    assertEquals(b.doubleValue(), x.getNumericCellValue(), 1e-6, where);
                } else if (c.value() instanceof String s) {
                    assertEquals(s, x.getStringCellValue(), where);
                }
            }
        }
    }

    private static XSSFCell cellAt(XSSFWorkbook wb, ComputedCells.Cell c) {
        CellReference ref = new CellReference(c.address());
        XSSFSheet sheet = wb.getSheet(c.sheet());
        XSSFRow row = sheet.getRow(ref.getRow()) == null ? sheet.createRow(ref.getRow()) : sheet.getRow(ref.getRow());
        return row.getCell(ref.getCol()) == null ? row.createCell(ref.getCol()) : row.getCell(ref.getCol());
    }

    private void screenshot(String name) throws IOException {
        long height = (Long) browser.executeScript("return Math.ceil(document.documentElement.scrollHeight)");
        browser.manage().window().setSize(new Dimension(PANE_WIDTH, (int) Math.min(Math.max(height + 140, 600), 16000)));
        Files.write(WORK.resolve(name + ".png"), browser.getScreenshotAs(OutputType.BYTES));
    }
}
