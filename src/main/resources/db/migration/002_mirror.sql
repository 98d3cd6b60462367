-- The mirror of a Discogs account: releases (normalised), collection, wantlist, search index, sync runs.
-- Lists keep Discogs's order in a `position` column (0-based). Dates stay the API's strings unless a
-- column says otherwise; `*_at` columns written by Spindle are UTC ISO-8601 ('2024-01-31T12:00:00Z').

-- One row per release the collection or wantlist refers to. The listing's basic_information creates it
-- (details_fetched_at NULL, so pages can show it at once); GET /releases/{id} completes it.
CREATE TABLE releases (
    id                      INTEGER PRIMARY KEY,
    title                   TEXT    NOT NULL,
    artist_credit           TEXT    NOT NULL DEFAULT '',  -- "A & B", as printed (anv), for display
    artists_sort            TEXT,                         -- Discogs's own sort name, when it sends one
    sort_artist             TEXT    NOT NULL DEFAULT '',  -- lower case, no accents, no leading "The "
    sort_title              TEXT    NOT NULL DEFAULT '',
    year                    INTEGER,                      -- NULL when Discogs says 0
    country                 TEXT,
    released                TEXT,                         -- '1987-07-00'
    released_formatted      TEXT,
    notes                   TEXT,
    status                  TEXT,
    data_quality            TEXT,
    master_id               INTEGER,
    master_url              TEXT,
    resource_url            TEXT,
    uri                     TEXT,
    thumb                   TEXT,
    cover_image             TEXT,                         -- from basic_information (details carry images[])
    format_quantity         INTEGER,
    estimated_weight        INTEGER,
    community_have          INTEGER,
    community_want          INTEGER,
    community_rating        REAL,
    community_rating_count  INTEGER,
    community_status        TEXT,
    community_data_quality  TEXT,
    num_for_sale            INTEGER,
    lowest_price            TEXT,                         -- decimal kept exact
    blocked_from_sale       INTEGER,                      -- 0/1/NULL
    date_added              TEXT,                         -- when the release entered Discogs's database
    date_changed            TEXT,
    listed_at               TEXT,                         -- last time a listing carried its basic_information
    details_fetched_at      TEXT                          -- NULL: only basic_information so far
);
CREATE INDEX releases_details_queue ON releases (details_fetched_at);
CREATE INDEX releases_country ON releases (country);
CREATE INDEX releases_master ON releases (master_id);
CREATE INDEX releases_year ON releases (year);

-- The release document exactly as Discogs sent it, gzip-compressed: a later schema can be rebuilt from it.
CREATE TABLE release_json (
    release_id  INTEGER PRIMARY KEY REFERENCES releases (id) ON DELETE CASCADE,
    gzip        BLOB    NOT NULL,
    json_bytes  INTEGER NOT NULL,                         -- uncompressed size, for the record
    fetched_at  TEXT    NOT NULL
);

-- Release-level artist credits: kind 'main' (artists[]) or 'extra' (extraartists[]: producers, design …).
CREATE TABLE release_artists (
    release_id     INTEGER NOT NULL REFERENCES releases (id) ON DELETE CASCADE,
    kind           TEXT    NOT NULL CHECK (kind IN ('main', 'extra')),
    position       INTEGER NOT NULL,
    artist_id      INTEGER NOT NULL,
    name           TEXT,
    anv            TEXT,
    join_text      TEXT,
    role           TEXT,
    tracks         TEXT,
    resource_url   TEXT,
    thumbnail_url  TEXT,
    PRIMARY KEY (release_id, kind, position)
) WITHOUT ROWID;
CREATE INDEX release_artists_artist ON release_artists (artist_id, release_id);

-- Tracklist in order; seq is the 0-based place in the flattened list (sub-tracks follow their index
-- track, with parent_seq pointing at it). side is the vinyl side from the position (A1 -> A).
CREATE TABLE tracks (
    release_id        INTEGER NOT NULL REFERENCES releases (id) ON DELETE CASCADE,
    seq               INTEGER NOT NULL,
    parent_seq        INTEGER,
    position          TEXT,
    side              TEXT,
    type              TEXT,                               -- track | heading | index
    title             TEXT,
    duration          TEXT,                               -- as Discogs gives it, may be ''
    duration_seconds  INTEGER,
    PRIMARY KEY (release_id, seq)
) WITHOUT ROWID;

