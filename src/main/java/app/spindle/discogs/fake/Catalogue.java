package app.spindle.discogs.fake;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Everything the fake's database knows: the real captured documents first, then the generated world. */
final class Catalogue {
    private final RealDocuments real;
    private final GeneratedReleases generated;
    private final ReleaseDocumentWriter documents;
    private final GeneratedEntityWriter entities;
    private final Map<Long, ReleaseFacts> realFacts = new LinkedHashMap<>();
    private final Map<Long, Long> realReleaseOfMaster = new LinkedHashMap<>();
    private final Map<Long, List<Long>> realReleasesOfMaster = new LinkedHashMap<>();

    Catalogue(RealDocuments real, GeneratedReleases generated) {
        this.real = real;
        this.generated = generated;
        this.documents = new ReleaseDocumentWriter(generated);
        this.entities = new GeneratedEntityWriter(generated, documents);
        real.releases().forEach((id, document) -> {
            ReleaseFacts facts = RealDocuments.facts(document);
            realFacts.put(id, facts);
            if (facts.masterId() != 0) {
                realReleaseOfMaster.putIfAbsent(facts.masterId(), id);
                realReleasesOfMaster.computeIfAbsent(facts.masterId(), m -> new ArrayList<>()).add(id);
            }
        });
    }

    GeneratedCatalogue generated() {
        return generated.catalogue();
    }

    GeneratedReleases generatedReleases() {
        return generated;
    }

    List<Long> realReleaseIds() {
        return List.copyOf(realFacts.keySet());
    }

    Map<Long, ReleaseFacts> realFacts() {
        return realFacts;
    }

    boolean hasRelease(long id) {
        return realFacts.containsKey(id) || generated.catalogue().indexOf(id) >= 0;
    }

    ReleaseFacts facts(long id) {
        ReleaseFacts facts = realFacts.get(id);
        if (facts != null) {
            return facts;
        }
        int k = generated.catalogue().indexOf(id);
        if (k < 0) {
            throw ApiError.notFound();
        }
        return generated.facts(k);
    }

    ObjectNode release(long id, boolean authenticated) {
        ObjectNode document = real.releases().get(id);
        if (document != null) {
            ObjectNode anonymous = real.unauthenticatedRelease(id);
            if (!authenticated && anonymous != null) {
                return anonymous.deepCopy();
            }
            return withImages(document.deepCopy(), authenticated);
        }
        int k = generated.catalogue().indexOf(id);
        if (k < 0) {
            throw ApiError.notFound();
        }
        return withImages(documents.write(k), authenticated);
    }

    ObjectNode master(long id, boolean authenticated) {
        ObjectNode captured = real.master(id);
        if (captured != null) {
            return withImages(captured.deepCopy(), authenticated);
        }
        Long realRelease = realReleaseOfMaster.get(id);
        if (realRelease != null) {
            return withImages(masterOfRealRelease(id, real.releases().get(realRelease)), authenticated);
        }
        int j = generated.catalogue().workOfMaster(id);
        if (j < 0) {
            throw ApiError.notFound();
        }
        return withImages(entities.master(j), authenticated);
    }

    /** The versions of a master, each without the account's stats.user filled in. */
    List<ObjectNode> versions(long id) {
        List<JsonNode> captured = real.versions(id);
        List<ObjectNode> versions = new ArrayList<>();
        if (captured != null) {
            captured.forEach(version -> versions.add((ObjectNode) version.deepCopy()));
            return versions;
        }
        List<Long> realReleases = realReleasesOfMaster.get(id);
        if (realReleases != null) {
            realReleases.forEach(release -> versions.add(entities.version(realFacts.get(release))));
            return versions;
        }
        GeneratedCatalogue catalogue = generated.catalogue();
        int j = catalogue.workOfMaster(id);
        if (j < 0) {
            if (real.master(id) != null) {
                return versions;
            }
            throw ApiError.notFound();
        }
        GeneratedWork work = generated.work(j);
        for (int k = catalogue.workStart[j]; k < catalogue.workStart[j] + catalogue.workSize[j]; k++) {
            versions.add(entities.version(generated.facts(k, work)));
        }
        return versions;
    }

    ObjectNode artist(long id, boolean authenticated) {
        ObjectNode captured = real.artist(id);
        if (captured != null) {
            return withImages(captured.deepCopy(), authenticated);
        }
        int a = generated.catalogue().artistIndex(id);
        if (a < 0) {
            throw ApiError.notFound();
        }
        return withImages(entities.artist(a), authenticated);
    }

    ObjectNode label(long id, boolean authenticated) {
        ObjectNode captured = real.label(id);
        if (captured != null) {
            return withImages(captured.deepCopy(), authenticated);
        }
        int l = generated.catalogue().labelIndex(id);
        if (l < 0) {
            throw ApiError.notFound();
        }
        return withImages(entities.label(l), authenticated);
    }

    SaleListing sale(long releaseId) {
        ObjectNode document = real.releases().get(releaseId);
        if (document != null) {
            JsonNode price = document.path("lowest_price");
            return new SaleListing(document.path("num_for_sale").asInt(), price.isNumber() ? price.asDouble() : null);
        }
        if (generated.catalogue().indexOf(releaseId) < 0) {
            throw ApiError.notFound();
        }
        return SaleListing.of(generated.catalogue().seed, releaseId);
    }

    RealDocuments real() {
        return real;
    }

    /** Discogs only fills image URLs in for authenticated requests; anonymous ones get "". */
    static ObjectNode withImages(ObjectNode document, boolean authenticated) {
        if (!authenticated) {
            blankImages(document);
        }
        return document;
    }

    private static void blankImages(JsonNode node) {
        if (node instanceof ObjectNode object) {
            for (String key : List.of("thumb", "cover_image", "thumbnail_url")) {
                if (object.has(key) && object.get(key).isTextual()) {
                    object.put(key, "");
                }
            }
            JsonNode images = object.get("images");
            if (images instanceof ArrayNode list) {
                for (JsonNode image : list) {
                    ((ObjectNode) image).put("uri", "").put("resource_url", "").put("uri150", "");
                }
            }
            object.elements().forEachRemaining(Catalogue::blankImages);
        } else if (node instanceof ArrayNode array) {
            array.forEach(Catalogue::blankImages);
        }
    }

    private ObjectNode masterOfRealRelease(long masterId, ObjectNode release) {
        ObjectNode master = JsonNodeFactory.instance.objectNode();
        long releaseId = release.get("id").asLong();
        master.put("id", masterId);
        master.put("main_release", releaseId);
        master.put("most_recent_release", releaseId);
        master.put("resource_url", BasicInformation.API + "/masters/" + masterId);
        master.put("uri", "https://www.discogs.com/master/" + masterId);
        master.put("versions_url", BasicInformation.API + "/masters/" + masterId + "/versions");
        master.put("main_release_url", BasicInformation.API + "/releases/" + releaseId);
        master.put("most_recent_release_url", BasicInformation.API + "/releases/" + releaseId);
        for (String key : List.of("num_for_sale", "lowest_price", "images", "genres", "styles", "year", "tracklist", "artists", "title", "data_quality", "videos")) {
            if (release.has(key)) {
                master.set(key, release.get(key).deepCopy());
            }
        }
        return master;
    }
}
