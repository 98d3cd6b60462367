package app.spindle.match;

/**
 * What a buyer compares between pressings of one record. Lists are as shown ("Vinyl, LP, Album, Reissue,
 * 180 Gram"); {@code matrix} is a runout inscription when the mirror knows one; {@code have}/{@code want}
 * are Discogs' community counts, null when unknown.
 */
public record Pressing(long releaseId, String artist, String title, Integer year, String country, String labels,
                       String catnos, String formats, String matrix, Integer have, Integer want) {
}
