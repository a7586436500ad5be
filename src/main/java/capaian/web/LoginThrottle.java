package capaian.web;

import capaian.store.LoginFailures;
import capaian.store.Store;

import java.time.Clock;
import java.util.List;
import java.util.Map;

/**
 * Slows password guessing without letting a guesser lock the owner out. Failures are counted per (user name,
 * client address) pair and per address over all names: {@link CredentialPolicy#pairFailures()} for one pair lock
 * that pair, {@link CredentialPolicy#addressFailures()} from one address lock that address, each for a lock that
 * doubles with every further failure (up to the policy's maximum). Only the pair and the address are refused:
 * the owner typing the right password from another address gets in whatever others guessed. A success forgets
 * its pair, not its address (else a guesser holding one account could reset its own ceiling). Failures are
 * forgotten a window after the last one. Kept in the store, so that the admin can unlock from the command line
 * while the server runs and a restart does not reset a guesser's backoff; at most {@value #MAX_ENTRIES} entries,
 * so random names cannot fill the disk. The address is the TCP peer's; X-Forwarded-For is not trusted.
 */
final class LoginThrottle {
    static final int MAX_ENTRIES = 10_000;

    private final Store store;
    private final CredentialPolicy policy;
    private final Clock clock;

    LoginThrottle(Store store, CredentialPolicy policy, Clock clock) {
        this.store = store;
        this.policy = policy;
        this.clock = clock;
    }

    /** Throws 429 when this pair or this address is locked now; checked before the password is hashed. */
    synchronized void check(String username, String address) {
        long now = clock.millis();
        long until = Math.max(lockedUntil(username, address, now), lockedUntil(LoginFailures.ANY_USER, address, now));
        if (until > now) {
            long seconds = Math.max(1, (until - now + 999) / 1000);
            throw new ApiException(429, "TERLALU_SERING_GAGAL", "Terlalu banyak percobaan masuk yang gagal dari alamat ini. "
                    + "Tunggu " + seconds + " detik, lalu coba lagi. Bila lupa kata sandi atau tetap terkunci, hubungi "
                    + "admin Bappeda.", Map.of("Retry-After", Long.toString(seconds)));
        }
    }

    synchronized void failed(String username, String address) {
        long now = clock.millis();
        fail(name(username), address, policy.pairFailures(), now);
        fail(LoginFailures.ANY_USER, address, policy.addressFailures(), now);
    }

    synchronized void succeeded(String username, String address) {
        store.deleteLoginFailures(name(username), address);
    }

    /** The admin's unlock; see {@link Store#unlockLogins}. */
    synchronized int unlock(String username, String address) {
        return store.unlockLogins(username == null ? null : name(username), address);
    }

    /** The entries still remembered (locked or within the window). */
    synchronized List<LoginFailures> current() {
        return store.listLoginFailures(clock.millis() - policy.window().toMillis());
    }

    /** Where an unlock is recorded. */
    capaian.store.AuditLog audit() {
        return store.audit();
    }

    long now() {
        return clock.millis();
    }

    /** The TCP peer's address (never a header a client can set). */
    static String address(io.undertow.server.HttpServerExchange ex) {
        java.net.InetSocketAddress a = ex.getSourceAddress();
        return a == null || a.getAddress() == null ? "?" : a.getAddress().getHostAddress();
    }

    /** A user name as it may appear in the log: no control characters or other forged-line material. */
    static String printable(String username) {
        String s = username == null ? "" : username.replaceAll("[^A-Za-z0-9._@-]", "?");
        return s.length() > 64 ? s.substring(0, 64) : s;
    }

    private static String name(String username) {
        // An empty name would be read as the address-wide entry; "?" is no valid user name.
        String n = username == null ? "" : username.trim();
        return n.isEmpty() ? "?" : n;
    }

    private long lockedUntil(String username, String address, long now) {
        LoginFailures f = live(username, address, now);
        return f == null ? 0 : f.lockedUntil();
    }

    private LoginFailures live(String username, String address, long now) {
        LoginFailures f = store.findLoginFailures(username, address).orElse(null);
        if (f != null && f.lockedUntil() <= now && now - f.lastFailure() > policy.window().toMillis()) return null;
        return f;
    }

    /** Counted in one store transaction, so that two servers behind one address never lose a failure. */
    private void fail(String username, String address, int threshold, long now) {
        store.changeLoginFailures(username, address, stored -> {
            LoginFailures f = stored != null && stored.lockedUntil() <= now
                    && now - stored.lastFailure() > policy.window().toMillis() ? null : stored;
            int failures = (f == null ? 0 : f.failures()) + 1;
            long locked = f == null ? 0 : f.lockedUntil();
            if (failures >= threshold) {
                int doublings = Math.min(failures - threshold, 20);
                locked = now + Math.min(policy.maxLock().toMillis(), policy.baseLock().toMillis() << doublings);
            }
            return new LoginFailures(username, address, failures, now, locked);
        }, MAX_ENTRIES);
    }
}
