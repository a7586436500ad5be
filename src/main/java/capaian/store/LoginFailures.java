package capaian.store;

/**
 * Failed logins of one (user name, client address) pair, or of one address over all names ({@code username}
 * empty). Times are epoch milliseconds.
 */
public record LoginFailures(String username, String address, int failures, long lastFailure, long lockedUntil) {
    public static final String ANY_USER = "";

    public boolean addressWide() {
        return username.isEmpty();
    }
}
