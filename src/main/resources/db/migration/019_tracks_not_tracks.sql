-- The status counts the mirror's tracks, and a tracklist's headings and index entries are not tracks. Counting the
-- tracks by reading every tracklist row took 1.1 s warm and 6.8 s cold at 1 M releases, again after every change
-- while the status panel is open (BENCHMARKS.md, round 10). MirrorCounts now counts all rows from the table's pages
-- without reading the rows, less the rows that are not tracks, found in this index (2.6 % of the rows).
CREATE INDEX tracks_not_tracks ON tracks (release_id) WHERE type IS NOT NULL AND type <> 'track';
