package app.spindle.discogs.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.spindle.discogs.DiscogsException;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

class DiscogsModelsTest {
    private final DiscogsModels models = new DiscogsModels();

    @TestFactory
    Stream<DynamicTest> every_captured_response_parses_into_its_model_without_losing_kept_fields() throws Exception {
        Path root = resources();
        List<Path> files;
        try (Stream<Path> walk = Files.walk(root)) {
            files = walk.filter(p -> p.toString().endsWith(".json")).sorted().toList();
        }
        assertTrue(files.size() >= 45, "all captures copied: " + files.size());
        return files.stream().map(file -> DynamicTest.dynamicTest(root.relativize(file).toString(), () -> {
            String json = Files.readString(file, StandardCharsets.UTF_8);
            Object model = parserFor(root.relativize(file).toString().replace('\\', '/')).apply(json);
            assertNotNull(model);
            JsonNode original = models.tree(json);
            JsonNode kept = models.mapper().valueToTree(model);
            if (model instanceof List<?>) {
                original = original.elements().next();
            }
            LosslessCheck.assertKeeps(original, kept, file.getFileName().toString());
        }));
    }

    private Function<String, Object> parserFor(String name) {
        if (name.startsWith("releases/")) return models::release;
        if (name.equals("collection/add-to-folder-2022.json")) return j -> models.parse(j, DiscogsCollectionItem.class);
        if (name.equals("collection/fields-2022.json")) return models::fields;
        if (name.startsWith("collection/folders")) return models::folders;
        if (name.equals("collection/value-2022.json")) return j -> models.parse(j, DiscogsCollectionValue.class);
        if (name.startsWith("collection/")) return models::collectionPage;
        if (name.startsWith("wants/")) return models::wantsPage;
        if (name.startsWith("search/")) return models::searchPage;
        if (name.startsWith("masters/") && name.contains("versions")) return models::masterVersionsPage;
        if (name.startsWith("masters/")) return j -> models.parse(j, DiscogsMaster.class);
        if (name.startsWith("artists/")) return j -> models.parse(j, DiscogsArtist.class);
        if (name.startsWith("labels/")) return j -> models.parse(j, DiscogsLabel.class);
        if (name.startsWith("users/")) return j -> models.parse(j, DiscogsProfile.class);
        if (name.startsWith("oauth/")) return j -> models.parse(j, DiscogsIdentity.class);
        if (name.equals("marketplace/price-suggestions.json")) return models::priceSuggestions;
        if (name.startsWith("marketplace/")) return j -> models.parse(j, DiscogsMarketplaceStats.class);
        if (name.startsWith("errors/")) return j -> models.parse(j, DiscogsErrorBody.class);
        throw new AssertionError("no model for " + name + ": add one");
    }

    @Test
    void a_vinyl_single_keeps_its_six_matrix_runout_identifiers() {
        DiscogsRelease release = models.release(read("releases/249504.json"));
        List<DiscogsIdentifier> matrices = release.identifiers().stream()
                .filter(i -> i.type().equals("Matrix / Runout")).toList();
        assertEquals(6, matrices.size());
        assertEquals(96559L, release.masterId());
        assertEquals("1987-07-00", release.released());
        assertEquals("Vinyl", release.formats().get(0).name());
        assertEquals("1", release.formats().get(0).qty());
    }

    @Test
    void a_release_without_master_has_index_tracks_with_sub_tracks() {
        DiscogsRelease release = models.release(read("releases/1161277.json"));
        assertFalse(release.hasMaster());
        assertNull(release.masterUrl());
        DiscogsTrack first = release.tracklist().get(0);
        assertTrue(first.isIndex());
        assertEquals("", first.duration());
        assertEquals(3, first.subTracks().size());
        assertEquals("Die Nachtigall", first.subTracks().get(0).title());
        assertEquals("Choir", first.subTracks().get(0).extraartists().get(0).role());
    }

    @Test
    void a_box_set_keeps_every_format_line_and_its_headings() {
        DiscogsRelease release = models.release(read("releases/2370027.json"));
        // the capture lists the box itself, then one line per record of the set
        assertEquals(12, release.formats().size());
        assertEquals("Box Set", release.formats().get(0).name());
        assertEquals("Vinyl", release.formats().get(11).name());
        assertTrue(release.tracklist().stream().anyMatch(DiscogsTrack::isHeading));
        assertNull(release.lowestPrice());
        assertEquals(11, release.formatQuantity());
    }

    @Test
    void community_figures_and_series_are_kept() {
        DiscogsRelease release = models.release(read("releases/release-with-series-2022.json"));
        assertEquals("Global Underground Series", release.series().get(0).name());
        assertEquals("023", release.series().get(0).catno());
        assertTrue(release.community().rating().count() > 0);
        assertNotNull(release.community().dataQuality());
    }

    @Test
    void an_unknown_year_is_zero_and_a_missing_released_date_is_null() {
        DiscogsRelease release = models.release(read("releases/1018055.json"));
        assertEquals(0, release.year());
        assertNull(release.released());
    }

