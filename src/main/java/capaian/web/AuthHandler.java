package capaian.web;

import capaian.store.Session;
import capaian.store.Store;
import capaian.store.User;
import io.undertow.server.HttpHandler;
import io.undertow.server.HttpServerExchange;
import io.undertow.server.handlers.Cookie;
import io.undertow.util.Headers;

import java.util.Optional;

/** Finds the user behind a request, from the bearer token or the session cookie, and attaches an {@link Auth}. */
final class AuthHandler implements HttpHandler {
    static final String COOKIE = "capaian_sesi";
    /** The session secret sent as a header instead of the cookie (the Excel add-in); CSRF rules are the same. */
    static final String SESSION_HEADER = "X-Capaian-Session";
    private static final String BEARER = "Bearer ";

    private final Store store;
    private final HttpHandler next;

    AuthHandler(Store store, HttpHandler next) {
        this.store = store;
        this.next = next;
    }

    @Override
    public void handleRequest(HttpServerExchange ex) throws Exception {
        ex.putAttachment(Auth.KEY, resolve(ex));
        next.handleRequest(ex);
    }

    private Auth resolve(HttpServerExchange ex) {
        String authorization = ex.getRequestHeaders().getFirst(Headers.AUTHORIZATION);
        if (authorization != null) {
            if (!authorization.startsWith(BEARER)) {
                throw new ApiException(401, "TOKEN_TIDAK_SAH", "Header Authorization harus berbentuk \"Bearer TOKEN\".");
            }
            User u = store.findUserByApiToken(authorization.substring(BEARER.length()).trim())
                    .orElseThrow(() -> new ApiException(401, "TOKEN_TIDAK_SAH", "Token API tidak sah, sudah kedaluwarsa "
                            + "atau sudah dicabut. Buat token baru (scripts/capaian user token NAMA, atau POST /api/v1/tokens "
                            + "setelah masuk)."));
            return new Auth(u, null, null);
        }
        String header = ex.getRequestHeaders().getFirst(SESSION_HEADER);
        if (header != null) {
            // The Excel add-in's pane: the session secret in a header, because framed panes lose their cookies.
            String secret = header.trim();
            return store.findSession(secret).map(s -> new Auth(s.user(), s, secret)).orElse(Auth.ANONYMOUS);
        }
        // A browser can hold two cookies of that name (one planted by another site on a parent domain, say):
        // each is tried, so that a planted value can neither hide the real session nor keep it alive at login.
        for (Cookie cookie : ex.requestCookies()) {
            if (!COOKIE.equals(cookie.getName())) continue;
            Optional<Session> s = store.findSession(cookie.getValue());
            if (s.isPresent()) return new Auth(s.get().user(), s.get(), cookie.getValue());
        }
        return Auth.ANONYMOUS;
    }
}
