package capaian.web;

import java.time.Clock;
import java.time.Duration;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Slows password guessing: after {@code userFailures} failed logins for one user name, or {@code addressFailures}
 * from one client address, further logins for it are refused with 429 and Retry-After, for a lockout that
 * doubles with every further failure (up to {@code maxLock}). A success clears the user's count, not the
 * address's. Failures are forgotten {@code window} after the last one. In memory: a restart forgets, and at
 * most {@value #MAX_KEYS} keys are kept (the oldest go first), so random names cannot exhaust the heap.
 * The address is the TCP peer's; X-Forwarded-For is not trusted.
 */
final class LoginThrottle {
    static final int MAX_KEYS = 10_000;

    private record Entry(int failures, long lastFailure, long lockedUntil) {}

    private final int userFailures;
    private final int addressFailures;
    private final Duration baseLock;
    private final Duration maxLock;
    private final Duration window;
    private final Clock clock;
    private final Map<String, Entry> entries = new LinkedHashMap<>(16, 0.75f, true);

    LoginThrottle(int userFailures, int addressFailures, Duration baseLock, Duration maxLock, Duration window, Clock clock) {
        this.userFailures = userFailures;
        this.addressFailures = addressFailures;
        this.baseLock = baseLock;
        this.maxLock = maxLock;
        this.window = window;
        this.clock = clock;
    }

    static LoginThrottle standard() {
        return new LoginThrottle(5, 20, Duration.ofSeconds(30), Duration.ofMinutes(15), Duration.ofMinutes(15), Clock.systemUTC());
    }

    private static String userKey(String username) {
        return "u:" + (username == null ? "" : username.trim().toLowerCase(Locale.ROOT));
    }

    private static String addressKey(String address) {
        return "a:" + address;
    }

    /** Throws 429 when the user or the address is locked out now. */
    synchronized void check(String username, String address) {
        long now = clock.millis();
        long until = Math.max(lockedUntil(userKey(username), now), lockedUntil(addressKey(address), now));
        if (until > now) {
            long seconds = Math.max(1, (until - now + 999) / 1000);
            throw new ApiException(429, "TERLALU_SERING_GAGAL", "Terlalu banyak percobaan masuk yang gagal. Tunggu "
                    + seconds + " detik, lalu coba lagi. Bila lupa kata sandi, hubungi admin Bappeda.",
                    Map.of("Retry-After", Long.toString(seconds)));
        }
    }

    synchronized void failed(String username, String address) {
        long now = clock.millis();
        fail(userKey(username), userFailures, now);
        fail(addressKey(address), addressFailures, now);
    }

    synchronized void succeeded(String username) {
        entries.remove(userKey(username));
    }

    private long lockedUntil(String key, long now) {
        Entry e = live(key, now);
        return e == null ? 0 : e.lockedUntil;
    }

    private Entry live(String key, long now) {
        Entry e = entries.get(key);
        if (e != null && e.lockedUntil <= now && now - e.lastFailure > window.toMillis()) {
            entries.remove(key);
            return null;
        }
        return e;
    }

    private void fail(String key, int threshold, long now) {
        Entry e = live(key, now);
        int failures = (e == null ? 0 : e.failures) + 1;
        long locked = e == null ? 0 : e.lockedUntil;
        if (failures >= threshold) {
            int doublings = Math.min(failures - threshold, 20);
            long lock = Math.min(maxLock.toMillis(), baseLock.toMillis() << doublings);
            locked = now + lock;
        }
        entries.put(key, new Entry(failures, now, locked));
        if (entries.size() > MAX_KEYS) {
            Iterator<String> oldest = entries.keySet().iterator();
            oldest.next();
            oldest.remove();
        }
    }
}
