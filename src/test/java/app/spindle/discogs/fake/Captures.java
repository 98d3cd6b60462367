package app.spindle.discogs.fake;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.Set;
import java.util.TreeSet;

/** The real api.discogs.com captures (copied from shared/discogs/responses) that shapes are compared with. */
final class Captures {
    private Captures() {}

    static JsonNode load(String path) {
        try (InputStream in = Captures.class.getResourceAsStream("/discogs-captures/" + path)) {
            if (in == null) {
                throw new IllegalStateException("no capture " + path);
            }
            return FakeApi.JSON.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Set<String> keys(JsonNode node) {
        Set<String> keys = new TreeSet<>();
        for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
            keys.add(names.next());
        }
        return keys;
    }
}
