package app.spindle.dump;

import app.spindle.discogs.model.DiscogsArtistCredit;
import app.spindle.discogs.model.DiscogsTrack;
import app.spindle.discogs.model.TrackType;
import java.util.ArrayList;
import java.util.List;
import javax.xml.stream.XMLStreamException;

/**
 * {@code <tracklist>} with its {@code <sub_tracks>}. The dump has no {@code type_}: a track with
 * sub-tracks is an index track and one without a position is a heading, which is how the API's
 * types fall in every captured release.
 */
final class Tracklist {
    private Tracklist() {
    }

    static List<DiscogsTrack> read(XmlCursor c) throws XMLStreamException {
        List<DiscogsTrack> tracks = new ArrayList<>();
        while (c.nextChild()) {
            if (c.name().equals("track")) {
                tracks.add(track(c));
            } else {
                c.skip();
            }
        }
        return tracks;
    }

    private static DiscogsTrack track(XmlCursor c) throws XMLStreamException {
        String position = "";
        String title = null;
        String duration = "";
        List<DiscogsArtistCredit> artists = List.of();
        List<DiscogsArtistCredit> extraartists = List.of();
        List<DiscogsTrack> subTracks = List.of();
        while (c.nextChild()) {
            switch (c.name()) {
                case "position" -> position = c.text();
                case "title" -> title = c.text();
                case "duration" -> duration = c.text();
                case "artists" -> artists = Credits.read(c);
                case "extraartists" -> extraartists = Credits.read(c);
                case "sub_tracks" -> subTracks = read(c);
                default -> c.skip();
            }
        }
        return new DiscogsTrack(position, type(position, subTracks), title, duration, artists, extraartists, subTracks);
    }

    static TrackType type(String position, List<DiscogsTrack> subTracks) {
        if (!subTracks.isEmpty()) {
            return TrackType.INDEX;
        }
        return position == null || position.isBlank() ? TrackType.HEADING : TrackType.TRACK;
    }
}
