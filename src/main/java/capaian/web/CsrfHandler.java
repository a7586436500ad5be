package capaian.web;

import capaian.store.Secrets;
import io.undertow.server.HttpHandler;
import io.undertow.server.HttpServerExchange;
import io.undertow.util.Methods;

import java.util.Set;

/**
 * A state-changing request that rides on the session cookie must carry the session's CSRF token in the
 * {@value #HEADER} header (the pages' scripts add it to every form they send). SameSite=Strict already
 * keeps the cookie off cross-site requests; the token is the second lock. Login is exempt because there is
 * no session yet; it accepts only JSON, which a cross-site HTML form cannot send.
 */
final class CsrfHandler implements HttpHandler {
    static final String HEADER = "X-CSRF-Token";
    private static final Set<String> EXEMPT = Set.of("/api/v1/session");

    private final HttpHandler next;

    CsrfHandler(HttpHandler next) {
        this.next = next;
    }

    @Override
    public void handleRequest(HttpServerExchange ex) throws Exception {
        Auth auth = Auth.of(ex);
        if (auth.viaSession() && !safe(ex) && !exempt(ex)) {
            String token = ex.getRequestHeaders().getFirst(HEADER);
            if (!Secrets.sameToken(token, auth.session().csrfToken())) {
                throw new ApiException(403, "CSRF_TIDAK_SAH",
                        "Token keamanan formulir tidak ada atau tidak cocok. Muat ulang halaman lalu coba lagi.");
            }
        }
        next.handleRequest(ex);
    }

    private static boolean safe(HttpServerExchange ex) {
        return ex.getRequestMethod().equals(Methods.GET) || ex.getRequestMethod().equals(Methods.HEAD)
                || ex.getRequestMethod().equals(Methods.OPTIONS);
    }

    /** Logging in (POST) is exempt; logging out (DELETE on the same path) is not. */
    private static boolean exempt(HttpServerExchange ex) {
        return ex.getRequestMethod().equals(Methods.POST) && EXEMPT.contains(ex.getRequestPath());
    }
}
