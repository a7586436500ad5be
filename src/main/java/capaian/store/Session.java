package capaian.store;

import java.time.Instant;

/** A logged-in browser. The cookie value is only known to the browser; the store keeps its hash. */
public record Session(User user, String csrfToken, Instant expiresAt) {}
