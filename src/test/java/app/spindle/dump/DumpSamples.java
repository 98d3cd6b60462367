package app.spindle.dump;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The real dump samples (first 1,000 records of the 2020-08-06 dump) copied into the test resources. */
final class DumpSamples {
    static final String RELEASES = "discogs_20200806_releases.xml.gz";

    private DumpSamples() {
    }

    static Path file(String name) {
        try {
            return Path.of(DumpSamples.class.getResource("/dump/" + name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    static Path releases() {
        return file(RELEASES);
    }

    static List<DumpRelease> read(Path file) {
        List<DumpRelease> all = new ArrayList<>();
        try (DumpReader reader = new DumpReader(DumpFile.of(file), new ByteCounter())) {
            while (reader.next()) {
                all.add(reader.release());
            }
        }
        return all;
    }
}
