package app.spindle.discogs.fake;

import app.spindle.discogs.model.DiscogsType;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

/**
 * GET /database/search: authentication required; artists, masters, releases and labels that match,
 * with user_data from the account; stops at 10,000 results as Discogs does.
 */
final class SearchRoutes {
    static final int MAX_RESULTS = 10_000;

    record Hit(DiscogsType type, long id) {}

    private final Catalogue catalogue;
    private final Supplier<SearchIndex> index;
    private final RealReleaseSearch realSearch;
    private final FakeAccount account;
    private final Responder responder;
    private final BasicInformation basics = new BasicInformation();

    SearchRoutes(Catalogue catalogue, Supplier<SearchIndex> index, RealReleaseSearch realSearch, FakeAccount account, Responder responder) {
        this.catalogue = catalogue;
        this.index = index;
        this.realSearch = realSearch;
        this.account = account;
        this.responder = responder;
    }

    void addRoutes(RoutesConfig routes) {
        routes.get("/database/search", this::search);
    }

    private void search(Context ctx) {
        if (!RequestRules.caller(ctx).authenticated()) {
            throw ApiError.unauthenticated();
        }
        SearchQuery query = SearchQuery.from(ctx);
        List<Hit> hits = hits(query);
        Paging paging = Paging.of(ctx, hits.size());
        ObjectNode body = responder.mapper().createObjectNode();
        body.set("pagination", paging.json(ctx, responder.baseUrl()));
        ArrayNode results = body.putArray("results");
        for (Hit hit : paging.slice(hits)) {
            results.add(result(hit));
        }
        responder.ok(ctx, body);
    }

    List<Hit> hits(SearchQuery query) {
        List<Hit> hits = new ArrayList<>();
        GeneratedCatalogue generated = catalogue.generated();
        boolean namesToo = query.q() != null && !query.hasReleaseFilters();
        if (query.wants(DiscogsType.ARTIST) && (namesToo || query.type() != null && query.q() != null)) {
            BitSet artists = index.get().artists(query.q());
            for (int a = artists.nextSetBit(0); a >= 0 && hits.size() < MAX_RESULTS; a = artists.nextSetBit(a + 1)) {
                hits.add(new Hit(DiscogsType.ARTIST, generated.artistId(a)));
            }
        }
        List<ReleaseFacts> real = realSearch.matching(query);
        BitSet releases = index.get().releases(query);
        if (query.wants(DiscogsType.MASTER)) {
            Set<Long> masters = new LinkedHashSet<>();
            real.stream().filter(f -> f.masterId() != 0).forEach(f -> masters.add(f.masterId()));
            for (int k = releases.nextSetBit(0); k >= 0 && masters.size() < MAX_RESULTS; k = releases.nextSetBit(k + 1)) {
                long masterId = generated.masterId(generated.workOf[k]);
                if (masterId != 0) {
                    masters.add(masterId);
                }
            }
            masters.forEach(id -> hits.add(new Hit(DiscogsType.MASTER, id)));
        }
        if (query.wants(DiscogsType.RELEASE)) {
            real.forEach(f -> hits.add(new Hit(DiscogsType.RELEASE, f.id())));
            for (int k = releases.nextSetBit(0); k >= 0 && hits.size() < MAX_RESULTS; k = releases.nextSetBit(k + 1)) {
                hits.add(new Hit(DiscogsType.RELEASE, generated.releaseId(k)));
            }
        }
        if (query.wants(DiscogsType.LABEL) && (namesToo || query.type() != null && query.q() != null)) {
            BitSet labels = index.get().labels(query.q());
            for (int l = labels.nextSetBit(0); l >= 0 && hits.size() < MAX_RESULTS; l = labels.nextSetBit(l + 1)) {
                hits.add(new Hit(DiscogsType.LABEL, generated.labelId(l)));
            }
        }
        return hits.size() > MAX_RESULTS ? hits.subList(0, MAX_RESULTS) : hits;
    }

