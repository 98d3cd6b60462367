-- The digital file a matched track came from: the path of an M3U entry or a Rekordbox track's Location
-- (decoded from its file:// URI), or a CSV's "File" column. NULL for pasted lines, the form, and every
-- row made before this migration. Exported playlists write it where players and DJ software look for the file.
ALTER TABLE match_tracks ADD COLUMN location TEXT;
ALTER TABLE track_links ADD COLUMN location TEXT;
