package app.spindle.dump;

import app.spindle.discogs.model.DiscogsArtistCredit;
import app.spindle.discogs.model.DiscogsFormat;
import app.spindle.discogs.model.DiscogsIdentifier;
import app.spindle.discogs.model.DiscogsImage;
import app.spindle.discogs.model.DiscogsLabelCredit;
import app.spindle.discogs.model.DiscogsRelease;
import app.spindle.discogs.model.DiscogsTrack;
import app.spindle.discogs.model.DiscogsVideo;
import app.spindle.discogs.model.ImageType;
import java.util.ArrayList;
import java.util.List;
import javax.xml.stream.XMLStreamException;

/**
 * Reads a {@code <release>} of the monthly dump into the {@link DiscogsRelease} that
 * {@code GET /releases/{id}} gives, so that one mapping turns both into mirror rows. What the API
 * derives (year, format quantity, track types, URLs) is derived here the same way; what only the
 * API knows (community, prices, image URLs, dates) stays empty.
 */
final class ReleaseXml {
    static final String API = "https://api.discogs.com";

    private ReleaseXml() {
    }

    static DumpRelease read(XmlCursor c) throws XMLStreamException {
        c.resetDigest();
        long id = Long.parseLong(c.attr("id").trim());
        String status = c.attr("status");
        String title = null;
        String country = null;
        String released = null;
        String notes = null;
        String dataQuality = null;
        Long masterId = null;
        boolean mainRelease = false;
        List<DiscogsImage> images = List.of();
        List<DiscogsArtistCredit> artists = List.of();
        List<DiscogsArtistCredit> extraartists = List.of();
        List<DiscogsLabelCredit> labels = List.of();
        List<DiscogsLabelCredit> series = List.of();
        List<DiscogsLabelCredit> companies = List.of();
        List<DiscogsFormat> formats = List.of();
        List<String> genres = List.of();
        List<String> styles = List.of();
        List<DiscogsTrack> tracklist = List.of();
        List<DiscogsIdentifier> identifiers = List.of();
        List<DiscogsVideo> videos = List.of();
        while (c.nextChild()) {
            switch (c.name()) {
                case "title" -> title = c.text();
                case "country" -> country = emptyToNull(c.text());
                case "released" -> released = emptyToNull(c.text());
                case "notes" -> notes = emptyToNull(c.text());
                case "data_quality" -> dataQuality = emptyToNull(c.text());
                case "master_id" -> {
                    mainRelease = "true".equals(c.attr("is_main_release"));
                    String text = c.text().trim();
                    masterId = text.isEmpty() ? null : Long.valueOf(text);
                }
                case "images" -> images = images(c);
                case "artists" -> artists = Credits.read(c);
                case "extraartists" -> extraartists = Credits.read(c);
                case "labels" -> labels = labelCredits(c, "1", "Label");
                case "series" -> series = labelCredits(c, "2", "Series");
                case "companies" -> companies = companies(c);
                case "formats" -> formats = formats(c);
                case "genres" -> genres = strings(c);
                case "styles" -> styles = strings(c);
                case "tracklist" -> tracklist = Tracklist.read(c);
                case "identifiers" -> identifiers = identifiers(c);
                case "videos" -> videos = videos(c);
                default -> c.skip();
            }
        }
        if (masterId != null && masterId == 0) {
            masterId = null;
        }
        DiscogsRelease release = new DiscogsRelease(id, status, ReleasedDate.year(released),
                API + "/releases/" + id, "https://www.discogs.com/release/" + id, artists, null, labels, series,
                companies, formats, dataQuality, null, FormatQuantity.of(formats), null, null, null, null, masterId,
                masterId == null ? null : API + "/masters/" + masterId, title == null ? "" : title, country, released,
                ReleasedDate.formatted(released), notes, identifiers, videos, genres, styles, tracklist, extraartists,
                images, null, null, null);
        return new DumpRelease(release, mainRelease && masterId != null, c.digest());
    }

