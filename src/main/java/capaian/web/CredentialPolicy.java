package capaian.web;

import java.time.Duration;
import java.util.Locale;

/**
 * How long credentials live and how failed logins are slowed. Each is set by {@code -Dcapaian.auth.NAME=N} or
 * the environment variable {@code CAPAIAN_AUTH_NAME} (e.g. {@code CAPAIAN_AUTH_TOKEN_DAYS=30}).
 *
 * @param tokenLifetime         an API token's lifetime when its maker names none ({@code token-days}, 90)
 * @param maxTokenLifetime      the longest a maker may ask for ({@code token-max-days}, 365)
 * @param reauthWindow          a session older than this must type the password again to mint a token
 *                              ({@code reauth-minutes}, 5)
 * @param pairFailures          failed logins of one user name from one address before that pair is locked
 *                              ({@code login-pair-failures}, 5)
 * @param addressFailures       failed logins from one address, over all names, before the address is locked
 *                              ({@code login-address-failures}, 30)
 * @param baseLock              the first lock ({@code login-lock-seconds}, 30); it doubles with each further failure
 * @param maxLock               up to this ({@code login-max-lock-minutes}, 15)
 * @param window                failures are forgotten this long after the last one ({@code login-window-minutes}, 15)
 */
record CredentialPolicy(Duration tokenLifetime, Duration maxTokenLifetime, Duration reauthWindow, int pairFailures,
                        int addressFailures, Duration baseLock, Duration maxLock, Duration window) {

    static CredentialPolicy defaults() {
        return new CredentialPolicy(Duration.ofDays(90), Duration.ofDays(365), Duration.ofMinutes(5), 5, 30,
                Duration.ofSeconds(30), Duration.ofMinutes(15), Duration.ofMinutes(15));
    }

    static CredentialPolicy fromEnvironment() {
        CredentialPolicy d = defaults();
        Duration max = Duration.ofDays(setting("token-max-days", d.maxTokenLifetime.toDays()));
        Duration token = Duration.ofDays(setting("token-days", d.tokenLifetime.toDays()));
        if (token.compareTo(max) > 0) throw new IllegalArgumentException("capaian.auth.token-days melebihi token-max-days");
        return new CredentialPolicy(token, max,
                Duration.ofMinutes(setting("reauth-minutes", d.reauthWindow.toMinutes())),
                (int) setting("login-pair-failures", d.pairFailures),
                (int) setting("login-address-failures", d.addressFailures),
                Duration.ofSeconds(setting("login-lock-seconds", d.baseLock.toSeconds())),
                Duration.ofMinutes(setting("login-max-lock-minutes", d.maxLock.toMinutes())),
                Duration.ofMinutes(setting("login-window-minutes", d.window.toMinutes())));
    }

    private static long setting(String name, long fallback) {
        String v = System.getProperty("capaian.auth." + name);
        if (v == null) v = System.getenv("CAPAIAN_AUTH_" + name.toUpperCase(Locale.ROOT).replace('-', '_'));
        if (v == null || v.isBlank()) return fallback;
        long n;
        try {
            n = Long.parseLong(v.trim());
        } catch (NumberFormatException e) {
            n = 0;
        }
        if (n < 1) throw new IllegalArgumentException("capaian.auth." + name + " harus bilangan bulat positif, bukan \"" + v + "\"");
        return n;
    }
}
