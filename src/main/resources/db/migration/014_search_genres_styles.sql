-- The search box finds records by genre and style too: "dub" finds every record of the Dub style,
-- "reggae" the Reggae genre. The index gains a last column, tags, holding the release's genres and
-- styles (last, so the column weights given to bm25 elsewhere keep their meaning). It is contentless,
-- so it is rebuilt from the release rows with the same SELECT SearchIndex.REINDEX runs for one release.
DROP TABLE release_search;

CREATE VIRTUAL TABLE release_search USING fts5 (
    artists, title, labels, catnos, tracks, identifiers, tags,
    content = '', contentless_delete = 1,
    tokenize = 'unicode61 remove_diacritics 2',
    prefix = '2 3'
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
