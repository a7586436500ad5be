package capaian.store;

import java.time.Instant;

/**
 * An account. {@code kodeOpd} is set for role OPD only. The password hash never leaves the store.
 *
 * @param admin              a Bappeda account that manages accounts on the web
 * @param mustChangePassword the password was given out by an admin: the owner must choose a new one first
 */
public record User(long id, String username, Role role, String kodeOpd, String displayName, boolean disabled,
                   Instant createdAt, boolean admin, boolean mustChangePassword) {

    public User(long id, String username, Role role, String kodeOpd, String displayName, boolean disabled, Instant createdAt) {
        this(id, username, role, kodeOpd, displayName, disabled, createdAt, false, false);
    }

    public boolean isBappeda() {
        return role == Role.BAPPEDA;
    }

    /** A Bappeda account that manages accounts. */
    public boolean isAdmin() {
        return isBappeda() && admin;
    }

    /** Whether this user may see the submissions of the given OPD. */
    public boolean maySee(String otherKodeOpd) {
        return isBappeda() || (kodeOpd != null && kodeOpd.equals(otherKodeOpd));
    }
}
