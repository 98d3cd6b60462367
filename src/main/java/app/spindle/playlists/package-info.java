/**
 * Playlists out: the collection, each folder and the wantlist (Discogs' "virtual playlists") as the
 * tracks of their records, written as M3U8, Rekordbox XML and CSV for DJ software and players.
 */
package app.spindle.playlists;