CREATE TABLE track_artists (
    release_id     INTEGER NOT NULL,
    track_seq      INTEGER NOT NULL,
    kind           TEXT    NOT NULL CHECK (kind IN ('main', 'extra')),
    position       INTEGER NOT NULL,
    artist_id      INTEGER NOT NULL,
    name           TEXT,
    anv            TEXT,
    join_text      TEXT,
    role           TEXT,
    tracks         TEXT,
    resource_url   TEXT,
    thumbnail_url  TEXT,
    PRIMARY KEY (release_id, track_seq, kind, position),
    FOREIGN KEY (release_id, track_seq) REFERENCES tracks (release_id, seq) ON DELETE CASCADE
) WITHOUT ROWID;
CREATE INDEX track_artists_artist ON track_artists (artist_id, release_id);

-- Labels with catalog numbers (kind 'label'), series and companies (pressed by, copyright …).
-- catno_key is the catalog number as upper-case letters and digits only ('PB 41447' -> 'PB41447').
CREATE TABLE release_labels (
    release_id        INTEGER NOT NULL REFERENCES releases (id) ON DELETE CASCADE,
    kind              TEXT    NOT NULL CHECK (kind IN ('label', 'series', 'company')),
    position          INTEGER NOT NULL,
    label_id          INTEGER NOT NULL,
    name              TEXT,
    catno             TEXT,
    catno_key         TEXT,
    entity_type       TEXT,
    entity_type_name  TEXT,
    resource_url      TEXT,
    thumbnail_url     TEXT,
    PRIMARY KEY (release_id, kind, position)
) WITHOUT ROWID;
CREATE INDEX release_labels_label ON release_labels (label_id, release_id);
CREATE INDEX release_labels_catno ON release_labels (catno_key) WHERE catno_key <> '';

-- Formats as listed, plus what Spindle reads out of them: size '7"' | '10"' | '12"', speed '33' | '45' | '78',
-- colour (e.g. 'Red Translucent'), weight in grams — each NULL when the format does not say.
CREATE TABLE release_formats (
    release_id    INTEGER NOT NULL REFERENCES releases (id) ON DELETE CASCADE,
    position      INTEGER NOT NULL,
    name          TEXT,
    qty           TEXT,
    descriptions  TEXT    NOT NULL DEFAULT '[]',          -- JSON array of strings, in order
    text          TEXT,
    size          TEXT,
    speed         TEXT,
    colour        TEXT,
    weight_grams  INTEGER,
    PRIMARY KEY (release_id, position)
) WITHOUT ROWID;
CREATE INDEX release_formats_size ON release_formats (size, release_id) WHERE size IS NOT NULL;
CREATE INDEX release_formats_name ON release_formats (name, release_id);

-- Barcode, Matrix / Runout (one per side and variant), Label Code …; value_key like catno_key.
CREATE TABLE release_identifiers (
    release_id   INTEGER NOT NULL REFERENCES releases (id) ON DELETE CASCADE,
    position     INTEGER NOT NULL,
    type         TEXT,
    value        TEXT,
    description  TEXT,
    value_key    TEXT,
    PRIMARY KEY (release_id, position)
) WITHOUT ROWID;
CREATE INDEX release_identifiers_value ON release_identifiers (value_key) WHERE value_key <> '';

CREATE TABLE release_genres (
    release_id  INTEGER NOT NULL REFERENCES releases (id) ON DELETE CASCADE,
    position    INTEGER NOT NULL,
    genre       TEXT    NOT NULL,
    PRIMARY KEY (release_id, position)
) WITHOUT ROWID;
CREATE INDEX release_genres_genre ON release_genres (genre, release_id);

