package app.spindle;

import app.spindle.discogs.model.DiscogsRelease;
import app.spindle.dump.ByteCounter;
import app.spindle.dump.DumpFile;
import app.spindle.dump.DumpReader;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The real releases the project ships — the first 1,000 records of Discogs' 2020-08-06 releases dump —
 * as the API documents {@code GET /releases/{id}} answers, so that the demo's stand-in of Discogs finds
 * real names ("David Bowie - Space Oddity") on search and in matching, beside the made-up account.
 */
final class DemoCatalogue {
    static final String FILE = "discogs_20200806_releases.xml.gz";

    private DemoCatalogue() {
    }

    static List<ObjectNode> releases() {
        ObjectMapper json = new ObjectMapper().setSerializationInclusion(JsonInclude.Include.NON_NULL);
        List<ObjectNode> documents = new ArrayList<>();
        try (InputStream in = DemoCatalogue.class.getResourceAsStream("/dump/" + FILE)) {
            if (in == null) {
                return documents;
            }
            // the dump reader reads files, named as Discogs names them
            Path dir = Files.createTempDirectory("spindle-demo-catalogue");
            Path file = dir.resolve(FILE);
            Files.copy(in, file);
            try (DumpReader reader = new DumpReader(DumpFile.of(file), new ByteCounter())) {
                while (reader.next()) {
                    DiscogsRelease release = reader.release().release();
                    documents.add(json.valueToTree(release));
                }
            }
            Files.delete(file);
            Files.delete(dir);
            return documents;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
