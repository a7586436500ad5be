package capaian.web;

import capaian.store.ApiToken;

import java.time.Instant;

/** An API token as the API lists it: never its secret. Times are ISO-8601 UTC; lastUsedAt is null until used. */
record TokenView(long id, String username, String name, String createdAt, String expiresAt, String lastUsedAt,
                 boolean expired) {

    static TokenView of(ApiToken t, Instant now) {
        return new TokenView(t.id(), t.username(), t.name(), t.createdAt().toString(), t.expiresAt().toString(),
                t.lastUsedAt() == null ? null : t.lastUsedAt().toString(), t.expired(now));
    }
}
