package capaian.realclients;

import capaian.web.CapaianServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;

/**
 * A browser test against one Capaian server: the subclass starts the server in its {@code @BeforeAll} (after
 * setting {@link #missing} from {@link Chromium#unavailable}), then {@link #startBrowser}; every test is skipped,
 * and counted as such, when Chromium is missing; browser and server are stopped after the last test.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class ChromiumServerTest {
    CapaianServer server;
    ChromiumSession session;
    ChromeDriver browser;
    WebDriverWait wait;
    String base;
    /** Why the tests are skipped, or null when Chromium is there. */
    String missing;

    /** Starts Chromium against {@link #server}; {@link #browser} and {@link #wait} are the session's own. */
    void startBrowser(Path profile, Path work, Path downloads, Duration timeout) throws IOException {
        base = server.uri().toString();
        session = ChromiumSession.start(profile, work, downloads, timeout, base);
        browser = session.browser;
        wait = session.wait;
    }

    @BeforeEach
    void needChromium() {
        Assumptions.assumeTrue(missing == null, missing);
    }

    @AfterAll
    void stopBrowserAndServer() {
        ChromiumSession.stop(session, server);
    }
}
