package capaian.realclients;

import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Debian's Chromium driven through Debian's chromedriver: both paths are given to Selenium, so Selenium Manager
 * never runs and nothing is downloaded. The browser is headless, on a fresh profile, with every background
 * service that would call home switched off, and it resolves no host name but localhost.
 */
final class Chromium {
    static final Path BROWSER = Path.of("/usr/bin/chromium");
    static final Path DRIVER = Path.of("/usr/bin/chromedriver");

    /**
     * Selenium warns that it has no DevTools classes for this Chromium version; the test does not use them.
     * Held here so that the logger, and with it its level, is not collected.
     */
    private static final Logger CDP_VERSION = Logger.getLogger("org.openqa.selenium.devtools.CdpVersionFinder");

    private Chromium() {}

    /** Null when both are installed, else what is missing and how to install it. */
    static String missing() {
        StringBuilder m = new StringBuilder();
        for (Path p : List.of(BROWSER, DRIVER)) {
            if (!Files.isRegularFile(p) || !Files.isExecutable(p)) m.append(m.length() == 0 ? "" : " and ").append(p);
        }
        if (m.length() == 0) return null;
        return m + " not installed: run scripts/test as root, or apt-get install chromium chromium-driver";
    }

    /**
     * Null when the browser test can run; else what is missing, after saying that the test is skipped. With
     * CI=true a missing browser fails the test instead.
     */
    static String unavailable(String test) {
        String missing = missing();
        if (missing == null) return null;
        if ("true".equalsIgnoreCase(System.getenv("CI"))) {
            throw new AssertionError("CI=true and the " + test + " cannot run: " + missing);
        }
        System.out.println("Chromium " + test + " skipped: " + missing);
        return missing;
    }

    /**
     * Starts the browser.
     *
     * @param profile   an empty directory for the browser's user data, removed by the caller afterwards
     * @param logDir    where chromedriver writes its log
     * @param downloads where the browser saves downloaded files without asking
     */
    static ChromeDriver start(Path profile, Path logDir, Path downloads) throws IOException {
        // Belt and braces: Selenium Manager is only consulted when a path is unknown, and ours are both given.
        System.setProperty("SE_AVOID_STATS", "true");
        CDP_VERSION.setLevel(Level.SEVERE);
        System.setProperty("webdriver.chrome.driver", DRIVER.toString());
        Files.createDirectories(logDir);
        Files.createDirectories(downloads);

        ChromeOptions options = new ChromeOptions();
        options.setBinary(BROWSER.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--no-first-run",
                "--no-default-browser-check", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--disable-default-apps", "--disable-extensions", "--disable-domain-reliability",
                "--disable-dev-shm-usage", "--disable-features=Translate,OptimizationHints,MediaRouter",
                "--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE localhost, EXCLUDE 127.0.0.1",
                "--window-size=1280,900", "--lang=id-ID", "--user-data-dir=" + profile.toAbsolutePath());
        options.setExperimentalOption("prefs", Map.of(
                "download.default_directory", downloads.toAbsolutePath().toString(),
                "download.prompt_for_download", false,
                "download.directory_upgrade", true,
                "safebrowsing.enabled", false));
        options.setCapability("goog:loggingPrefs", Map.of("browser", "ALL"));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(DRIVER.toFile())
                .usingAnyFreePort()
                .withLogFile(logDir.resolve("chromedriver.log").toFile())
                .withTimeout(Duration.ofSeconds(60))
                .build();
        return new ChromeDriver(service, options);
    }
}
