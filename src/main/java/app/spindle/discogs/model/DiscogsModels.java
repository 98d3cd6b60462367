package app.spindle.discogs.model;

import app.spindle.discogs.DiscogsException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.util.List;
import java.util.Map;

/**
 * Reads Discogs JSON into the model records. Fields we do not keep are ignored; missing lists become
 * empty lists; anything unreadable becomes a {@link DiscogsException.BadResponse}.
 */
public final class DiscogsModels {
    private final ObjectMapper mapper;

    public DiscogsModels() {
        this.mapper = JsonMapper.builder()
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
                // older search results give "label": "8bitpeoples" where newer ones give a list
                .enable(DeserializationFeature.ACCEPT_SINGLE_VALUE_AS_ARRAY)
                .build();
    }

    public ObjectMapper mapper() {
        return mapper;
    }

    public <T> T parse(String json, Class<T> type) {
        try {
            T value = mapper.readValue(json, type);
            if (value == null) {
                throw new DiscogsException.BadResponse("expected " + type.getSimpleName() + ", got null", null);
            }
            return value;
        } catch (JsonProcessingException e) {
            throw new DiscogsException.BadResponse(
                    "cannot read " + type.getSimpleName() + ": " + e.getOriginalMessage(), e);
        }
    }

    public JsonNode tree(String json) {
        try {
            return mapper.readTree(json);
        } catch (JsonProcessingException e) {
            throw new DiscogsException.BadResponse("not JSON: " + e.getOriginalMessage(), e);
        }
    }

    public DiscogsRelease release(String json) {
        return parse(json, DiscogsRelease.class);
    }

    public CollectionPage collectionPage(String json) {
        return parse(json, CollectionPage.class);
    }

    public WantsPage wantsPage(String json) {
        return parse(json, WantsPage.class);
    }

    public SearchPage searchPage(String json) {
        return parse(json, SearchPage.class);
    }

    public MasterVersionsPage masterVersionsPage(String json) {
        return parse(json, MasterVersionsPage.class);
    }

    /** {@code {"folders": [...]}} → the folders. */
    public List<DiscogsFolder> folders(String json) {
        return listUnder(json, "folders", new TypeReference<List<DiscogsFolder>>() { });
    }

    /** {@code {"fields": [...]}} → the custom fields. */
    public List<DiscogsField> fields(String json) {
        return listUnder(json, "fields", new TypeReference<List<DiscogsField>>() { });
    }

    /** Price suggestions: condition ("Mint (M)" …) → price. */
    public Map<String, DiscogsPrice> priceSuggestions(String json) {
        try {
            return Map.copyOf(mapper.readValue(json, new TypeReference<Map<String, DiscogsPrice>>() { }));
        } catch (JsonProcessingException e) {
            throw new DiscogsException.BadResponse("cannot read price suggestions: " + e.getOriginalMessage(), e);
        }
    }

    /** The {@code message} of an error body, or null when the body is not the usual JSON. */
    public String errorMessage(String body) {
        try {
            JsonNode node = mapper.readTree(body);
            return node != null && node.path("message").isTextual() ? node.get("message").asText() : null;
        } catch (JsonProcessingException | IllegalArgumentException e) {
            return null;
        }
    }

    public String write(Object value) {
        try {
            return mapper.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write " + value.getClass().getSimpleName(), e);
        }
    }

    private <T> List<T> listUnder(String json, String field, TypeReference<List<T>> type) {
        JsonNode array = tree(json).get(field);
        if (array == null || !array.isArray()) {
            throw new DiscogsException.BadResponse("expected a \"" + field + "\" list", null);
        }
        return List.copyOf(mapper.convertValue(array, type));
    }
}
