-- A full-text index of the shelves' own releases (the collection's and the wantlist's), beside the index of the
-- whole mirror. A shelf's search read the whole mirror's list of releases for each word and then picked the
-- shelf's few from it: with the whole catalogue imported (1 M releases, 5,000 owned) one word took 71 ms and two
-- letters up to 143 ms, nearly all of it listing hits the shelf does not hold (BENCHMARKS.md, issue 19). Searches of
-- a shelf now ask this index, whose lists hold the shelf's releases only; searches of the whole mirror (match, the
-- Tracks page, "did you mean") still ask release_search.
--
-- What one release's index row holds is now written once, in the view release_search_rows: both indexes are filled
-- from it (SearchIndex, and the triggers below), and a migration that changes the words of a release redefines it.
CREATE VIEW release_search_rows AS
SELECT r.id AS id,
    concat_ws(' ', r.artist_credit,
        (SELECT group_concat(concat_ws(' ', name, anv), ' ') FROM release_artists
            WHERE release_id = r.id AND kind = 'main'),
        (SELECT group_concat(concat_ws(' ', name, anv), ' ') FROM track_artists
            WHERE release_id = r.id AND kind = 'main')) AS artists,
    r.title AS title,
    (SELECT group_concat(name, ' ') FROM release_labels WHERE release_id = r.id AND kind <> 'company') AS labels,
    (SELECT group_concat(concat_ws(' ', catno, catno_key), ' ') FROM release_labels
        WHERE release_id = r.id AND kind <> 'company') AS catnos,
    (SELECT group_concat(title, ' ') FROM tracks WHERE release_id = r.id) AS tracks,
    (SELECT group_concat(concat_ws(' ', value, value_key), ' ') FROM release_identifiers
        WHERE release_id = r.id) AS identifiers,
    concat_ws(' ',
        (SELECT group_concat(genre, ' ') FROM release_genres WHERE release_id = r.id),
        (SELECT group_concat(style, ' ') FROM release_styles WHERE release_id = r.id)) AS tags
FROM releases r;

CREATE VIRTUAL TABLE shelf_search USING fts5 (
    artists, title, labels, catnos, tracks, identifiers, tags,
    content = '', contentless_delete = 1,
    tokenize = 'unicode61 remove_diacritics 2',
    prefix = '2 3 4',
    detail = column
);

INSERT INTO shelf_search (rowid, artists, title, labels, catnos, tracks, identifiers, tags)
SELECT * FROM release_search_rows
WHERE id IN (SELECT release_id FROM collection_items UNION SELECT release_id FROM wants);

-- A release enters the index when it comes onto a shelf and leaves it when its last copy and its want are gone,
-- whichever way the rows change (a sync's listing, an action, a removal). A release not stored yet has no row to
-- read; the release writer adds it when its rows arrive (SearchIndex.SHELF_REINDEX).
CREATE TRIGGER shelf_search_copy_added AFTER INSERT ON collection_items
BEGIN
    DELETE FROM shelf_search WHERE rowid = NEW.release_id;
    INSERT INTO shelf_search (rowid, artists, title, labels, catnos, tracks, identifiers, tags)
    SELECT * FROM release_search_rows WHERE id = NEW.release_id;
END;

CREATE TRIGGER shelf_search_want_added AFTER INSERT ON wants
BEGIN
    DELETE FROM shelf_search WHERE rowid = NEW.release_id;
    INSERT INTO shelf_search (rowid, artists, title, labels, catnos, tracks, identifiers, tags)
    SELECT * FROM release_search_rows WHERE id = NEW.release_id;
END;

CREATE TRIGGER shelf_search_copy_moved AFTER UPDATE OF release_id ON collection_items
WHEN OLD.release_id <> NEW.release_id
BEGIN
    DELETE FROM shelf_search WHERE rowid = OLD.release_id
        AND NOT EXISTS (SELECT 1 FROM collection_items WHERE release_id = OLD.release_id)
        AND NOT EXISTS (SELECT 1 FROM wants WHERE release_id = OLD.release_id);
    DELETE FROM shelf_search WHERE rowid = NEW.release_id;
    INSERT INTO shelf_search (rowid, artists, title, labels, catnos, tracks, identifiers, tags)
    SELECT * FROM release_search_rows WHERE id = NEW.release_id;
END;

CREATE TRIGGER shelf_search_copy_removed AFTER DELETE ON collection_items
WHEN NOT EXISTS (SELECT 1 FROM collection_items WHERE release_id = OLD.release_id)
    AND NOT EXISTS (SELECT 1 FROM wants WHERE release_id = OLD.release_id)
BEGIN
    DELETE FROM shelf_search WHERE rowid = OLD.release_id;
END;

CREATE TRIGGER shelf_search_want_removed AFTER DELETE ON wants
WHEN NOT EXISTS (SELECT 1 FROM collection_items WHERE release_id = OLD.release_id)
BEGIN
    DELETE FROM shelf_search WHERE rowid = OLD.release_id;
END;
