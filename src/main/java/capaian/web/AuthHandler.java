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
                    .orElseThrow(() -> new ApiException(401, "TOKEN_TIDAK_SAH", "Token API tidak sah atau sudah dicabut."));
            return new Auth(u, null, null);
        }
        String header = ex.getRequestHeaders().getFirst(SESSION_HEADER);
        Cookie cookie = ex.getRequestCookie(COOKIE);
        String secret = header != null ? header.trim() : cookie == null ? null : cookie.getValue();
        if (secret == null || secret.isEmpty()) return Auth.ANONYMOUS;
        Optional<Session> s = store.findSession(secret);
        return s.map(session -> new Auth(session.user(), session, secret)).orElse(Auth.ANONYMOUS);
    }
}
