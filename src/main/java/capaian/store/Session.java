package capaian.store;

import java.time.Instant;

/**
 * A logged-in browser. The cookie value is only known to the browser; the store keeps its hash.
 *
 * @param createdAt when the password was typed for it (login): minting an API token needs this to be recent
 */
public record Session(User user, String csrfToken, Instant createdAt, Instant expiresAt) {}
