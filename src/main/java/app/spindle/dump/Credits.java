package app.spindle.dump;

import app.spindle.discogs.model.DiscogsArtistCredit;
import java.util.ArrayList;
import java.util.List;
import javax.xml.stream.XMLStreamException;

/** {@code <artists>} and {@code <extraartists>}: id, name, anv, join, role, tracks, as the API has them. */
final class Credits {
    private Credits() {
    }

    static List<DiscogsArtistCredit> read(XmlCursor c) throws XMLStreamException {
        List<DiscogsArtistCredit> credits = new ArrayList<>();
        while (c.nextChild()) {
            long id = 0;
            String name = null;
            String anv = "";
            String join = "";
            String role = "";
            String tracks = "";
            while (c.nextChild()) {
                switch (c.name()) {
                    case "id" -> id = ReleaseXml.number(c.text());
                    case "name" -> name = c.text();
                    case "anv" -> anv = c.text();
                    case "join" -> join = c.text();
                    case "role" -> role = c.text();
                    case "tracks" -> tracks = c.text();
                    default -> c.skip();
                }
            }
            credits.add(new DiscogsArtistCredit(id, name, anv, join, role, tracks,
                    id > 0 ? ReleaseXml.API + "/artists/" + id : "", null));
        }
        return credits;
    }
}
