-- Releases, masters, artists and labels opened in Spindle although they are in neither the collection nor
-- the wantlist, and the Discogs lists (an artist's discography, a label's catalogue, a master's versions)
-- read for their pages, so that a second visit costs no request.

-- A release fetched on demand for its page. The release itself lives in `releases` like any other; this
-- row only says it was browsed, and when it was last looked at: a browsed release nobody opened for 90
-- days, and that is not in the collection or wantlist, is pruned. Counts and shelves never read this.
CREATE TABLE browsed_releases (
    release_id        INTEGER PRIMARY KEY REFERENCES releases (id) ON DELETE CASCADE,
    first_browsed_at  TEXT NOT NULL,
    last_browsed_at   TEXT NOT NULL
);
CREATE INDEX browsed_releases_last ON browsed_releases (last_browsed_at);

-- The date of the data dump an artist or label document came from (import-dump), when it came from one.
ALTER TABLE artists ADD COLUMN dump_date TEXT;
ALTER TABLE labels ADD COLUMN dump_date TEXT;

-- One page of a Discogs list as it was fetched. owner_kind/owner_id name whose list it is; list_key the
-- order asked for ('year:asc' for an artist's discography, '' for a label's catalogue or a master's versions).
CREATE TABLE entity_list_pages (
    owner_kind  TEXT    NOT NULL CHECK (owner_kind IN ('artist', 'label', 'master')),
    owner_id    INTEGER NOT NULL,
    list_key    TEXT    NOT NULL,
    page        INTEGER NOT NULL,
    pages       INTEGER NOT NULL,
    items       INTEGER NOT NULL,
    fetched_at  TEXT    NOT NULL,
    PRIMARY KEY (owner_kind, owner_id, list_key, page)
) WITHOUT ROWID;
CREATE INDEX entity_list_pages_fetched ON entity_list_pages (fetched_at);

-- The entries of those pages, in Discogs' order. entry_type is 'release' or 'master' (a discography lists
-- each master once, with its main release); catno_key sorts catalog numbers ('ABC-12' -> 'ABC12').
CREATE TABLE entity_list_entries (
    owner_kind       TEXT    NOT NULL,
    owner_id         INTEGER NOT NULL,
    list_key         TEXT    NOT NULL,
    page             INTEGER NOT NULL,
    position         INTEGER NOT NULL,
    entry_type       TEXT    NOT NULL CHECK (entry_type IN ('release', 'master')),
    entry_id         INTEGER NOT NULL,
    main_release_id  INTEGER,
    title            TEXT,
    artist           TEXT,
    role             TEXT,
    year             INTEGER,
    format           TEXT,
    label            TEXT,
    catno            TEXT,
    catno_key        TEXT,
    country          TEXT,
    thumb            TEXT,
    PRIMARY KEY (owner_kind, owner_id, list_key, page, position),
    FOREIGN KEY (owner_kind, owner_id, list_key, page)
        REFERENCES entity_list_pages (owner_kind, owner_id, list_key, page) ON DELETE CASCADE
) WITHOUT ROWID;
