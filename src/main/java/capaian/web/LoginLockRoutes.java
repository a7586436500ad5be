package capaian.web;

import capaian.store.LoginFailures;
import capaian.store.User;
import io.undertow.server.HttpServerExchange;
import io.undertow.server.RoutingHandler;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;

/** Bappeda's view of failed logins and its unlock (the same as {@code scripts/capaian user unlock}). */
final class LoginLockRoutes {
    private static final Logger LOG = Logger.getLogger(LoginLockRoutes.class.getName());

    /** @param username absent for the ceiling of the address over all names ({@code addressWide}) */
    record Lock(String username, String address, boolean addressWide, int failures, String lastFailure, boolean locked, String lockedUntil,
                long retryAfterSeconds) {}

    record Locks(List<Lock> locks) {}

    private final LoginThrottle throttle;

    LoginLockRoutes(LoginThrottle throttle) {
        this.throttle = throttle;
    }

    void register(RoutingHandler r) {
        r.get("/api/v1/login-locks", this::list);
        r.post("/api/v1/login-locks/unlock", this::unlock);
    }

    private void list(HttpServerExchange ex) {
        Auth.of(ex).requireBappeda();
        long now = throttle.now();
        Json.ok(ex, new Locks(throttle.current().stream().map(f -> lock(f, now)).toList()));
    }

    private static Lock lock(LoginFailures f, long now) {
        boolean locked = f.lockedUntil() > now;
        return new Lock(f.addressWide() ? null : f.username(), f.address(), f.addressWide(), f.failures(),
                Instant.ofEpochMilli(f.lastFailure()).toString(), locked,
                locked ? Instant.ofEpochMilli(f.lockedUntil()).toString() : null,
                locked ? (f.lockedUntil() - now + 999) / 1000 : 0);
    }

    private void unlock(HttpServerExchange ex) {
        User admin = Auth.of(ex).requireBappeda();
        JsonBody body = JsonBody.read(ex, "username", "address");
        String username = blankToNull(body.optionalText("username", SessionRoutes.MAX_USERNAME));
        String address = blankToNull(body.optionalText("address", 64));
        if (username != null && !username.matches("[A-Za-z0-9._@-]{1,64}")) {
            throw ApiException.badRequest("JSON_TIDAK_SAH", "Kolom \"username\" berisi nama pengguna seperti yang dipakai "
                    + "untuk masuk (huruf, angka, titik, garis bawah, @ atau tanda hubung).");
        }
        if (address != null && !address.matches("[0-9A-Fa-f:.%]{2,64}")) {
            throw ApiException.badRequest("JSON_TIDAK_SAH", "Kolom \"address\" berisi alamat IP seperti 10.0.0.5 atau fe80::1, "
                    + "seperti yang tampil di daftar kuncian.");
        }
        if (username == null && address == null) {
            throw ApiException.badRequest("DATA_KURANG", "Isi \"username\" (buka kunci nama itu dari semua alamat), "
                    + "\"address\" (buka kunci alamat itu), atau keduanya.");
        }
        int n = throttle.unlock(username, address);
        LOG.info("login locks unlocked by " + admin.username() + ": user " + (username == null ? "*" : LoginThrottle.printable(username))
                + ", address " + (address == null ? "*" : LoginThrottle.printable(address)) + " (" + n + " entries)");
        throttle.audit().record(admin.id(), capaian.store.AuditLog.LOGIN_UNLOCKED, username == null ? address : username,
                n + " kuncian dibuka" + (username != null && address != null ? " dari alamat " + address : ""));
        Json.ok(ex, Map.of("unlocked", n, "message", n == 0 ? "Tidak ada kuncian yang cocok." : n + " kuncian dibuka."));
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
