-- Credentials that end (issue 14): API tokens get an id (listed and revoked one by one), a name, an expiry
-- and a last-used time; failed logins are kept here, per (user, address) pair and per address, so that the
-- command line can unlock while the server runs and a restart does not reset a guesser's backoff.

CREATE TABLE api_tokens_v2 (
    id           INTEGER PRIMARY KEY,
    token_hash   TEXT    NOT NULL UNIQUE,
    user_id      INTEGER NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    name         TEXT,
    created_at   INTEGER NOT NULL,
    expires_at   INTEGER NOT NULL,
    last_used_at INTEGER
);

-- Tokens minted before expiry existed get the default lifetime (90 days), counted from this upgrade.
INSERT INTO api_tokens_v2 (token_hash, user_id, name, created_at, expires_at)
    SELECT token_hash, user_id, label, created_at, CAST(strftime('%s', 'now') AS INTEGER) * 1000 + 7776000000
    FROM api_tokens;
DROP TABLE api_tokens;
ALTER TABLE api_tokens_v2 RENAME TO api_tokens;
CREATE INDEX api_tokens_user ON api_tokens (user_id);

-- username is '' for the ceiling of one address over all names.
CREATE TABLE login_failures (
    username     TEXT    NOT NULL,
    address      TEXT    NOT NULL,
    failures     INTEGER NOT NULL,
    last_failure INTEGER NOT NULL,
    locked_until INTEGER NOT NULL,
    PRIMARY KEY (username, address)
);
CREATE INDEX login_failures_last ON login_failures (last_failure);
