package app.spindle.match;

import app.spindle.RealReleases;
import app.spindle.discogs.model.DiscogsModels;
import app.spindle.discogs.model.DiscogsRelease;
import app.spindle.dump.ByteCounter;
import app.spindle.dump.DumpFile;
import app.spindle.dump.DumpReader;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Every real release the project holds: the 1,000 records of the real 2020-08-06 releases dump sample
 * and the release documents captured from api.discogs.com, each as the model and as the API's JSON
 * (a dump record written out in the shape {@code GET /releases/{id}} answers, absent fields left out).
 */
final class RealRecords {
    static final String DUMP = "/dump/discogs_20200806_releases.xml.gz";
    /** Captured documents the fake serves besides {@link RealReleases#IDS}. */
    private static final List<String> CAPTURED_2022 = List.of("release-2022", "release-with-series-2022");

    private final Map<Long, DiscogsRelease> releases = new LinkedHashMap<>();
    private final Map<Long, ObjectNode> documents = new LinkedHashMap<>();

    private RealRecords() {
    }

    static RealRecords load() {
        RealRecords records = new RealRecords();
        ObjectMapper json = new ObjectMapper().setSerializationInclusion(JsonInclude.Include.NON_NULL);
        DiscogsModels models = new DiscogsModels();
        for (long id : RealReleases.IDS) {
            records.releases.put(id, models.release(RealReleases.json(id)));
        }
        for (String name : CAPTURED_2022) {
            DiscogsRelease release = models.release(captured(name));
            records.releases.put(release.id(), release);
        }
        try (DumpReader reader = new DumpReader(DumpFile.of(dumpPath()), new ByteCounter())) {
            while (reader.next()) {
                DiscogsRelease release = reader.release().release();
                records.releases.put(release.id(), release);
                records.documents.put(release.id(), json.valueToTree(release));
            }
        }
        return records;
    }

    /** All releases, the captured ones first, then the dump's in the file's order. */
    Map<Long, DiscogsRelease> releases() {
        return releases;
    }

    /** The dump's releases as API documents, leaving out {@code withheld}: what the fake is given. */
    List<ObjectNode> dumpDocuments(Set<Long> withheld) {
        List<ObjectNode> out = new ArrayList<>();
        documents.forEach((id, document) -> {
            if (!withheld.contains(id)) {
                out.add(document);
            }
        });
        return out;
    }

    private static String captured(String name) {
        try (java.io.InputStream in = RealRecords.class.getResourceAsStream("/discogs/releases/" + name + ".json")) {
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static Path dumpPath() {
        try {
            return Path.of(RealRecords.class.getResource(DUMP).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
