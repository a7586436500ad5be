package capaian.web;

import io.undertow.server.HttpHandler;
import io.undertow.server.HttpServerExchange;
import io.undertow.util.Headers;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.function.Supplier;

/**
 * The Excel add-in under {@value #PREFIX}: its manifest with this server's public address filled in, the task
 * pane page with the Office.js address filled in, and (through {@link Pages}) the pane's script, style and
 * icons. Everything comes from this server except Office.js, which an add-in must load from Microsoft.
 */
final class Addin implements HttpHandler {
    static final String PREFIX = "/addin/";
    private static final String DIR = "/capaian/web/addin/";
    /**
     * Office.js loads its host-specific parts from beside itself, so the pane may run scripts from that one
     * directory of Microsoft's and nowhere else outside this server.
     */
    private static final String OFFICE_DIR = "https://appsforoffice.microsoft.com/lib/1/hosted/";
    /** Where Excel on the web and Microsoft 365 frame a task pane. */
    private static final String OFFICE_FRAMES = "https://*.officeapps.live.com https://*.office.com https://*.office365.com "
            + "https://*.sharepoint.com https://*.microsoft365.com https://*.cloud.microsoft";

    private final Supplier<String> publicUrl;
    private final String manifest;
    private final String taskpane;
    private final HttpHandler pages;

    Addin(Supplier<String> publicUrl, String officeJsUrl, HttpHandler pages) {
        this.publicUrl = publicUrl;
        this.manifest = resource("manifest.xml");
        this.taskpane = resource("taskpane.html").replace("{{OFFICE_JS}}", attribute(officeJsUrl));
        this.pages = pages;
    }

    /** The add-in pages' policy: own files, plus Office.js's directory when it comes from Microsoft. */
    static String contentSecurityPolicy(String officeJsUrl) {
        String office = officeJsUrl.startsWith(OFFICE_DIR) ? " " + OFFICE_DIR : "";
        return "default-src 'self'; script-src 'self'" + office + "; style-src 'self'; img-src 'self' data:; "
                + "connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; "
                + "frame-ancestors 'self' " + OFFICE_FRAMES;
    }

    @Override
    public void handleRequest(HttpServerExchange ex) throws Exception {
        switch (ex.getRelativePath()) {
            case "/addin/manifest.xml" -> {
                ex.getResponseHeaders().put(Headers.CONTENT_TYPE, "application/xml; charset=utf-8");
                ex.getResponseHeaders().put(Headers.CONTENT_DISPOSITION, "attachment; filename=\"capaian-manifest.xml\"");
                ex.getResponseHeaders().put(Headers.CACHE_CONTROL, "no-store");
                ex.getResponseSender().send(manifest(publicUrl.get()), StandardCharsets.UTF_8);
            }
            case "/addin/", "/addin/taskpane.html" -> {
                ex.getResponseHeaders().put(Headers.CONTENT_TYPE, "text/html; charset=utf-8");
                ex.getResponseHeaders().put(Headers.CACHE_CONTROL, "no-cache");
                ex.getResponseSender().send(taskpane, StandardCharsets.UTF_8);
            }
            default -> pages.handleRequest(ex);
        }
    }

    /** The manifest for a server reached at {@code base} (no trailing slash). */
    String manifest(String base) {
        return manifest.replace("{{PUBLIC_URL}}", attribute(base));
    }

    private static String resource(String name) {
        try (InputStream in = Addin.class.getResourceAsStream(DIR + name)) {
            if (in == null) throw new IllegalStateException("missing resource " + DIR + name);
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String attribute(String s) {
        return s.replace("&", "&amp;").replace("\"", "&quot;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
