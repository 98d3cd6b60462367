package app.spindle.discogs;

import app.spindle.discogs.model.ArtistReleasesPage;
import app.spindle.discogs.model.CollectionPage;
import app.spindle.discogs.model.DiscogsArtist;
import app.spindle.discogs.model.DiscogsCollectionItem;
import app.spindle.discogs.model.DiscogsCollectionValue;
import app.spindle.discogs.model.DiscogsField;
import app.spindle.discogs.model.DiscogsFolder;
import app.spindle.discogs.model.DiscogsIdentity;
import app.spindle.discogs.model.DiscogsLabel;
import app.spindle.discogs.model.DiscogsMarketplaceStats;
import app.spindle.discogs.model.DiscogsMaster;
import app.spindle.discogs.model.DiscogsModels;
import app.spindle.discogs.model.DiscogsPrice;
import app.spindle.discogs.model.DiscogsProfile;
import app.spindle.discogs.model.DiscogsRelease;
import app.spindle.discogs.model.DiscogsWant;
import app.spindle.discogs.model.LabelReleasesPage;
import app.spindle.discogs.model.MasterVersionsPage;
import app.spindle.discogs.model.SearchPage;
import app.spindle.discogs.model.WantsPage;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BiConsumer;

/**
 * Typed Discogs operations for the rest of Spindle. Listing and details go in the background lane,
 * actions and search in the interactive lane, unless a view from {@link #withPriority} says otherwise.
 * The username for {@code /users/...} paths comes from {@code /oauth/identity}, asked once per credentials
 * (and not again in a later process when an {@link IdentityMemory} remembers them).
 */
public final class DiscogsClient {
    private final DiscogsApiClient api;
    private final DiscogsModels models;
    private final Priority forced;
    private final AtomicReference<Who> who;
    private final BiConsumer<DiscogsCredentials, DiscogsIdentity> onIdentity;
    private final IdentityMemory memory;

    public DiscogsClient(DiscogsApiClient api) {
        this(api, (credentials, identity) -> { });
    }

    /** @param onIdentity told whenever Discogs confirms who the credentials belong to (e.g. {@link DiscogsAuth#confirmed}) */
    public DiscogsClient(DiscogsApiClient api, BiConsumer<DiscogsCredentials, DiscogsIdentity> onIdentity) {
        this(api, onIdentity, IdentityMemory.NONE);
    }

    /** @param memory who credentials belong to, kept between processes */
    public DiscogsClient(DiscogsApiClient api, BiConsumer<DiscogsCredentials, DiscogsIdentity> onIdentity,
                         IdentityMemory memory) {
        this(api, null, new AtomicReference<>(), onIdentity, memory);
    }

    private DiscogsClient(DiscogsApiClient api, Priority forced, AtomicReference<Who> who,
                          BiConsumer<DiscogsCredentials, DiscogsIdentity> onIdentity, IdentityMemory memory) {
        this.api = api;
        this.models = api.models();
        this.forced = forced;
        this.who = who;
        this.onIdentity = onIdentity;
        this.memory = memory;
    }

    /** A view of this client whose every request goes in the given lane. */
    public DiscogsClient withPriority(Priority priority) {
        return new DiscogsClient(api, priority, who, onIdentity, memory);
    }

    // --- the account

    public DiscogsIdentity identity() {
        DiscogsCredentials credentials = api.credentials();
        Who known = who.get();
        if (known != null && known.credentials() == credentials) {
            return known.identity();
        }
        DiscogsIdentity identity = memory.recall(credentials).orElse(null);
        if (identity == null) {
            identity = api.get("/oauth/identity", Map.of(), lane(Priority.BACKGROUND),
                    body -> models.parse(body, DiscogsIdentity.class));
            memory.remember(credentials, identity);
        }
        who.set(new Who(credentials, identity));
        onIdentity.accept(credentials, identity);
        return identity;
    }

    public String username() {
        return identity().username();
    }

    public DiscogsProfile profile() {
        return api.get("/users/" + user(), Map.of(), lane(Priority.BACKGROUND),
                body -> models.parse(body, DiscogsProfile.class));
    }

    // --- collection

    public List<DiscogsFolder> folders() {
        return api.get(collection() + "/folders", Map.of(), lane(Priority.BACKGROUND), models::folders);
    }

    public List<DiscogsField> fields() {
        return api.get(collection() + "/fields", Map.of(), lane(Priority.BACKGROUND), models::fields);
    }

