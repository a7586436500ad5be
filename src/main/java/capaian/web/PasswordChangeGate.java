package capaian.web;

import io.undertow.server.HttpHandler;
import io.undertow.server.HttpServerExchange;
import io.undertow.util.Methods;

/**
 * An account whose password an admin gave out (a new account, a reset) may do nothing through the API but look
 * who it is, change its password and log out: the first password travelled on paper or in a workbook, so until
 * the owner has chosen one, whoever else read it must not be able to act as the OPD. Pages and assets still load,
 * so that the page can ask for the new password.
 */
final class PasswordChangeGate implements HttpHandler {
    private final HttpHandler next;

    PasswordChangeGate(HttpHandler next) {
        this.next = next;
    }

    @Override
    public void handleRequest(HttpServerExchange ex) throws Exception {
        Auth a = Auth.of(ex);
        if (a.user() != null && a.user().mustChangePassword() && ex.getRequestPath().startsWith("/api/") && !allowed(ex)) {
            throw ApiError.GANTI_KATA_SANDI.withMessage("Kata sandi akun " + a.user().username() + " diberikan oleh admin. "
                    + "Ganti dulu dengan kata sandi pilihan Anda sendiri di halaman Masuk, lalu lanjutkan.");
        }
        next.handleRequest(ex);
    }

    private static boolean allowed(HttpServerExchange ex) {
        String path = ex.getRequestPath();
        return path.equals("/api/v1/session") || path.equals("/api/v1/health")
                || (path.equals("/api/v1/password") && ex.getRequestMethod().equals(Methods.POST));
    }
}
