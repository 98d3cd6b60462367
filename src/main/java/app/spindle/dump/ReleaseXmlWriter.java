package app.spindle.dump;

import app.spindle.discogs.model.DiscogsArtistCredit;
import app.spindle.discogs.model.DiscogsFormat;
import app.spindle.discogs.model.DiscogsIdentifier;
import app.spindle.discogs.model.DiscogsImage;
import app.spindle.discogs.model.DiscogsLabelCredit;
import app.spindle.discogs.model.DiscogsRelease;
import app.spindle.discogs.model.DiscogsTrack;
import app.spindle.discogs.model.DiscogsVideo;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.List;

/**
 * Writes a release the way the monthly dump does (element order, empty elements, no image URLs):
 * for round-trip tests, and to build a dump of FakeDiscogs' catalogue for benchmarks.
 */
public final class ReleaseXmlWriter {
    private final Writer out;

    public ReleaseXmlWriter(Writer out) {
        this.out = out;
    }

    public void begin() {
        raw("<releases>\n");
    }

    public void end() {
        raw("</releases>\n");
    }

    public void write(DiscogsRelease r, boolean mainRelease) {
        raw("<release id=\"" + r.id() + "\"");
        attr("status", r.status());
        raw(">");
        if (!r.images().isEmpty()) {
            raw("<images>");
            for (DiscogsImage i : r.images()) {
                raw("<image");
                attr("type", i.type() == null ? null : i.type().word());
                raw(" uri=\"\" uri150=\"\"");
                attr("width", String.valueOf(i.width()));
                attr("height", String.valueOf(i.height()));
                raw("/>");
            }
            raw("</images>");
        }
        credits("artists", r.artists());
        element("title", r.title());
        labels("labels", "label", r.labels());
        if (!r.series().isEmpty()) {
            labels("series", "series", r.series());
        }
        credits("extraartists", r.extraartists());
        raw("<formats>");
        for (DiscogsFormat f : r.formats()) {
            raw("<format");
            attr("name", f.name());
            attr("qty", f.qty());
            attr("text", f.text() == null ? "" : f.text());
            raw("><descriptions>");
            f.descriptions().forEach(d -> element("description", d));
            raw("</descriptions></format>");
        }
        raw("</formats>");
        strings("genres", "genre", r.genres());
        strings("styles", "style", r.styles());
        element("country", r.country());
        element("released", r.released());
        element("notes", r.notes());
        element("data_quality", r.dataQuality());
        if (r.masterId() != null) {
            raw("<master_id is_main_release=\"" + mainRelease + "\">" + r.masterId() + "</master_id>");
        }
        raw("<tracklist>");
        tracks(r.tracklist());
        raw("</tracklist><identifiers>");
        for (DiscogsIdentifier i : r.identifiers()) {
            raw("<identifier");
            attr("type", i.type());
            attr("description", i.description());
            attr("value", i.value());
            raw("/>");
        }
        raw("</identifiers>");
        if (!r.videos().isEmpty()) {
            raw("<videos>");
            for (DiscogsVideo v : r.videos()) {
                raw("<video");
                attr("src", v.uri());
                attr("duration", v.duration() == null ? null : String.valueOf(v.duration()));
                attr("embed", v.embed() == null ? null : String.valueOf(v.embed()));
                raw(">");
                element("title", v.title());
                element("description", v.description());
                raw("</video>");
            }
            raw("</videos>");
        }
        raw("<companies>");
        for (DiscogsLabelCredit c : r.companies()) {
            raw("<company>");
            element("id", String.valueOf(c.id()));
            element("name", c.name());
            element("catno", c.catno() == null ? "" : c.catno());
            element("entity_type", c.entityType());
            element("entity_type_name", c.entityTypeName());
            element("resource_url", c.resourceUrl());
            raw("</company>");
        }
        raw("</companies></release>\n");
    }

    private void tracks(List<DiscogsTrack> tracks) {
        for (DiscogsTrack t : tracks) {
            raw("<track>");
            element("position", t.position() == null ? "" : t.position());
            element("title", t.title());
            element("duration", t.duration() == null ? "" : t.duration());
            if (!t.artists().isEmpty()) {
                credits("artists", t.artists());
            }
            if (!t.extraartists().isEmpty()) {
                credits("extraartists", t.extraartists());
            }
            if (!t.subTracks().isEmpty()) {
                raw("<sub_tracks>");
                tracks(t.subTracks());
                raw("</sub_tracks>");
            }
            raw("</track>");
        }
    }

    private void credits(String element, List<DiscogsArtistCredit> credits) {
        raw("<" + element + ">");
        for (DiscogsArtistCredit a : credits) {
            raw("<artist>");
            element("id", String.valueOf(a.id()));
            element("name", a.name());
            element("anv", a.anv() == null ? "" : a.anv());
            element("join", a.join() == null ? "" : a.join());
            element("role", a.role() == null ? "" : a.role());
            element("tracks", a.tracks() == null ? "" : a.tracks());
            raw("</artist>");
        }
        raw("</" + element + ">");
    }

    private void labels(String element, String child, List<DiscogsLabelCredit> labels) {
        raw("<" + element + ">");
        for (DiscogsLabelCredit l : labels) {
            raw("<" + child);
            attr("name", l.name());
            attr("catno", l.catno() == null ? "" : l.catno());
            attr("id", String.valueOf(l.id()));
            raw("/>");
        }
        raw("</" + element + ">");
    }

    private void strings(String element, String child, List<String> values) {
        if (values.isEmpty()) {
            return;
        }
        raw("<" + element + ">");
        values.forEach(v -> element(child, v));
        raw("</" + element + ">");
    }

    private void element(String name, String text) {
        if (text == null) {
            return;
        }
        if (text.isEmpty()) {
            raw("<" + name + "/>");
            return;
        }
        raw("<" + name + ">");
        escaped(text, false);
        raw("</" + name + ">");
    }

    private void attr(String name, String value) {
        if (value == null) {
            return;
        }
        raw(" " + name + "=\"");
        escaped(value, true);
        raw("\"");
    }

    /** XML escapes; {@code \r} (and in attributes tab and newline) as character references so they survive parsing. */
    private void escaped(String s, boolean attribute) {
        StringBuilder b = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            switch (ch) {
                case '&' -> b.append("&amp;");
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '"' -> b.append(attribute ? "&quot;" : "\"");
                case '\r' -> b.append("&#13;");
                case '\n' -> b.append(attribute ? "&#10;" : "\n");
                case '\t' -> b.append(attribute ? "&#9;" : "\t");
                default -> {
                    if (ch >= 0x20 || ch == '\t') {
                        b.append(ch);
                    }
                }
            }
        }
        raw(b.toString());
    }

    private void raw(String s) {
        try {
            out.write(s);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