    private ObjectNode result(Hit hit) {
        return switch (hit.type()) {
            case RELEASE -> releaseResult(hit.id());
            case MASTER -> masterResult(hit.id());
            case ARTIST -> nameResult(hit, catalogue.artist(hit.id(), true), "/artist/");
            case LABEL -> nameResult(hit, catalogue.label(hit.id(), true), "/label/");
        };
    }

    private ObjectNode releaseResult(long releaseId) {
        ReleaseFacts facts = catalogue.facts(releaseId);
        ObjectNode result = common(facts, catalogue.release(releaseId, true), "release", releaseId);
        result.put("format_quantity", facts.formats().stream().filter(f -> !f.name().equals("Box Set"))
                .mapToInt(f -> Integer.parseInt(f.qty().replaceAll("\\D", "0"))).sum());
        result.set("formats", basics.formats(facts));
        return result;
    }

    private ObjectNode masterResult(long masterId) {
        JsonNode master = catalogue.master(masterId, true);
        long mainRelease = master.path("main_release").asLong();
        ReleaseFacts facts = catalogue.facts(mainRelease);
        ObjectNode result = common(facts, catalogue.release(mainRelease, true), "master", masterId);
        boolean inCollection = false;
        boolean inWantlist = false;
        for (ObjectNode version : catalogue.versions(masterId)) {
            long id = version.path("id").asLong();
            inCollection |= account.inCollection(id);
            inWantlist |= account.inWantlist(id);
        }
        result.with("user_data").put("in_wantlist", inWantlist).put("in_collection", inCollection);
        return result;
    }

    private ObjectNode common(ReleaseFacts facts, JsonNode document, String type, long id) {
        ObjectNode result = responder.mapper().createObjectNode();
        result.put("country", facts.country());
        result.put("year", String.valueOf(facts.year()));
        ArrayNode format = result.putArray("format");
        facts.formats().forEach(f -> {
            format.add(f.name());
            f.descriptions().forEach(format::add);
        });
        ArrayNode label = result.putArray("label");
        facts.labels().forEach(l -> label.add(l.name()));
        result.put("type", type);
        ArrayNode genre = result.putArray("genre");
        facts.genres().forEach(genre::add);
        ArrayNode style = result.putArray("style");
        facts.styles().forEach(style::add);
        result.put("id", id);
        ArrayNode barcode = result.putArray("barcode");
        document.path("identifiers").forEach(i -> barcode.add(i.path("value").asText()));
        result.putObject("user_data").put("in_wantlist", account.inWantlist(facts.id())).put("in_collection", account.inCollection(facts.id()));
        result.put("master_id", facts.masterId());
        if (facts.masterId() == 0) {
            result.putNull("master_url");
        } else {
            result.put("master_url", BasicInformation.API + "/masters/" + facts.masterId());
        }
        String slug = ReleaseDocumentWriter.slug(facts.artistDisplay() + " " + facts.title());
        result.put("uri", "/" + slug + "/" + type + "/" + id);
        result.put("catno", facts.firstCatno());
        result.put("title", facts.artistDisplay() + " - " + facts.title());
        result.put("thumb", facts.thumb());
        result.put("cover_image", facts.coverImage());
        result.put("resource_url", BasicInformation.API + (type.equals("master") ? "/masters/" : "/releases/") + id);
        result.putObject("community").put("want", facts.want()).put("have", facts.have());
        return result;
    }

    private ObjectNode nameResult(Hit hit, JsonNode document, String uriPrefix) {
        ObjectNode result = responder.mapper().createObjectNode();
        result.put("id", hit.id());
        result.put("type", hit.type().word());
        result.putObject("user_data").put("in_wantlist", false).put("in_collection", false);
        result.putNull("master_id");
        result.putNull("master_url");
        String name = document.path("name").asText();
        result.put("uri", uriPrefix + hit.id() + "-" + ReleaseDocumentWriter.slug(name));
        result.put("title", name);
        JsonNode image = document.path("images").path(0);
        result.put("thumb", image.path("uri150").asText(""));
        result.put("cover_image", image.path("uri").asText(""));
        result.put("resource_url", BasicInformation.API + (hit.type() == DiscogsType.ARTIST ? "/artists/" : "/labels/") + hit.id());
        return result;
    }
}
