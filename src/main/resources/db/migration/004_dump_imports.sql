-- Imports of Discogs monthly dumps (import-dump, Settings → Import). One row per run; a run that
-- stopped (killed, interrupted, failed) is resumed by the next import of the same file and mode from
-- records_done: the records before it were written (whole releases, each batch in one transaction
-- with this row) or deliberately skipped.
CREATE TABLE dump_imports (
    id            INTEGER PRIMARY KEY AUTOINCREMENT,
    file          TEXT    NOT NULL,                       -- absolute path
    file_size     INTEGER NOT NULL,
    kind          TEXT    NOT NULL CHECK (kind IN ('releases', 'masters', 'artists', 'labels')),
    dump_date     TEXT    NOT NULL,                       -- '2020-08-06', from the file name
    mode          TEXT    NOT NULL CHECK (mode IN ('referenced', 'all')),
    started_at    TEXT    NOT NULL,
    updated_at    TEXT    NOT NULL,
    finished_at   TEXT,
    outcome       TEXT    NOT NULL DEFAULT 'running'
                  CHECK (outcome IN ('running', 'succeeded', 'failed', 'interrupted')),
    records_done  INTEGER NOT NULL DEFAULT 0,             -- the checkpoint
    last_id       INTEGER NOT NULL DEFAULT 0,             -- id of the last record done, for people
    imported      INTEGER NOT NULL DEFAULT 0,             -- records written to the mirror
    error         TEXT
);
CREATE INDEX dump_imports_file ON dump_imports (file, mode, id);
