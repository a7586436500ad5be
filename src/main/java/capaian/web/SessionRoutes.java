package capaian.web;

import capaian.store.Secrets;
import capaian.store.Store;
import capaian.store.User;
import com.google.gson.JsonObject;
import io.undertow.server.HttpServerExchange;
import io.undertow.server.RoutingHandler;
import io.undertow.server.handlers.Cookie;
import io.undertow.server.handlers.CookieImpl;
import io.undertow.util.Headers;

import java.time.Duration;
import java.util.Map;
import java.util.logging.Logger;

/** Login, logout, who am I, and API tokens. */
final class SessionRoutes {
    private static final Logger LOG = Logger.getLogger(SessionRoutes.class.getName());

    /**
     * @param sessionToken the session secret itself, only when login asked for it ({@code "sessionInBody": true}):
     *                     the Excel add-in's pane, framed by Excel on the web where cookies are third-party and
     *                     dropped, sends it back in the {@value AuthHandler#SESSION_HEADER} header
     */
    record Me(UserView user, String csrfToken, String sessionToken) {}

    private final Store store;
    private final Duration lifetime;
    private final LoginThrottle throttle;

    SessionRoutes(Store store, Duration lifetime, LoginThrottle throttle) {
        this.store = store;
        this.lifetime = lifetime;
        this.throttle = throttle;
    }

    void register(RoutingHandler r) {
        r.post("/api/v1/session", this::login);
        r.get("/api/v1/session", this::me);
        r.delete("/api/v1/session", this::logout);
        r.post("/api/v1/tokens", this::newToken);
    }

    private void login(HttpServerExchange ex) {
        JsonObject body = Json.readObject(ex);
        String username = Json.string(body, "username");
        String password = Json.string(body, "password");
        if (username == null || password == null) {
            throw ApiException.badRequest("DATA_KURANG", "Isi nama pengguna dan kata sandi.");
        }
        String address = ex.getSourceAddress() == null ? "?" : ex.getSourceAddress().getAddress().getHostAddress();
        // Checked before the password is hashed: a locked-out guesser costs no PBKDF2 time either.
        throttle.check(username, address);
        User u = store.authenticate(username, password.toCharArray()).orElseThrow(() -> {
            throttle.failed(username, address);
            // The name is logged to trace guessing; the password never is.
            LOG.info("login failed for \"" + username.replaceAll("[^A-Za-z0-9._@-]", "?") + "\" from " + ex.getSourceAddress());
            return new ApiException(401, "LOGIN_GAGAL", "Nama pengguna atau kata sandi salah, atau akun dinonaktifkan.");
        });
        throttle.succeeded(username);
        Auth old = Auth.of(ex);
        if (old.viaSession()) store.deleteSession(old.cookieValue());
        String csrf = Secrets.newToken();
        String secret = store.createSession(u.id(), lifetime, csrf);
        ex.setResponseCookie(cookie(ex, secret, (int) lifetime.toSeconds()));
        LOG.info("login " + u.username());
        boolean inBody = body.has("sessionInBody") && body.get("sessionInBody").isJsonPrimitive()
                && body.get("sessionInBody").getAsBoolean();
        Json.ok(ex, new Me(UserView.of(u), csrf, inBody ? secret : null));
    }

    private void me(HttpServerExchange ex) {
        Auth a = Auth.of(ex);
        User u = a.require();
        Json.ok(ex, new Me(UserView.of(u), a.viaSession() ? a.session().csrfToken() : null, null));
    }

    private void logout(HttpServerExchange ex) {
        Auth a = Auth.of(ex);
        if (a.viaSession()) store.deleteSession(a.cookieValue());
        ex.setResponseCookie(cookie(ex, "", 0));
        Json.ok(ex, Map.of("message", "Anda sudah keluar."));
    }

    private void newToken(HttpServerExchange ex) {
        User u = Auth.of(ex).require();
        String token = store.createApiToken(u.id(), "dibuat lewat API");
        Json.send(ex, 201, Map.of("token", token,
                "message", "Simpan token ini sekarang; token tidak dapat ditampilkan lagi."));
    }

    /** HttpOnly and SameSite=Strict always; Secure when the request came over TLS, directly or via a proxy. */
    private static Cookie cookie(HttpServerExchange ex, String value, int maxAgeSeconds) {
        return new CookieImpl(AuthHandler.COOKIE, value)
                .setPath("/")
                .setHttpOnly(true)
                .setSameSiteMode("Strict")
                .setSecure(overTls(ex))
                .setMaxAge(maxAgeSeconds);
    }

    static boolean overTls(HttpServerExchange ex) {
        return "https".equalsIgnoreCase(ex.getRequestScheme())
                || "https".equalsIgnoreCase(ex.getRequestHeaders().getFirst(Headers.X_FORWARDED_PROTO));
    }
}
