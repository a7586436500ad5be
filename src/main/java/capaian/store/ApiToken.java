package capaian.store;

import java.time.Instant;

/**
 * An API token as its owner and an admin see it: never the secret, which is shown once when minted.
 *
 * @param lastUsedAt null until first used; updated at most once a minute, so a busy script does not write
 *                   the database on every request
 */
public record ApiToken(long id, String username, String name, Instant createdAt, Instant expiresAt, Instant lastUsedAt) {

    public boolean expired(Instant now) {
        return !expiresAt.isAfter(now);
    }
}
