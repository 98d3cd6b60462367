package app.spindle.discogs.fake;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Writes the artists, labels and formats arrays in Discogs' shape, and from them the basic_information that
 * collection items and wants carry, so a listing always agrees with the full release document.
 */
final class BasicInformation {
    static final String API = "https://api.discogs.com";
    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    ObjectNode write(ReleaseFacts release, boolean withImages) {
        ObjectNode info = JSON.objectNode();
        info.put("id", release.id());
        info.put("master_id", release.masterId());
        if (release.masterId() == 0) {
            info.putNull("master_url");
        } else {
            info.put("master_url", API + "/masters/" + release.masterId());
        }
        info.put("resource_url", API + "/releases/" + release.id());
        info.put("thumb", withImages ? release.thumb() : "");
        info.put("cover_image", withImages ? release.coverImage() : "");
        info.put("title", release.title());
        info.put("year", release.year());
        info.set("formats", formats(release));
        info.set("labels", labels(release));
        info.set("artists", artists(release));
        ArrayNode genres = info.putArray("genres");
        release.genres().forEach(genres::add);
        ArrayNode styles = info.putArray("styles");
        release.styles().forEach(styles::add);
        return info;
    }

    ArrayNode artists(ReleaseFacts release) {
        ArrayNode artists = JSON.arrayNode();
        for (ReleaseFacts.Credit credit : release.artists()) {
            artists.add(credit(credit, ""));
        }
        return artists;
    }

    ObjectNode credit(ReleaseFacts.Credit credit, String role) {
        ObjectNode artist = JSON.objectNode();
        artist.put("name", credit.name());
        artist.put("anv", credit.anv());
        artist.put("join", credit.join());
        artist.put("role", role);
        artist.put("tracks", "");
        artist.put("id", credit.id());
        artist.put("resource_url", API + "/artists/" + credit.id());
        return artist;
    }

    ArrayNode labels(ReleaseFacts release) {
        ArrayNode labels = JSON.arrayNode();
        for (ReleaseFacts.LabelCredit credit : release.labels()) {
            ObjectNode label = labels.addObject();
            label.put("name", credit.name());
            label.put("catno", credit.catno());
            label.put("entity_type", "1");
            label.put("entity_type_name", "Label");
            label.put("id", credit.id());
            label.put("resource_url", API + "/labels/" + credit.id());
        }
        return labels;
    }

    ArrayNode formats(ReleaseFacts release) {
        ArrayNode formats = JSON.arrayNode();
        for (ReleaseFacts.Format format : release.formats()) {
            ObjectNode node = formats.addObject();
            node.put("name", format.name());
            node.put("qty", format.qty());
            if (format.text() != null) {
                node.put("text", format.text());
            }
            ArrayNode descriptions = node.putArray("descriptions");
            format.descriptions().forEach(descriptions::add);
        }
        return formats;
    }
}
