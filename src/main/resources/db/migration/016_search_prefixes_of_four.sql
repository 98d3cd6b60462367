-- The full-text index learns word prefixes of four letters too. A word of four letters or more typed into
-- a search box ("love", "nigh") made FTS5 merge the lists of every word starting with it before it gave a
-- first record: on a mirror of the whole catalogue, 45-140 ms for a page that needs twenty records (see
-- BENCHMARKS.md, issue 19). With the prefix index it reads one list, as far as the page needs. The index
-- is contentless, so it is rebuilt from the release rows with the same SELECT SearchIndex.REINDEX runs for
-- one release (014_search_genres_styles.sql).
DROP TABLE release_search;

CREATE VIRTUAL TABLE release_search USING fts5 (
    artists, title, labels, catnos, tracks, identifiers, tags,
    content = '', contentless_delete = 1,
    tokenize = 'unicode61 remove_diacritics 2',
    prefix = '2 3 4'
);

INSERT INTO release_search (rowid, artists, title, labels, catnos, tracks, identifiers, tags)
SELECT r.id,
    concat_ws(' ', r.artist_credit,
        (SELECT group_concat(concat_ws(' ', name, anv), ' ') FROM release_artists
            WHERE release_id = r.id AND kind = 'main'),
        (SELECT group_concat(concat_ws(' ', name, anv), ' ') FROM track_artists
            WHERE release_id = r.id AND kind = 'main')),
    r.title,
    (SELECT group_concat(name, ' ') FROM release_labels WHERE release_id = r.id AND kind <> 'company'),
    (SELECT group_concat(concat_ws(' ', catno, catno_key), ' ') FROM release_labels
        WHERE release_id = r.id AND kind <> 'company'),
    (SELECT group_concat(title, ' ') FROM tracks WHERE release_id = r.id),
    (SELECT group_concat(concat_ws(' ', value, value_key), ' ') FROM release_identifiers
        WHERE release_id = r.id),
    concat_ws(' ',
        (SELECT group_concat(genre, ' ') FROM release_genres WHERE release_id = r.id),
        (SELECT group_concat(style, ' ') FROM release_styles WHERE release_id = r.id))
FROM releases r;
