package app.spindle.discogs.fake;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The real api.discogs.com documents captured in shared/discogs (copied under resources/discogs), served as
 * they are: releases, masters with their versions, artists, labels, and the templates for profile,
 * identity and collection fields.
 */
final class RealDocuments {
    private static final String ROOT = "/discogs/";
    private static final List<String> RELEASES = List.of("249504", "1018055", "1052359", "1161277", "2370027",
            "2535152", "4707982", "565473", "603365", "release-2022", "release-with-series-2022");

    private final ObjectMapper json;
    private final Map<Long, ObjectNode> releases = new LinkedHashMap<>();
    private final Map<Long, ObjectNode> unauthenticatedReleases = new LinkedHashMap<>();
    private final Map<Long, ObjectNode> masters = new LinkedHashMap<>();
    private final Map<Long, List<JsonNode>> versions = new LinkedHashMap<>();
    private final Map<Long, ObjectNode> artists = new LinkedHashMap<>();
    private final Map<Long, ObjectNode> labels = new LinkedHashMap<>();
    private final ObjectNode fields;
    private final ObjectNode profile;

    RealDocuments(ObjectMapper json) {
        this.json = json;
        for (String name : RELEASES) {
            ObjectNode release = load("releases/" + name + ".json");
            releases.put(release.get("id").asLong(), release);
        }
        ObjectNode anonymous = load("releases/release-unauthenticated-2021.json");
        unauthenticatedReleases.put(anonymous.get("id").asLong(), anonymous);
        for (String name : List.of("master-2021", "master-2022")) {
            ObjectNode master = load("masters/" + name + ".json");
            masters.put(master.get("id").asLong(), master);
        }
        versions.put(38677L, versionList("masters/38677-versions-per_page-500.json"));
        versions.put(38998L, versionList("masters/38998-versions.json"));
        versions.put(1521183L, versionList("masters/master-versions-2022.json"));
        for (String name : List.of("23755", "artist-2022")) {
            ObjectNode artist = load("artists/" + name + ".json");
            artists.put(artist.get("id").asLong(), artist);
        }
        for (String name : List.of("1", "label-2022")) {
            ObjectNode label = load("labels/" + name + ".json");
            labels.put(label.get("id").asLong(), label);
        }
        fields = load("collection/fields-2022.json");
        profile = load("users/profile-owner.json");
    }

    /** One more real release document (from a data dump, say), served as it is. */
    void add(ObjectNode release) {
        releases.put(release.get("id").asLong(), release);
    }

    Map<Long, ObjectNode> releases() {
        return releases;
    }

    /** The captured unauthenticated document where one exists (images already blank, as Discogs sends them). */
    ObjectNode unauthenticatedRelease(long id) {
        return unauthenticatedReleases.get(id);
    }

    ObjectNode master(long id) {
        return masters.get(id);
    }

    List<JsonNode> versions(long masterId) {
        return versions.get(masterId);
    }

    ObjectNode artist(long id) {
        return artists.get(id);
    }

    ObjectNode label(long id) {
        return labels.get(id);
    }

    ObjectNode fields() {
        return fields.deepCopy();
    }

    ObjectNode profileTemplate() {
        return profile.deepCopy();
    }

    /** The facts of a real release, read from its document. */
    static ReleaseFacts facts(JsonNode release) {
        List<ReleaseFacts.Credit> credits = new ArrayList<>();
        release.path("artists").forEach(a -> credits.add(new ReleaseFacts.Credit(a.path("id").asLong(),
                a.path("name").asText(), a.path("anv").asText(""), a.path("join").asText(""))));
        List<ReleaseFacts.Format> formats = new ArrayList<>();
        release.path("formats").forEach(f -> formats.add(new ReleaseFacts.Format(f.path("name").asText(),
                f.path("qty").asText("1"), texts(f.path("descriptions")), f.has("text") ? f.get("text").asText() : null)));
        List<ReleaseFacts.LabelCredit> labels = new ArrayList<>();
        release.path("labels").forEach(l -> labels.add(new ReleaseFacts.LabelCredit(l.path("id").asLong(),
                l.path("name").asText(), l.path("catno").asText())));
        JsonNode images = release.path("images");
        String cover = images.isArray() && !images.isEmpty() ? images.get(0).path("uri").asText("") : "";
        return new ReleaseFacts(release.path("id").asLong(), release.path("master_id").asLong(0),
                release.path("title").asText(), List.copyOf(credits), release.path("year").asInt(),
                release.path("country").asText(""), List.copyOf(formats), List.copyOf(labels),
                texts(release.path("genres")), texts(release.path("styles")), release.path("thumb").asText(""),
                cover, release.path("community").path("have").asInt(), release.path("community").path("want").asInt());
    }

    static List<String> texts(JsonNode array) {
        List<String> values = new ArrayList<>();
        array.forEach(value -> values.add(value.asText()));
        return List.copyOf(values);
    }

    private List<JsonNode> versionList(String path) {
        List<JsonNode> list = new ArrayList<>();
        load(path).path("versions").forEach(list::add);
        return List.copyOf(list);
    }

    private ObjectNode load(String path) {
        try (InputStream in = RealDocuments.class.getResourceAsStream(ROOT + path)) {
            if (in == null) {
                throw new IllegalStateException("missing captured document " + ROOT + path);
            }
            return (ObjectNode) json.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read captured document " + ROOT + path, e);
        }
    }
}
