package app.spindle.discogs.fake;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** Master, version, artist and label documents of the generated world, in the captures' shapes. */
final class GeneratedEntityWriter {
    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
    private static final String API = BasicInformation.API;

    private final GeneratedReleases releases;
    private final ReleaseDocumentWriter documents;
    private final BasicInformation basics = new BasicInformation();

    GeneratedEntityWriter(GeneratedReleases releases, ReleaseDocumentWriter documents) {
        this.releases = releases;
        this.documents = documents;
    }

    ObjectNode master(int j) {
        GeneratedCatalogue catalogue = releases.catalogue();
        GeneratedWork work = releases.work(j);
        int first = catalogue.workStart[j];
        int newest = first;
        int forSale = 0;
        Double lowest = null;
        for (int k = first; k < first + catalogue.workSize[j]; k++) {
            if (catalogue.yearOf[k] > catalogue.yearOf[newest]) {
                newest = k;
            }
            SaleListing sale = SaleListing.of(catalogue.seed, catalogue.releaseId(k));
            forSale += sale.numForSale();
            if (sale.lowestPrice() != null && (lowest == null || sale.lowestPrice() < lowest)) {
                lowest = sale.lowestPrice();
            }
        }
        ObjectNode main = documents.write(first);
        long id = work.masterId();
        ReleaseFacts facts = releases.facts(first, work);
        ObjectNode master = JSON.objectNode();
        master.put("id", id);
        master.put("main_release", catalogue.releaseId(first));
        master.put("most_recent_release", catalogue.releaseId(newest));
        master.put("resource_url", API + "/masters/" + id);
        master.put("uri", "https://www.discogs.com/master/" + id + "-" + ReleaseDocumentWriter.slug(facts.artistDisplay() + " " + work.title()));
        master.put("versions_url", API + "/masters/" + id + "/versions");
        master.put("main_release_url", API + "/releases/" + catalogue.releaseId(first));
        master.put("most_recent_release_url", API + "/releases/" + catalogue.releaseId(newest));
        master.put("num_for_sale", forSale);
        if (lowest == null) {
            master.putNull("lowest_price");
        } else {
            master.put("lowest_price", lowest);
        }
        master.set("images", main.get("images"));
        master.set("genres", main.get("genres"));
        master.set("styles", main.get("styles"));
        master.put("year", catalogue.yearOf[first]);
        master.set("tracklist", main.get("tracklist"));
        master.set("artists", basics.artists(facts));
        master.put("title", work.title());
        master.put("data_quality", "Correct");
        master.putArray("videos");
        return master;
    }

    /** One entry of /masters/{id}/versions; stats.user is filled in by the route, which knows the account. */
    ObjectNode version(ReleaseFacts facts) {
        ObjectNode version = JSON.objectNode();
        version.put("id", facts.id());
        version.put("label", facts.labels().isEmpty() ? "" : facts.labels().get(0).name());
        version.put("country", facts.country());
        version.put("title", facts.title());
        ArrayNode major = version.putArray("major_formats");
        facts.formats().stream().map(ReleaseFacts.Format::name).distinct().forEach(major::add);
        StringBuilder format = new StringBuilder();
        for (ReleaseFacts.Format f : facts.formats()) {
            for (String description : f.descriptions()) {
                format.append(format.length() == 0 ? "" : ", ").append(description);
            }
        }
        version.put("format", format.toString());
        version.put("catno", facts.firstCatno());
        version.put("released", String.valueOf(facts.year()));
        version.put("status", "Accepted");
        version.put("resource_url", API + "/releases/" + facts.id());
        version.put("thumb", facts.thumb());
        ObjectNode stats = version.putObject("stats");
        ObjectNode community = stats.putObject("community");
        community.put("in_wantlist", facts.want());
        community.put("in_collection", facts.have());
        ObjectNode user = stats.putObject("user");
        user.put("in_wantlist", 0);
        user.put("in_collection", 0);
        return version;
    }

    ObjectNode artist(int a) {
        GeneratedCatalogue catalogue = releases.catalogue();
        long id = catalogue.artistId(a);
        String name = catalogue.artistNames[a];
        ObjectNode artist = JSON.objectNode();
        artist.put("name", name);
        artist.put("id", id);
        artist.put("resource_url", API + "/artists/" + id);
        artist.put("uri", "https://www.discogs.com/artist/" + id + "-" + ReleaseDocumentWriter.slug(name));
        artist.put("releases_url", API + "/artists/" + id + "/releases");
        artist.set("images", ReleaseDocumentWriter.images(id, 1));
        artist.put("profile", "");
        artist.putArray("urls");
        artist.putArray("namevariations");
        relations(artist, a, catalogue);
        artist.put("data_quality", "Needs Vote");
        return artist;
    }

    /**
     * Aliases, members and groups, each kept both ways: every seventh artist is a group of the next two, and
     * artists 10n+1 and 10n+2 are aliases of each other.
     */
    private static void relations(ObjectNode artist, int a, GeneratedCatalogue catalogue) {
        int count = catalogue.artistNames.length;
        if (a % 7 == 0 && a + 2 < count) {
            ArrayNode members = artist.putArray("members");
            for (int m = a + 1; m <= a + 2; m++) {
                members.add(reference("artists", catalogue.artistId(m), catalogue.artistNames[m]).put("active", true));
            }
        }
        int group = a - a % 7;
        if (a % 7 != 0 && a % 7 <= 2 && group + 2 < count) {
            artist.putArray("groups").add(reference("artists", catalogue.artistId(group), catalogue.artistNames[group])
                    .put("active", true));
        }
        int alias = a % 10 == 1 ? a + 1 : a % 10 == 2 ? a - 1 : -1;
        if (alias >= 0 && alias < count) {
            artist.putArray("aliases").add(reference("artists", catalogue.artistId(alias), catalogue.artistNames[alias]));
        }
    }

    private static ObjectNode reference(String kind, long id, String name) {
        ObjectNode ref = JSON.objectNode();
        ref.put("id", id);
        ref.put("name", name);
        ref.put("resource_url", API + "/" + kind + "/" + id);
        return ref;
    }

    ObjectNode label(int l) {
        GeneratedCatalogue catalogue = releases.catalogue();
        long id = catalogue.labelId(l);
        String name = catalogue.labelNames[l];
        ObjectNode label = JSON.objectNode();
        label.put("profile", "");
        label.put("releases_url", API + "/labels/" + id + "/releases");
        label.put("name", name);
        label.put("contact_info", "");
        label.put("uri", "https://www.discogs.com/label/" + id + "-" + ReleaseDocumentWriter.slug(name));
        ArrayNode sublabels = label.putArray("sublabels");
        // every sixth label is the parent of the one after it
        if (l % 6 == 0 && l + 1 < catalogue.labelNames.length) {
            sublabels.add(reference("labels", catalogue.labelId(l + 1), catalogue.labelNames[l + 1]));
        }
        if (l % 6 == 1) {
            label.set("parent_label", reference("labels", catalogue.labelId(l - 1), catalogue.labelNames[l - 1]));
        }
        label.putArray("urls");
        label.set("images", ReleaseDocumentWriter.images(id, 1));
        label.put("resource_url", API + "/labels/" + id);
        label.put("id", id);
        label.put("data_quality", "Needs Vote");
        return label;
    }
}
