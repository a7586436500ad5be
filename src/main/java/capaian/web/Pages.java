package capaian.web;

import io.undertow.server.HttpHandler;
import io.undertow.server.HttpServerExchange;
import io.undertow.server.handlers.resource.ClassPathResourceManager;
import io.undertow.server.handlers.resource.ResourceHandler;

import java.util.Map;

/**
 * The pages, their script and style, served from the jar: no CDN, so everything works on an office network
 * without internet. Clean paths (/periksa) map to the HTML files.
 */
final class Pages implements HttpHandler {
    static final Map<String, String> ROUTES = Map.of(
            "/", "/index.html",
            "/periksa", "/periksa.html",
            "/kirim", "/kirim.html",
            "/bappeda", "/bappeda.html",
            "/masuk", "/masuk.html",
            "/verifikasi", "/verifikasi.html",
            "/pengguna", "/pengguna.html");

    private final ResourceHandler resources;

    Pages() {
        this.resources = new ResourceHandler(new ClassPathResourceManager(Pages.class.getClassLoader(), "capaian/web/"))
                .setWelcomeFiles("index.html")
                .setDirectoryListingEnabled(false)
                .setCacheTime(300);
    }

    @Override
    public void handleRequest(HttpServerExchange ex) throws Exception {
        String file = ROUTES.get(ex.getRelativePath());
        if (file != null) ex.setRelativePath(file);
        if (ex.getRelativePath().endsWith(".class")) {
            throw ApiException.notFound("Halaman tidak ditemukan.");
        }
        resources.handleRequest(ex);
    }
}
