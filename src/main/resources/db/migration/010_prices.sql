-- Prices (issue 16): what the marketplace asked for a release and when, the user's target per want,
-- the collection's estimated value over time, and the state of the background price pass. Every
-- figure keeps the date it was seen: pages show its age, never pretend it is current.
CREATE TABLE price_observations (
    release_id    INTEGER NOT NULL,
    observed_at   TEXT    NOT NULL,              -- ISO-8601 instant
    lowest_price  REAL,                          -- NULL: nothing for sale
    num_for_sale  INTEGER NOT NULL DEFAULT 0,
    currency      TEXT    NOT NULL,
    PRIMARY KEY (release_id, observed_at)
) WITHOUT ROWID;

-- The newest observation of each release, kept with the one about a week older, so that the wantlist
-- can sort and filter by price and by the week's drop without reading the history.
CREATE TABLE latest_prices (
    release_id      INTEGER PRIMARY KEY,
    observed_at     TEXT    NOT NULL,
    lowest_price    REAL,
    num_for_sale    INTEGER NOT NULL DEFAULT 0,
    currency        TEXT    NOT NULL,
    week_ago_price  REAL
);
CREATE INDEX latest_prices_by_price ON latest_prices (lowest_price);
CREATE INDEX latest_prices_by_age ON latest_prices (observed_at);

CREATE TABLE price_targets (
    release_id  INTEGER PRIMARY KEY,
    target      REAL    NOT NULL,
    currency    TEXT    NOT NULL,
    in_notes    INTEGER NOT NULL DEFAULT 0,      -- 1: also written into the want's notes on Discogs
    set_at      TEXT    NOT NULL
);

CREATE TABLE collection_values (
    observed_at  TEXT PRIMARY KEY,
    minimum      TEXT NOT NULL,                  -- as Discogs formats it: "A$1,597.46"
    median       TEXT NOT NULL,
    maximum      TEXT NOT NULL,
    min_amount     REAL,
    median_amount  REAL,
    max_amount     REAL
);

CREATE TABLE price_passes (
    id           INTEGER PRIMARY KEY,
    started_at   TEXT    NOT NULL,
    finished_at  TEXT,                           -- NULL: running, or interrupted and resumed at start-up
    total        INTEGER NOT NULL,
    done         INTEGER NOT NULL DEFAULT 0,
    last_error   TEXT
);
