package app.spindle.dump;

import app.spindle.discogs.model.DiscogsArtist;
import app.spindle.discogs.model.DiscogsArtistCredit;
import app.spindle.discogs.model.DiscogsLabel;
import app.spindle.mirror.ArtistCredits;
import java.util.List;
import javax.xml.stream.XMLStreamException;

/**
 * The masters, artists and labels dumps, read into what the mirror keeps of them: a master's title,
 * artists, year and main release; an artist's or label's name and profile.
 */
final class EntityXml {
    private EntityXml() {
    }

    /**
     * One row for {@code masters}, {@code artists} or {@code labels}; unused columns are null. {@code document}
     * is an artist's or label's whole record in the API's model ({@link app.spindle.discogs.model.DiscogsArtist},
     * {@link app.spindle.discogs.model.DiscogsLabel}).
     */
    record Entity(long id, String name, String profile, String artistCredit, Integer year, Long mainReleaseId,
                  Object document) {
    }

    static Entity master(XmlCursor c) throws XMLStreamException {
        long id = ReleaseXml.number(c.attr("id"));
        String title = null;
        List<DiscogsArtistCredit> artists = List.of();
        Integer year = null;
        Long mainRelease = null;
        while (c.nextChild()) {
            switch (c.name()) {
                case "title" -> title = c.text();
                case "artists" -> artists = Credits.read(c);
                case "year" -> {
                    long y = ReleaseXml.number(c.text());
                    year = y == 0 ? null : (int) y;
                }
                case "main_release" -> {
                    long m = ReleaseXml.number(c.text());
                    mainRelease = m == 0 ? null : m;
                }
                default -> c.skip();
            }
        }
        return new Entity(id, title, null, ArtistCredits.display(artists), year, mainRelease, null);
    }

    /** {@code <artist>}: the id is a child element here, not an attribute. */
    static Entity artist(XmlCursor c) throws XMLStreamException {
        DiscogsArtist artist = EntityDocuments.artist(c);
        return new Entity(artist.id(), artist.name(), artist.profile(), null, null, null, artist);
    }

    static Entity label(XmlCursor c) throws XMLStreamException {
        DiscogsLabel label = EntityDocuments.label(c);
        return new Entity(label.id(), label.name(), label.profile(), null, null, null, label);
    }
}