    public DiscogsCollectionValue collectionValue() {
        return api.get(collection() + "/value", Map.of(), lane(Priority.BACKGROUND),
                body -> models.parse(body, DiscogsCollectionValue.class));
    }

    public CollectionPage collectionPage(long folderId, int page, int perPage, ListOrder order) {
        return api.get(collection() + "/folders/" + folderId + "/releases", listQuery(page, perPage, order),
                lane(Priority.BACKGROUND), models::collectionPage);
    }

    /** Every page of a folder (0 = the whole collection), 100 items a page. */
    public Iterator<CollectionPage> collectionPages(long folderId, ListOrder order) {
        return api.pages(collection() + "/folders/" + folderId + "/releases", orderQuery(order),
                lane(Priority.BACKGROUND), models::collectionPage, CollectionPage::pagination);
    }

    /** The copies of one release in the collection. */
    public List<DiscogsCollectionItem> instancesOf(long releaseId) {
        return api.get(collection() + "/releases/" + releaseId, Map.of(), lane(Priority.BACKGROUND),
                models::collectionPage).releases();
    }

    /** Adds a copy to a folder (1 = Uncategorized; 0 "All" cannot be added to). */
    public DiscogsCollectionItem addToCollection(long releaseId, long folderId) {
        if (folderId == DiscogsFolder.ALL) {
            throw new IllegalArgumentException("folder 0 (All) cannot be added to; use 1 (Uncategorized)");
        }
        return api.post(collection() + "/folders/" + folderId + "/releases/" + releaseId, null,
                lane(Priority.INTERACTIVE), body -> models.parse(body, DiscogsCollectionItem.class));
    }

    public void removeInstance(long folderId, long releaseId, long instanceId) {
        api.delete(instancePath(folderId, releaseId, instanceId), lane(Priority.INTERACTIVE));
    }

    public void moveInstance(long fromFolderId, long releaseId, long instanceId, long toFolderId) {
        api.post(instancePath(fromFolderId, releaseId, instanceId), Map.of("folder_id", toFolderId),
                lane(Priority.INTERACTIVE), body -> null);
    }

    /** Rates a copy from 0 (no rating) to 5. */
    public void rateInstance(long folderId, long releaseId, long instanceId, int rating) {
        if (rating < 0 || rating > 5) {
            throw new IllegalArgumentException("a rating is 0 to 5: " + rating);
        }
        api.post(instancePath(folderId, releaseId, instanceId), Map.of("rating", rating),
                lane(Priority.INTERACTIVE), body -> null);
    }

    /** Sets one collection field of a copy (media/sleeve condition, notes or a custom field); "" clears it. */
    public void setInstanceField(long folderId, long releaseId, long instanceId, int fieldId, String value) {
        api.post(instancePath(folderId, releaseId, instanceId) + "/fields/" + fieldId,
                Map.of("value", value == null ? "" : value), lane(Priority.INTERACTIVE), body -> null);
    }

    public DiscogsFolder createFolder(String name) {
        return api.post(collection() + "/folders", Map.of("name", name), lane(Priority.INTERACTIVE),
                body -> models.parse(body, DiscogsFolder.class));
    }

    /** Renames a user folder (Discogs refuses folders 0 and 1). */
    public DiscogsFolder renameFolder(long folderId, String name) {
        return api.post(collection() + "/folders/" + folderId, Map.of("name", name), lane(Priority.INTERACTIVE),
                body -> models.parse(body, DiscogsFolder.class));
    }

    /** Deletes an empty user folder (Discogs refuses folders 0 and 1 and folders that hold copies). */
    public void deleteFolder(long folderId) {
        api.delete(collection() + "/folders/" + folderId, lane(Priority.INTERACTIVE));
    }

    // --- wantlist

    public WantsPage wantsPage(int page, int perPage, ListOrder order) {
        return api.get("/users/" + user() + "/wants", listQuery(page, perPage, order), lane(Priority.BACKGROUND),
                models::wantsPage);
    }

    public Iterator<WantsPage> wantsPages(ListOrder order) {
        return api.pages("/users/" + user() + "/wants", orderQuery(order), lane(Priority.BACKGROUND),
                models::wantsPage, WantsPage::pagination);
    }