CREATE TABLE release_styles (
    release_id  INTEGER NOT NULL REFERENCES releases (id) ON DELETE CASCADE,
    position    INTEGER NOT NULL,
    style       TEXT    NOT NULL,
    PRIMARY KEY (release_id, position)
) WITHOUT ROWID;
CREATE INDEX release_styles_style ON release_styles (style, release_id);

-- Remote images as Discogs lists them (signed URLs that change over time).
CREATE TABLE release_images (
    release_id    INTEGER NOT NULL REFERENCES releases (id) ON DELETE CASCADE,
    position      INTEGER NOT NULL,
    type          TEXT,
    uri           TEXT,
    uri150        TEXT,
    resource_url  TEXT,
    width         INTEGER,
    height        INTEGER,
    PRIMARY KEY (release_id, position)
) WITHOUT ROWID;

CREATE TABLE release_videos (
    release_id   INTEGER NOT NULL REFERENCES releases (id) ON DELETE CASCADE,
    position     INTEGER NOT NULL,
    uri          TEXT,
    title        TEXT,
    description  TEXT,
    duration     INTEGER,
    embed        INTEGER,
    PRIMARY KEY (release_id, position)
) WITHOUT ROWID;

-- The local copy of each release's cover. Kept apart from release_images so that rewriting a release
-- never forgets a downloaded file; local_file is relative to the data folder ('images/249504.jpg').
CREATE TABLE cover_images (
    release_id   INTEGER PRIMARY KEY REFERENCES releases (id) ON DELETE CASCADE,
    remote_uri   TEXT,
    local_file   TEXT,
    fetched_at   TEXT,
    failures     INTEGER NOT NULL DEFAULT 0,
    last_error   TEXT,
    last_try_at  TEXT
);

-- Entities seen in credits (name only) or fetched in full (json, fetched_at) for their own pages.
CREATE TABLE artists (
    id          INTEGER PRIMARY KEY,
    name        TEXT NOT NULL,
    profile     TEXT,
    gzip        BLOB,
    fetched_at  TEXT
);

CREATE TABLE labels (
    id          INTEGER PRIMARY KEY,
    name        TEXT NOT NULL,
    profile     TEXT,
    gzip        BLOB,
    fetched_at  TEXT
);

CREATE TABLE masters (
    id               INTEGER PRIMARY KEY,
    title            TEXT,
    artist_credit    TEXT,
    year             INTEGER,
    main_release_id  INTEGER,
    gzip             BLOB,
    fetched_at       TEXT
);

-- Collection: folders and custom fields as Discogs defines them for the account.
CREATE TABLE collection_folders (
    id          INTEGER PRIMARY KEY,
    name        TEXT    NOT NULL,
    item_count  INTEGER NOT NULL DEFAULT 0
);

CREATE TABLE collection_fields (
    id         INTEGER PRIMARY KEY,
    name       TEXT    NOT NULL,
    type       TEXT,
    position   INTEGER,
    public     INTEGER NOT NULL DEFAULT 0,
    options    TEXT    NOT NULL DEFAULT '[]',             -- JSON array of strings
    lines      INTEGER
);

-- One owned copy. The sort_* / year / format_* columns repeat the listing's basic_information so the
-- collection page filters and sorts 100,000 copies from one table and its indexes. listed_run_id marks
-- the sync run whose listing last saw the copy: after a complete listing, copies it did not see go.
CREATE TABLE collection_items (
    instance_id       INTEGER PRIMARY KEY,
    release_id        INTEGER NOT NULL REFERENCES releases (id),
    folder_id         INTEGER NOT NULL,
    rating            INTEGER NOT NULL DEFAULT 0,
    date_added        TEXT,                               -- as Discogs sends it
    added_at          TEXT,                               -- the same instant in UTC: sorts correctly
    media_condition   TEXT,
    sleeve_condition  TEXT,
    sort_artist       TEXT    NOT NULL DEFAULT '',
    sort_title        TEXT    NOT NULL DEFAULT '',
    sort_label        TEXT    NOT NULL DEFAULT '',
    sort_catno        TEXT    NOT NULL DEFAULT '',
    year              INTEGER,
    format_name       TEXT,                               -- first format: Vinyl, CD …
    format_size       TEXT,                               -- first stated size: 7" | 10" | 12"
    listed_run_id     INTEGER
);
CREATE INDEX collection_items_release ON collection_items (release_id);
CREATE INDEX collection_items_folder ON collection_items (folder_id, added_at);
CREATE INDEX collection_items_added ON collection_items (added_at);
CREATE INDEX collection_items_artist ON collection_items (sort_artist, sort_title);
CREATE INDEX collection_items_title ON collection_items (sort_title, sort_artist);
CREATE INDEX collection_items_year ON collection_items (year, sort_artist);
CREATE INDEX collection_items_rating ON collection_items (rating, added_at);
CREATE INDEX collection_items_label ON collection_items (sort_label, sort_catno);
CREATE INDEX collection_items_size ON collection_items (format_size, added_at);
CREATE INDEX collection_items_media ON collection_items (media_condition, added_at);
CREATE INDEX collection_items_listed ON collection_items (listed_run_id);

