-- The full-text index keeps which columns of a release hold each word, no longer where in the column
-- (detail = column). Searches ask every typed word on its own, as a word or a word's start, and a column
-- filter for artist or title: none asks for a phrase or for words near each other, so the positions were
-- never read, and they were two fifths of the index (1 M releases of the catalogue: see BENCHMARKS.md,
-- issue 19). bm25 now counts a word once per column. A typed word must therefore be one token:
-- SearchIndex.WORD splits words where the tokenizer does. The index is contentless, so it is rebuilt from
-- the release rows with the same SELECT SearchIndex.REINDEX runs for one release (016_search_prefixes_of_four.sql).
DROP TABLE release_search;

CREATE VIRTUAL TABLE release_search USING fts5 (
    artists, title, labels, catnos, tracks, identifiers, tags,
    content = '', contentless_delete = 1,
    tokenize = 'unicode61 remove_diacritics 2',
    prefix = '2 3 4',
    detail = column
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
