package capaian.store;

import java.time.Instant;

/** An account. {@code kodeOpd} is set for role OPD only. The password hash never leaves the store. */
public record User(long id, String username, Role role, String kodeOpd, String displayName, boolean disabled,
                   Instant createdAt) {

    public boolean isBappeda() {
        return role == Role.BAPPEDA;
    }

    /** Whether this user may see the submissions of the given OPD. */
    public boolean maySee(String otherKodeOpd) {
        return isBappeda() || (kodeOpd != null && kodeOpd.equals(otherKodeOpd));
    }
}