-- Values of the custom fields on each copy (media/sleeve condition, notes …).
CREATE TABLE collection_item_fields (
    instance_id  INTEGER NOT NULL REFERENCES collection_items (instance_id) ON DELETE CASCADE,
    field_id     INTEGER NOT NULL,
    value        TEXT,
    PRIMARY KEY (instance_id, field_id)
) WITHOUT ROWID;

CREATE TABLE wants (
    release_id     INTEGER PRIMARY KEY REFERENCES releases (id),
    rating         INTEGER NOT NULL DEFAULT 0,
    date_added     TEXT,
    added_at       TEXT,
    notes          TEXT,
    sort_artist    TEXT    NOT NULL DEFAULT '',
    sort_title     TEXT    NOT NULL DEFAULT '',
    sort_label     TEXT    NOT NULL DEFAULT '',
    sort_catno     TEXT    NOT NULL DEFAULT '',
    year           INTEGER,
    format_name    TEXT,
    format_size    TEXT,
    listed_run_id  INTEGER
);
CREATE INDEX wants_added ON wants (added_at);
CREATE INDEX wants_artist ON wants (sort_artist, sort_title);
CREATE INDEX wants_title ON wants (sort_title, sort_artist);
CREATE INDEX wants_year ON wants (year, sort_artist);
CREATE INDEX wants_label ON wants (sort_label, sort_catno);
CREATE INDEX wants_listed ON wants (listed_run_id);

-- Full-text search, one row per release (rowid = release id). Contentless: the text lives in the tables
-- above. The catnos and identifiers columns also hold the letters-and-digits keys, so 'PB41447' and
-- 'PB 41447 A2' both find a record; identifiers include every Matrix / Runout etching.
CREATE VIRTUAL TABLE release_search USING fts5 (
    artists, title, labels, catnos, tracks, identifiers,
    content = '', contentless_delete = 1,
    tokenize = 'unicode61 remove_diacritics 2'
);

-- One row per sync run: what it did and how it ended. A row left 'running' by a process that died is
-- marked 'interrupted' when the next run starts.
CREATE TABLE sync_runs (
    id                     INTEGER PRIMARY KEY AUTOINCREMENT,
    trigger                TEXT    NOT NULL,               -- schedule | now | start | foreground
    started_at             TEXT    NOT NULL,
    finished_at            TEXT,
    outcome                TEXT    NOT NULL DEFAULT 'running'
                           CHECK (outcome IN ('running', 'succeeded', 'failed', 'disconnected', 'interrupted')),
    phase                  TEXT,
    requests               INTEGER NOT NULL DEFAULT 0,
    listing_completed_at   TEXT,                           -- set when both listings completed in this run
    items_added            INTEGER NOT NULL DEFAULT 0,
    items_removed          INTEGER NOT NULL DEFAULT 0,
    releases_fetched       INTEGER NOT NULL DEFAULT 0,
    error                  TEXT
);
CREATE INDEX sync_runs_listing ON sync_runs (listing_completed_at) WHERE listing_completed_at IS NOT NULL;
