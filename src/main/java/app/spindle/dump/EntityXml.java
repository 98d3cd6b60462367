package app.spindle.dump;

import app.spindle.discogs.model.DiscogsArtistCredit;
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

    /** One row for {@code masters}, {@code artists} or {@code labels}; unused columns are null. */
    record Entity(long id, String name, String profile, String artistCredit, Integer year, Long mainReleaseId) {
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
        return new Entity(id, title, null, ArtistCredits.display(artists), year, mainRelease);
    }

    /** {@code <artist>} and {@code <label>}: the id is a child element here, not an attribute. */
    static Entity named(XmlCursor c) throws XMLStreamException {
        long id = 0;
        String name = null;
        String profile = null;
        while (c.nextChild()) {
            switch (c.name()) {
                case "id" -> id = ReleaseXml.number(c.text());
                case "name" -> name = c.text();
                case "profile" -> profile = ReleaseXml.emptyToNull(c.text());
                default -> c.skip();
            }
        }
        return new Entity(id, name, profile, null, null, null);
    }
}
