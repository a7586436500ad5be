package capaian.web;

import capaian.store.AuditLog;
import capaian.store.Revoked;
import capaian.store.Secrets;
import capaian.store.Store;
import capaian.store.User;
import capaian.store.UserCommand;
import io.undertow.server.HttpServerExchange;
import io.undertow.server.RoutingHandler;
import io.undertow.server.handlers.Cookie;
import io.undertow.server.handlers.CookieImpl;
import io.undertow.util.Headers;

import java.time.Duration;
import java.util.Arrays;
import java.util.Map;
import java.util.logging.Logger;

/** Login, logout, who am I, and changing one's own password. */
final class SessionRoutes {
    private static final Logger LOG = Logger.getLogger(SessionRoutes.class.getName());
    static final int MAX_USERNAME = 64;
    static final int MAX_PASSWORD = 1024;

    /**
     * @param sessionToken the session secret itself, only when login asked for it ({@code "sessionInBody": true}):
     *                     the Excel add-in's pane, framed by Excel on the web where cookies are third-party and
     *                     dropped, sends it back in the {@value AuthHandler#SESSION_HEADER} header
     */
    record Me(UserView user, String csrfToken, String sessionToken) {}

    record PasswordChanged(String message, int sessionsEnded, int tokensRevoked) {}

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
        r.post("/api/v1/password", this::changePassword);
    }

    private void login(HttpServerExchange ex) {
        JsonBody body = JsonBody.read(ex, "username", "password", "sessionInBody");
        String typedName = body.optionalText("username", MAX_USERNAME);
        String password = body.optionalText("password", MAX_PASSWORD);
        if (typedName == null || typedName.isBlank() || password == null || password.isEmpty()) {
            throw ApiException.badRequest("DATA_KURANG", "Isi nama pengguna dan kata sandi.");
        }
        String username = typedName.trim();
        boolean inBody = body.flag("sessionInBody", false);
        String address = LoginThrottle.address(ex);
        // Checked before the password is hashed: a locked-out guesser costs no PBKDF2 time either.
        throttle.check(username, address);
        char[] pw = password.toCharArray();
        User u;
        try {
            u = store.authenticate(username, pw).orElseThrow(() -> {
                throttle.failed(username, address);
                // The name is logged to trace guessing; the password never is.
                LOG.info("login failed for \"" + LoginThrottle.printable(username) + "\" from " + address);
                store.audit().recordNamed(LoginThrottle.printable(username), AuditLog.LOGIN_FAILED, LoginThrottle.printable(username),
                        "dari alamat " + address);
                return new ApiException(401, "LOGIN_GAGAL", "Nama pengguna atau kata sandi salah, atau akun dinonaktifkan.");
            });
        } finally {
            Arrays.fill(pw, '\0');
        }
        throttle.succeeded(username, address);
        Auth old = Auth.of(ex);
        if (old.viaSession()) store.deleteSession(old.cookieValue());
        String csrf = Secrets.newToken();
        String secret = store.createSession(u.id(), lifetime, csrf);
        ex.setResponseCookie(cookie(ex, secret, (int) lifetime.toSeconds()));
        LOG.info("login " + u.username() + " from " + address);
        store.audit().record(u.id(), AuditLog.LOGIN_OK, u.username(), "dari alamat " + address
                + (u.mustChangePassword() ? "; wajib mengganti kata sandi" : ""));
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

    /**
     * The user's own change, with the current password: every other session of the user ends and every API
     * token is revoked (whoever knew the old password may hold one); this session stays.
     */
    private void changePassword(HttpServerExchange ex) {
        Auth a = Auth.of(ex);
        User u = a.require();
        if (!a.viaSession()) {
            throw ApiException.forbidden("Kata sandi diganti setelah masuk dengan kata sandi (sesi browser), "
                    + "bukan dengan token API.");
        }
        JsonBody body = JsonBody.read(ex, "currentPassword", "newPassword");
        String current = body.text("currentPassword", MAX_PASSWORD);
        String next = body.text("newPassword", MAX_PASSWORD);
        if (next.length() < UserCommand.MIN_PASSWORD) {
            throw ApiException.badRequest("KATA_SANDI_LEMAH", "Kata sandi baru minimal " + UserCommand.MIN_PASSWORD
                    + " karakter. Ketik kata sandi yang lebih panjang.");
        }
        if (next.equals(current)) {
            throw ApiError.KATA_SANDI_SAMA.withMessage("Kata sandi baru sama dengan yang sekarang. Ketik kata sandi lain yang "
                    + "hanya Anda ketahui.");
        }
        verifyPassword(store, throttle, ex, u, current);
        char[] pw = next.toCharArray();
        Revoked r;
        try {
            r = store.changePassword(u.id(), pw, a.cookieValue());
        } finally {
            Arrays.fill(pw, '\0');
        }
        LOG.info("password changed by " + u.username() + ": " + r.sessions() + " other sessions ended, "
                + r.tokens() + " API tokens revoked");
        store.audit().record(u.id(), AuditLog.PASSWORD_CHANGED, u.username(), u.mustChangePassword()
                ? "kata sandi pertama dari admin diganti" : null);
        Json.ok(ex, new PasswordChanged("Kata sandi diganti. " + r.sessions() + " sesi lain diakhiri dan " + r.tokens()
                + " token API dicabut; buat token baru bila skrip Anda memerlukannya.", r.sessions(), r.tokens()));
    }

    /**
     * The password typed again by a logged-in user: counted by the throttle like a login (a stolen session must
     * not become a free password oracle); a wrong one is 403, not 401, since the session itself is still good.
     */
    static void verifyPassword(Store store, LoginThrottle throttle, HttpServerExchange ex, User u, String password) {
        String address = LoginThrottle.address(ex);
        throttle.check(u.username(), address);
        char[] pw = password.toCharArray();
        try {
            if (store.authenticate(u.username(), pw).isEmpty()) {
                throttle.failed(u.username(), address);
                LOG.info("password re-entry failed for " + u.username() + " from " + address);
                throw new ApiException(403, "KATA_SANDI_SALAH", "Kata sandi yang Anda ketik salah. Ketik kata sandi Anda "
                        + "yang sekarang.");
            }
        } finally {
            Arrays.fill(pw, '\0');
        }
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
