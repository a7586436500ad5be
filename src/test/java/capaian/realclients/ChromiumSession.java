package capaian.realclients;

import capaian.web.CapaianServer;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.function.Predicate;
import java.util.logging.Level;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * One Chromium driven against one Capaian server, with what every browser test does the same way: open a page and
 * wait for it to load, fill in the login form, wait for a download to finish, check the console for errors and
 * take full-page screenshots. Each test keeps its own steps and assertions.
 */
final class ChromiumSession {
    /** Each page asks who is logged in; for an anonymous visitor the answer is a 401, which Chromium logs as an error. */
    private static final String ANONYMOUS_SESSION = "/api/v1/session - Failed to load resource: the server responded with a status of 401";

    final ChromeDriver browser;
    final WebDriverWait wait;
    private final Path work;
    private final Path downloads;
    private final Duration timeout;
    private String base;

    private ChromiumSession(ChromeDriver browser, Path work, Path downloads, Duration timeout, String base) {
        this.browser = browser;
        this.work = work;
        this.downloads = downloads;
        this.timeout = timeout;
        this.base = base;
        this.wait = new WebDriverWait(browser, timeout);
        // pages redraw their lists while a wait reads them
        wait.ignoring(StaleElementReferenceException.class);
    }

    /**
     * Starts the browser (see {@link Chromium#start}); screenshots go to {@code work}, downloads to
     * {@code downloads}, every wait lasts at most {@code timeout}, and pages are opened below {@code base}.
     */
    static ChromiumSession start(Path profile, Path work, Path downloads, Duration timeout, String base) throws IOException {
        return new ChromiumSession(Chromium.start(profile, work, downloads), work, downloads, timeout, base);
    }

    /** The server's address changes when the server is started again. */
    void serverAt(String base) {
        this.base = base;
    }

    String base() {
        return base;
    }

    /** Opens the page at {@code path} below the server and waits until it has loaded. */
    void open(String path) {
        browser.get(base + path);
        wait.until(d -> "complete".equals(((JavascriptExecutor) d).executeScript("return document.readyState")));
    }

    /** Types the user and password into the login form on the page shown and sends it. */
    void submitLogin(String user, String password) {
        browser.findElement(By.id("username")).sendKeys(user);
        browser.findElement(By.id("password")).sendKeys(password);
        browser.findElement(By.cssSelector("#masuk button[type=submit]")).click();
    }

    /** Waits until the browser has finished saving the file of this name in the downloads folder. */
    Path downloaded(String name) {
        Path file = downloads.resolve(name);
        new WebDriverWait(browser, timeout).until(d -> {
            try (Stream<Path> s = Files.list(downloads)) {
                return Files.isRegularFile(file) && s.noneMatch(p -> p.toString().endsWith(".crdownload"));
            } catch (IOException e) {
                return false;
            }
        });
        return file;
    }

    /** Waits until no download is under way and a file whose name matches {@code regex} is there. */
    Path downloadedMatching(String regex) {
        Path[] found = new Path[1];
        new WebDriverWait(browser, timeout).until(d -> {
            try (Stream<Path> s = Files.list(downloads)) {
                List<Path> all = s.toList();
                if (all.stream().anyMatch(p -> p.toString().endsWith(".crdownload"))) return false;
                found[0] = all.stream().filter(p -> p.getFileName().toString().matches(regex)).findFirst().orElse(null);
                return found[0] != null;
            } catch (IOException e) {
                return false;
            }
        });
        return found[0];
    }

    /**
     * A page that throws, or a request that fails, shows in the console; none may, but the anonymous session's 401
     * and the messages that contain one of {@code expected} (requests the test makes fail on purpose).
     */
    void assertNoConsoleErrors(String... expected) {
        Predicate<String> allowed = m -> m.contains(ANONYMOUS_SESSION) || Stream.of(expected).anyMatch(m::contains);
        List<String> errors = browser.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(e -> e.getLevel().intValue() >= Level.SEVERE.intValue()).map(LogEntry::getMessage)
                .filter(allowed.negate())
                .toList();
        assertTrue(errors.isEmpty(), "browser console errors: " + errors);
    }

    /** The whole page at a desktop's width (NAME.png) and a phone's (NAME-ponsel.png); the window is set back after. */
    void screenshot(String name, int desktopWidth, int phoneWidth) throws IOException {
        Dimension before = browser.manage().window().getSize();
        try {
            wholePage(name, desktopWidth);
            wholePage(name + "-ponsel", phoneWidth);
        } finally {
            browser.manage().window().setSize(before);
        }
    }

    /** The window is made as tall as the page at this width, so the shot (FILE.png) holds all of it. */
    void wholePage(String file, int width) throws IOException {
        browser.manage().window().setSize(new Dimension(width, 900));
        long height = (Long) browser.executeScript("return Math.ceil(document.documentElement.scrollHeight)");
        browser.manage().window().setSize(new Dimension(width, (int) Math.min(Math.max(height + 140, 600), 16000)));
        Files.write(work.resolve(file + ".png"), browser.getScreenshotAs(OutputType.BYTES));
    }

    /** Quits the browser, then closes the server, either of which may not have started. */
    static void stop(ChromiumSession session, CapaianServer server) {
        try {
            if (session != null) session.browser.quit();
        } finally {
            if (server != null) server.close();
        }
    }

    /** Empties a downloads folder of an earlier run, so that a file found there is this run's. */
    static void clear(Path dir) throws IOException {
        if (Files.isDirectory(dir)) {
            try (Stream<Path> s = Files.list(dir)) {
                for (Path p : s.toList()) Files.delete(p);
            }
        }
        Files.createDirectories(dir);
    }
}
