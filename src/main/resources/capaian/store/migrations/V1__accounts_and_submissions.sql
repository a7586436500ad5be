-- Accounts, browser sessions, API tokens and submitted workbooks. Times are epoch milliseconds (UTC).
CREATE TABLE users (
    id            INTEGER PRIMARY KEY,
    username      TEXT    NOT NULL UNIQUE COLLATE NOCASE,
    role          TEXT    NOT NULL CHECK (role IN ('opd', 'bappeda')),
    kode_opd      TEXT,
    display_name  TEXT,
    password_hash TEXT    NOT NULL,
    disabled      INTEGER NOT NULL DEFAULT 0,
    created_at    INTEGER NOT NULL,
    CHECK (role <> 'opd' OR kode_opd IS NOT NULL)
);

-- Only hashes of the secret cookie and token values are kept, so a copy of the database opens no session.
CREATE TABLE sessions (
    id_hash    TEXT    PRIMARY KEY,
    user_id    INTEGER NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    csrf_token TEXT    NOT NULL,
    created_at INTEGER NOT NULL,
    expires_at INTEGER NOT NULL
);
CREATE INDEX sessions_expiry ON sessions (expires_at);

CREATE TABLE api_tokens (
    token_hash TEXT    PRIMARY KEY,
    user_id    INTEGER NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    label      TEXT,
    created_at INTEGER NOT NULL
);

CREATE TABLE submissions (
    id              INTEGER PRIMARY KEY,
    kode_opd        TEXT    NOT NULL,
    opd_name        TEXT,
    tahun           INTEGER NOT NULL,
    periode         TEXT    NOT NULL,
    form            TEXT    NOT NULL,
    version         INTEGER NOT NULL,
    status          TEXT    NOT NULL,
    errors          INTEGER NOT NULL,
    warnings        INTEGER NOT NULL,
    infos           INTEGER NOT NULL,
    original_name   TEXT,
    original_sha256 TEXT    NOT NULL,
    original_size   INTEGER NOT NULL,
    result_sha256   TEXT,
    report_json     TEXT    NOT NULL,
    submitted_by    INTEGER NOT NULL REFERENCES users (id),
    submitted_at    INTEGER NOT NULL,
    status_note     TEXT,
    status_by       INTEGER REFERENCES users (id),
    status_at       INTEGER,
    UNIQUE (kode_opd, tahun, periode, form, version)
);
CREATE INDEX submissions_period ON submissions (tahun, periode);
