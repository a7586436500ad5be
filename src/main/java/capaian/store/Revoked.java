package capaian.store;

/** What a password change ended: the user's other sessions and all of their API tokens. */
public record Revoked(int sessions, int tokens) {}