    /** Adds (or re-adds) a want with its notes and rating, as Undo needs. */
    public DiscogsWant addWant(long releaseId, String notes, int rating) {
        java.util.Map<String, Object> body = new java.util.LinkedHashMap<>();
        body.put("notes", notes == null ? "" : notes);
        body.put("rating", rating);
        return api.put("/users/" + user() + "/wants/" + releaseId, body, lane(Priority.INTERACTIVE),
                json -> models.parse(json, DiscogsWant.class));
    }

    public DiscogsWant addWant(long releaseId) {
        return api.put("/users/" + user() + "/wants/" + releaseId, null, lane(Priority.INTERACTIVE),
                body -> models.parse(body, DiscogsWant.class));
    }

    /** Changes the notes and rating of a want that is already on the wantlist. */
    public DiscogsWant editWant(long releaseId, String notes, int rating) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("notes", notes == null ? "" : notes);
        body.put("rating", rating);
        return api.post("/users/" + user() + "/wants/" + releaseId, body, lane(Priority.INTERACTIVE),
                json -> models.parse(json, DiscogsWant.class));
    }

    public void removeWant(long releaseId) {
        api.delete("/users/" + user() + "/wants/" + releaseId, lane(Priority.INTERACTIVE));
    }

    // --- database

    public DiscogsRelease release(long releaseId) {
        return releaseDocument(releaseId).release();
    }

    /** A release with its document as Discogs sent it, for a mirror that keeps both. */
    public record ReleaseDocument(DiscogsRelease release, String json) {
    }

    public ReleaseDocument releaseDocument(long releaseId) {
        return api.get("/releases/" + releaseId, Map.of(), lane(Priority.BACKGROUND),
                body -> new ReleaseDocument(models.release(body), body));
    }

    public DiscogsMaster master(long masterId) {
        return api.get("/masters/" + masterId, Map.of(), lane(Priority.BACKGROUND),
                body -> models.parse(body, DiscogsMaster.class));
    }

    public MasterVersionsPage masterVersions(long masterId, VersionFilter filter, int page, int perPage) {
        Map<String, String> query = new LinkedHashMap<>(filter.parameters());
        query.put("page", String.valueOf(page));
        query.put("per_page", String.valueOf(perPage));
        return api.get("/masters/" + masterId + "/versions", query, lane(Priority.BACKGROUND),
                models::masterVersionsPage);
    }

    public DiscogsArtist artist(long artistId) {
        return api.get("/artists/" + artistId, Map.of(), lane(Priority.BACKGROUND),
                body -> models.parse(body, DiscogsArtist.class));
    }

    public DiscogsLabel label(long labelId) {
        return api.get("/labels/" + labelId, Map.of(), lane(Priority.BACKGROUND),
                body -> models.parse(body, DiscogsLabel.class));
    }

    /** One page of an artist's masters and releases, in one of Discogs' orders. */
    public ArtistReleasesPage artistReleases(long artistId, DiscographySort sort, boolean descending, int page, int perPage) {
        Map<String, String> query = new LinkedHashMap<>();
        query.put("sort", sort.field());
        query.put("sort_order", descending ? "desc" : "asc");
        query.put("page", String.valueOf(page));
        query.put("per_page", String.valueOf(perPage));
        return api.get("/artists/" + artistId + "/releases", query, lane(Priority.BACKGROUND),
                body -> models.parse(body, ArtistReleasesPage.class));
    }

    /** One page of a label's catalogue, in Discogs' order (it offers no sort here). */
    public LabelReleasesPage labelReleases(long labelId, int page, int perPage) {
        Map<String, String> query = new LinkedHashMap<>();
        query.put("page", String.valueOf(page));
        query.put("per_page", String.valueOf(perPage));
        return api.get("/labels/" + labelId + "/releases", query, lane(Priority.BACKGROUND),
                body -> models.parse(body, LabelReleasesPage.class));
    }

    /** Database search (needs a user's credentials). Discogs stops at 10,000 results. */
    public SearchPage search(SearchQuery query, int page, int perPage) {
        Map<String, String> parameters = new LinkedHashMap<>(query.parameters());
        parameters.put("page", String.valueOf(page));
        parameters.put("per_page", String.valueOf(perPage));
        return api.get("/database/search", parameters, lane(Priority.INTERACTIVE), models::searchPage);
    }

    public DiscogsMarketplaceStats marketplaceStats(long releaseId) {
        return api.get("/marketplace/stats/" + releaseId, Map.of(), lane(Priority.BACKGROUND),
                body -> models.parse(body, DiscogsMarketplaceStats.class));
    }

    /** Lowest price in {@code currency} ("EUR" …; Discogs answers in USD for one it does not know). */
    public DiscogsMarketplaceStats marketplaceStats(long releaseId, String currency) {
        return api.get("/marketplace/stats/" + releaseId, Map.of("curr_abbr", currency), lane(Priority.BACKGROUND),
                body -> models.parse(body, DiscogsMarketplaceStats.class));
    }

    /**
     * Suggested prices per condition, in the account's currency. Discogs gives them only to an account
     * with seller settings; otherwise it answers 404 "You must fill out your seller settings first."
     */
    public Map<String, DiscogsPrice> priceSuggestions(long releaseId) {
        return api.get("/marketplace/price_suggestions/" + releaseId, Map.of(), lane(Priority.INTERACTIVE),
                models::priceSuggestions);
    }

    // --- collection, folders and wantlist as playlists

    /** The whole collection, each user folder, and the wantlist. */
    public List<VirtualPlaylist> getAllPlaylists() {
        List<VirtualPlaylist> playlists = new ArrayList<>();
        for (DiscogsFolder folder : folders()) {
            if (folder.id() == DiscogsFolder.ALL) {
                playlists.add(0, new VirtualPlaylist(VirtualPlaylist.COLLECTION_ID, "Collection",
                        VirtualPlaylist.Kind.COLLECTION, folder.count()));
            } else {
                playlists.add(new VirtualPlaylist(VirtualPlaylist.folderId(folder.id()), folder.name(),
                        VirtualPlaylist.Kind.FOLDER, folder.count()));
            }
        }
        int wants = wantsPage(1, 1, ListOrder.NEWEST_FIRST).pagination().items();
        playlists.add(new VirtualPlaylist(VirtualPlaylist.WANTLIST_ID, "Wantlist", VirtualPlaylist.Kind.WANTLIST, wants));
        return playlists;
    }

    /** Every release of a playlist from {@link #getAllPlaylists()}, newest first, all pages. */
    public List<PlaylistItem> getPlaylistTracks(String playlistId) {
        List<PlaylistItem> items = new ArrayList<>();
        if (VirtualPlaylist.WANTLIST_ID.equals(playlistId)) {
            wantsPages(ListOrder.NEWEST_FIRST).forEachRemaining(page -> page.wants().forEach(want -> items.add(
                    new PlaylistItem(want.id(), null, want.dateAdded(), want.rating(), want.basicInformation()))));
            return items;
        }
        long folderId = folderIdOf(playlistId);
        collectionPages(folderId, ListOrder.NEWEST_FIRST).forEachRemaining(page -> page.releases().forEach(item ->
                items.add(new PlaylistItem(item.id(), item.instanceId(), item.dateAdded(), item.rating(),
                        item.basicInformation()))));
        return items;
    }

    private static long folderIdOf(String playlistId) {
        if (VirtualPlaylist.COLLECTION_ID.equals(playlistId)) {
            return DiscogsFolder.ALL;
        }
        if (playlistId != null && playlistId.startsWith(VirtualPlaylist.FOLDER_PREFIX)) {
            try {
                return Long.parseLong(playlistId.substring(VirtualPlaylist.FOLDER_PREFIX.length()));
            } catch (NumberFormatException e) {
                // falls through to the error below
            }
        }
        throw new IllegalArgumentException("no such playlist: " + playlistId);
    }

    private Priority lane(Priority usual) {
        return forced != null ? forced : usual;
    }

    private String user() {
        return DiscogsApiClient.encode(username());
    }

    private String collection() {
        return "/users/" + user() + "/collection";
    }

    private String instancePath(long folderId, long releaseId, long instanceId) {
        return collection() + "/folders/" + folderId + "/releases/" + releaseId + "/instances/" + instanceId;
    }

    private static Map<String, String> orderQuery(ListOrder order) {
        Map<String, String> query = new LinkedHashMap<>();
        query.put("sort", order.field());
        query.put("sort_order", order.sortOrder());
        return query;
    }

    private static Map<String, String> listQuery(int page, int perPage, ListOrder order) {
        Map<String, String> query = orderQuery(order);
        query.put("page", String.valueOf(page));
        query.put("per_page", String.valueOf(perPage));
        return query;
    }

    private record Who(DiscogsCredentials credentials, DiscogsIdentity identity) {
    }
}