    @Test
    void collection_items_keep_instance_and_field_notes() {
        CollectionPage page = models.collectionPage(read("collection/releases-by-release-323005.json"));
        DiscogsCollectionItem item = page.releases().get(0);
        assertEquals(19867048L, item.instanceId());
        assertEquals(9, item.notes().size());
        assertEquals(new DiscogsCollectionNote(1, "Very Good Plus (VG+)"), item.notes().get(0));
        assertEquals(69111L, item.basicInformation().masterId());
    }

    @Test
    void a_collection_page_knows_its_place() {
        CollectionPage first = models.collectionPage(read("collection/folder-0-page-1.json"));
        assertEquals(100, first.releases().size());
        assertEquals(32, first.pagination().pages());
        assertFalse(first.pagination().isLastPage());
        CollectionPage last = models.collectionPage(read("collection/folder-0-page-32-last.json"));
        assertTrue(last.pagination().isLastPage());
    }

    @Test
    void wants_keep_notes_as_plain_text() {
        WantsPage page = models.wantsPage(read("wants/page-1.json"));
        assertEquals(100, page.wants().size());
        assertEquals(286, page.pagination().items());
        assertEquals("", page.wants().get(0).notes());
    }

    @Test
    void search_results_turn_master_zero_into_no_master_and_keep_year_as_text() {
        SearchPage page = models.searchPage(read("search/search-2022.json"));
        DiscogsSearchResult master = page.results().get(0);
        assertEquals(DiscogsType.MASTER, master.type());
        assertEquals("2018", master.year());
        assertFalse(master.userData().inWantlist());
        assertEquals(2496, master.community().want());
        DiscogsSearchResult zero = models.searchPage(
                "{\"pagination\":{\"page\":1,\"pages\":1,\"per_page\":50,\"items\":1,\"urls\":{}},"
                        + "\"results\":[{\"id\":5,\"type\":\"release\",\"master_id\":0,\"master_url\":null}]}")
                .results().get(0);
        assertNull(zero.masterId());
    }

    @Test
    void custom_fields_keep_dropdown_options_and_textarea_lines() {
        List<DiscogsField> fields = models.fields(read("collection/fields-2022.json"));
        assertEquals(List.of(FieldType.DROPDOWN, FieldType.DROPDOWN, FieldType.TEXTAREA),
                fields.stream().map(DiscogsField::type).toList());
        assertEquals(8, fields.get(0).options().size());
        assertEquals(3, fields.get(2).lines());
        assertFalse(fields.get(2).isPublic());
    }

    @Test
    void a_type_discogs_adds_later_is_read_and_written_back_as_it_came() {
        DiscogsRelease release = models.release("""
                {"id": 1, "title": "New Words", "images": [{"type": "tertiary", "uri": ""}, {"type": "primary", "uri": "p"}],
                 "tracklist": [{"position": "A1", "type_": "medley", "title": "Songs"}, {"position": "", "title": "No type"}]}""");
        assertEquals(new ImageType("tertiary"), release.images().get(0).type());
        assertEquals("p", release.primaryImage().uri());
        DiscogsTrack medley = release.tracklist().get(0);
        assertEquals("medley", medley.type().word());
        assertFalse(medley.isHeading() || medley.isIndex());
        assertNull(release.tracklist().get(1).type());
        JsonNode written = models.tree(models.write(release));
        assertEquals("tertiary", written.at("/images/0/type").asText());
        assertEquals("medley", written.at("/tracklist/0/type_").asText());
        assertTrue(written.at("/tracklist/1/type_").isNull());

        DiscogsField checkbox = models.fields("{\"fields\": [{\"id\": 4, \"name\": \"Signed\", \"type\": \"checkbox\"}]}").get(0);
        assertEquals("checkbox", checkbox.type().word());
        assertEquals("checkbox", models.tree(models.write(checkbox)).get("type").asText());
    }

    @Test
    void marketplace_stats_allow_no_price() {
        DiscogsMarketplaceStats stats = models.parse(
                "{\"lowest_price\": null, \"num_for_sale\": null, \"blocked_from_sale\": false}",
                DiscogsMarketplaceStats.class);
        assertNull(stats.lowestPrice());
        assertNull(stats.numForSale());
        DiscogsMarketplaceStats some = models.parse(read("marketplace/stats-1.json"), DiscogsMarketplaceStats.class);
        assertEquals("EUR", some.lowestPrice().currency());
    }

    @Test
    void an_html_page_is_a_bad_response_not_a_crash() {
        assertThrows(DiscogsException.BadResponse.class,
                () -> models.release("<!DOCTYPE html><html><body>Just a moment...</body></html>"));
        assertThrows(DiscogsException.BadResponse.class, () -> models.release("{\"id\": 1, \"title\": \"cut"));
        assertEquals("The requested resource was not found.", models.errorMessage(read("errors/not-found.json")));
        assertNull(models.errorMessage("<html>"));
    }

    static String read(String name) {
        try {
            return Files.readString(resources().resolve(name), StandardCharsets.UTF_8);
        } catch (IOException | URISyntaxException e) {
            throw new UncheckedIOException(new IOException(e));
        }
    }

    private static Path resources() throws URISyntaxException {
        return Path.of(DiscogsModelsTest.class.getResource("/discogs/releases/249504.json").toURI())
                .getParent().getParent();
    }
}
