-- Bappeda's desk (issue 15): who manages accounts, accounts that must choose their own password, the region's
-- OPD registry and the audit log.

-- Whoever manages accounts on the web. Bappeda accounts made before this upgrade were made by the server's
-- operator and are the only ones who could manage accounts, so they keep that power.
ALTER TABLE users ADD COLUMN is_admin INTEGER NOT NULL DEFAULT 0;
UPDATE users SET is_admin = 1 WHERE role = 'bappeda';
-- Set when an admin gave out the password (new account, reset): the owner must choose a new one first.
ALTER TABLE users ADD COLUMN must_change_password INTEGER NOT NULL DEFAULT 0;

CREATE TABLE opd_registry (
    kode       TEXT    PRIMARY KEY,
    nama       TEXT    NOT NULL,
    urusan     TEXT,
    updated_at INTEGER NOT NULL
);

-- actor_user_id is null where nobody is known (a failed login, the command line); actor_name keeps the name
-- typed or the account's name at the time, so the log reads the same after an account is gone.
CREATE TABLE audit_log (
    id            INTEGER PRIMARY KEY,
    at            INTEGER NOT NULL,
    actor_user_id INTEGER,
    actor_name    TEXT,
    action        TEXT    NOT NULL,
    target        TEXT,
    detail        TEXT
);
CREATE INDEX audit_log_at ON audit_log (at);
CREATE INDEX audit_log_action ON audit_log (action, at);
