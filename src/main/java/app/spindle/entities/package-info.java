/**
 * Any Discogs release, master, artist or label opened in Spindle: fetched on demand in the person lane,
 * kept in the mirror so the next visit costs no request, refreshed when asked.
 */
package app.spindle.entities;