    private static List<DiscogsImage> images(XmlCursor c) throws XMLStreamException {
        List<DiscogsImage> images = new ArrayList<>();
        while (c.nextChild()) {
            if (c.name().equals("image")) {
                String uri = c.attr("uri");
                images.add(new DiscogsImage(ImageType.of(c.attr("type")), uri, c.attr("uri150"), uri, (int) number(c.attr("width")),
                        (int) number(c.attr("height"))));
            }
            c.skip();
        }
        return images;
    }

    /** {@code <label name="" catno="" id=""/>}; newer dumps write {@code <series>} entries the same way. */
    private static List<DiscogsLabelCredit> labelCredits(XmlCursor c, String entityType, String entityTypeName)
            throws XMLStreamException {
        List<DiscogsLabelCredit> labels = new ArrayList<>();
        while (c.nextChild()) {
            long id = number(c.attr("id"));
            labels.add(new DiscogsLabelCredit(id, c.attr("name"), c.attr("catno"), entityType, entityTypeName,
                    API + "/labels/" + id, null));
            c.skip();
        }
        return labels;
    }

    private static List<DiscogsLabelCredit> companies(XmlCursor c) throws XMLStreamException {
        List<DiscogsLabelCredit> companies = new ArrayList<>();
        while (c.nextChild()) {
            long id = 0;
            String name = null;
            String catno = null;
            String entityType = null;
            String entityTypeName = null;
            String resourceUrl = null;
            while (c.nextChild()) {
                switch (c.name()) {
                    case "id" -> id = number(c.text());
                    case "name" -> name = c.text();
                    case "catno" -> catno = c.text();
                    case "entity_type" -> entityType = c.text();
                    case "entity_type_name" -> entityTypeName = c.text();
                    case "resource_url" -> resourceUrl = c.text();
                    default -> c.skip();
                }
            }
            companies.add(new DiscogsLabelCredit(id, name, catno, entityType, entityTypeName,
                    resourceUrl != null ? resourceUrl : API + "/labels/" + id, null));
        }
        return companies;
    }

    private static List<DiscogsFormat> formats(XmlCursor c) throws XMLStreamException {
        List<DiscogsFormat> formats = new ArrayList<>();
        while (c.nextChild()) {
            String name = c.attr("name");
            String qty = c.attr("qty");
            String text = emptyToNull(c.attr("text"));
            List<String> descriptions = List.of();
            while (c.nextChild()) {
                if (c.name().equals("descriptions")) {
                    descriptions = strings(c);
                } else {
                    c.skip();
                }
            }
            formats.add(new DiscogsFormat(name, qty, descriptions, text));
        }
        return formats;
    }

    private static List<DiscogsIdentifier> identifiers(XmlCursor c) throws XMLStreamException {
        List<DiscogsIdentifier> identifiers = new ArrayList<>();
        while (c.nextChild()) {
            identifiers.add(new DiscogsIdentifier(c.attr("type"), c.attr("value"), emptyToNull(c.attr("description"))));
            c.skip();
        }
        return identifiers;
    }

    private static List<DiscogsVideo> videos(XmlCursor c) throws XMLStreamException {
        List<DiscogsVideo> videos = new ArrayList<>();
        while (c.nextChild()) {
            String src = c.attr("src");
            String duration = c.attr("duration");
            String embed = c.attr("embed");
            String title = null;
            String description = null;
            while (c.nextChild()) {
                switch (c.name()) {
                    case "title" -> title = c.text();
                    case "description" -> description = c.text();
                    default -> c.skip();
                }
            }
            videos.add(new DiscogsVideo(src, title, description,
                    duration == null || duration.isBlank() ? null : (int) number(duration),
                    embed == null ? null : Boolean.valueOf(embed)));
        }
        return videos;
    }

    /** The text of each child: genres, styles, format descriptions. */
    static List<String> strings(XmlCursor c) throws XMLStreamException {
        List<String> values = new ArrayList<>();
        while (c.nextChild()) {
            values.add(c.text());
        }
        return values;
    }

    static long number(String text) {
        if (text == null || text.isBlank()) {
            return 0;
        }
        return Long.parseLong(text.trim());
    }

    static String emptyToNull(String s) {
        return s == null || s.isEmpty() ? null : s;
    }
}
