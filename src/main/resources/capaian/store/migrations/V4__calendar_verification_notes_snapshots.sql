-- Bappeda's desk (issue 15): the reporting calendar, closed periods and per-OPD reopenings, frozen rekap
-- snapshots, and notes on rows or cells of a submission. Times are epoch milliseconds (UTC); the calendar's
-- dates are calendar days (ISO yyyy-mm-dd text), read in the region's time zone by the program.

-- form is '' for "every form of this periode".
CREATE TABLE report_calendar (
    tahun     INTEGER NOT NULL,
    periode   TEXT    NOT NULL,
    form      TEXT    NOT NULL,
    opens_on  TEXT    NOT NULL,
    due_on    TEXT    NOT NULL,
    set_by    INTEGER NOT NULL REFERENCES users (id),
    set_at    INTEGER NOT NULL,
    PRIMARY KEY (tahun, periode, form)
);

CREATE TABLE period_locks (
    tahun     INTEGER NOT NULL,
    periode   TEXT    NOT NULL,
    closed_by INTEGER NOT NULL REFERENCES users (id),
    closed_at INTEGER NOT NULL,
    PRIMARY KEY (tahun, periode)
);

-- An OPD allowed to send again into a closed period, until the period is closed again.
CREATE TABLE period_reopenings (
    tahun       INTEGER NOT NULL,
    periode     TEXT    NOT NULL,
    kode_opd    TEXT    NOT NULL,
    reopened_by INTEGER NOT NULL REFERENCES users (id),
    reopened_at INTEGER NOT NULL,
    PRIMARY KEY (tahun, periode, kode_opd)
);

-- The rekap as it was when the period was closed: its JSON and its workbook (a content hash in the file store).
CREATE TABLE rekap_snapshots (
    id              INTEGER PRIMARY KEY,
    tahun           INTEGER NOT NULL,
    periode         TEXT    NOT NULL,
    form            TEXT    NOT NULL,
    rekap_json      TEXT    NOT NULL,
    workbook_sha256 TEXT    NOT NULL,
    created_by      INTEGER NOT NULL REFERENCES users (id),
    created_at      INTEGER NOT NULL
);
CREATE INDEX rekap_snapshots_period ON rekap_snapshots (tahun, periode);

-- A note on a whole row (cell NULL) or on one cell (A1) of a sheet of a submission's workbook.
CREATE TABLE submission_notes (
    id            INTEGER PRIMARY KEY,
    submission_id INTEGER NOT NULL REFERENCES submissions (id),
    sheet         TEXT    NOT NULL,
    row_number    INTEGER NOT NULL,
    cell          TEXT,
    note          TEXT    NOT NULL,
    author        INTEGER NOT NULL REFERENCES users (id),
    created_at    INTEGER NOT NULL
);
CREATE INDEX submission_notes_submission ON submission_notes (submission_id);
