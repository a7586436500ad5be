package capaian.store;

/**
 * An account made on the web by an admin. Its first password is shown once to the admin, who hands it out; the
 * owner must then choose a new one ({@code mustChangePassword}).
 */
public record NewAccount(String username, Role role, String kodeOpd, String displayName, boolean admin, char[] password) {}
