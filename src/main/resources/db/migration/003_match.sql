-- Matching digital tracks to vinyl: cached Discogs searches, bulk match batches with their tracks and
-- candidates, and the links the user accepted. Release ids here are plain numbers, never foreign keys:
-- a Discogs candidate need not be in the mirror, and nothing a sync deletes may take a link with it.

-- Discogs answers to the matcher's searches, keyed by the normalised request ('/database/search?artist=…'),
-- kept as the candidates they gave (JSON). Older than the matcher's TTL: asked again.
CREATE TABLE match_search_cache (
    query_key   TEXT PRIMARY KEY,
    candidates  TEXT NOT NULL,
    fetched_at  TEXT NOT NULL
);

-- One upload or paste, matched in the background by one worker thread, track after track. State lives
-- here and in match_tracks, so a restarted app continues where it stopped.
CREATE TABLE match_batches (
    id            INTEGER PRIMARY KEY AUTOINCREMENT,
    name          TEXT    NOT NULL,                       -- file name, or 'Pasted lines'
    format        TEXT    NOT NULL,                       -- csv | m3u | rekordbox | lines
    mode          TEXT    NOT NULL CHECK (mode IN ('discogs', 'mirror')),
    state         TEXT    NOT NULL DEFAULT 'queued' CHECK (state IN ('queued', 'running', 'done', 'failed')),
    track_count   INTEGER NOT NULL,
    notes         TEXT,                                   -- what the import said ('read as Windows-1252')
    created_at    TEXT    NOT NULL,
    started_at    TEXT,
    finished_at   TEXT,
    requests      INTEGER NOT NULL DEFAULT 0,             -- Discogs requests spent on this batch
    error         TEXT
);

-- The tracks of a batch in file order and what matching found. state: pending until matched, then
-- owned | found | ambiguous | none; accepted_release_id once the user accepted a candidate.
CREATE TABLE match_tracks (
    id                   INTEGER PRIMARY KEY AUTOINCREMENT,
    batch_id             INTEGER NOT NULL REFERENCES match_batches (id) ON DELETE CASCADE,
    seq                  INTEGER NOT NULL,
    artist               TEXT,
    title                TEXT,
    album                TEXT,
    year                 INTEGER,
    catno                TEXT,
    label                TEXT,
    isrc                 TEXT,
    barcode              TEXT,
    source               TEXT,
    state                TEXT    NOT NULL DEFAULT 'pending'
                         CHECK (state IN ('pending', 'owned', 'found', 'ambiguous', 'none', 'failed')),
    confidence           REAL,
    requests             INTEGER NOT NULL DEFAULT 0,
    accepted_release_id  INTEGER,
    matched_at           TEXT,
    error                TEXT,
    UNIQUE (batch_id, seq)
);
CREATE INDEX match_tracks_state ON match_tracks (batch_id, state, seq);
CREATE INDEX match_tracks_pending ON match_tracks (state, batch_id, seq) WHERE state = 'pending';

-- The best candidates of a matched track, best first (rank 0). Enough to show them without asking
-- Discogs again. want_state: NULL, 'pending' (asked for in bulk, the worker adds it), 'added', 'failed'.
CREATE TABLE match_candidates (
    track_id     INTEGER NOT NULL REFERENCES match_tracks (id) ON DELETE CASCADE,
    rank         INTEGER NOT NULL,
    release_id   INTEGER NOT NULL,
    source       TEXT    NOT NULL CHECK (source IN ('mirror', 'discogs')),
    confidence   REAL    NOT NULL,
    artist       TEXT,
    title        TEXT,
    year         INTEGER,
    labels       TEXT,
    catnos       TEXT,
    formats      TEXT,
    country      TEXT,
    position     TEXT,
    side         TEXT,
    explanation  TEXT,
    owned        INTEGER NOT NULL DEFAULT 0,
    wanted       INTEGER NOT NULL DEFAULT 0,
    rejected     INTEGER NOT NULL DEFAULT 0,
    want_state   TEXT CHECK (want_state IN ('pending', 'added', 'failed')),
    want_error   TEXT,
    PRIMARY KEY (track_id, rank)
) WITHOUT ROWID;
CREATE INDEX match_candidates_want ON match_candidates (want_state) WHERE want_state = 'pending';

-- Accepted links: this digital track is on that release (at that position when known). Shown on the
-- release page; a sync never touches this table.
CREATE TABLE track_links (
    id          INTEGER PRIMARY KEY AUTOINCREMENT,
    release_id  INTEGER NOT NULL,
    artist      TEXT,
    title       TEXT,
    album       TEXT,
    source      TEXT,                                     -- 'playlist.csv, line 12'
    position    TEXT,
    side        TEXT,
    confidence  REAL,
    linked_at   TEXT    NOT NULL
);
CREATE UNIQUE INDEX track_links_release ON track_links (release_id, coalesce(artist, ''), coalesce(title, ''));
