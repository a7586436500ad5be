package capaian.web;

import io.undertow.server.HttpHandler;
import io.undertow.server.HttpServerExchange;
import io.undertow.util.HeaderMap;
import io.undertow.util.HttpString;

/**
 * Headers that make the browser strict on our behalf: own scripts and styles only (there is no CDN), no
 * framing, no MIME sniffing, no referrer leaking a submission id.
 */
final class SecurityHeadersHandler implements HttpHandler {
    private static final String CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data: blob:; "
            + "connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

    private final HttpHandler next;
    private final String addinCsp;

    /** @param addinCsp the policy of the Excel add-in's pages, which Excel frames and which load Office.js */
    SecurityHeadersHandler(HttpHandler next, String addinCsp) {
        this.next = next;
        this.addinCsp = addinCsp;
    }

    @Override
    public void handleRequest(HttpServerExchange ex) throws Exception {
        if (ex.getRequestPath().startsWith(Addin.PREFIX)) {
            // Excel on the web shows the task pane in a frame, so no X-Frame-Options here: frame-ancestors says who may.
            HeaderMap h = ex.getResponseHeaders();
            h.put(new HttpString("Content-Security-Policy"), addinCsp);
            h.put(new HttpString("X-Content-Type-Options"), "nosniff");
            h.put(new HttpString("Referrer-Policy"), "no-referrer");
        } else {
            addTo(ex);
        }
        next.handleRequest(ex);
    }

    static void addTo(HttpServerExchange ex) {
        HeaderMap h = ex.getResponseHeaders();
        h.put(new HttpString("Content-Security-Policy"), CSP);
        h.put(new HttpString("X-Content-Type-Options"), "nosniff");
        h.put(new HttpString("X-Frame-Options"), "DENY");
        h.put(new HttpString("Referrer-Policy"), "no-referrer");
    }
}
