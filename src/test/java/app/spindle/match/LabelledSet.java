package app.spindle.match;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * The labelled set and the FakeDiscogs it was generated from: the same seed and account sizes give the
 * same catalogue, so the labels (release ids) hold whenever the fake is started this way again.
 */
record LabelledSet(long seed, int collectionSize, int wantlistSize, List<LabelledCase> cases) {
    static final String RESOURCE = "/match/labelled-set.json";

    static LabelledSet load() {
        try (InputStream in = LabelledSet.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("no " + RESOURCE + "; generate it with src/bench/run.sh app.spindle.match.LabelledSetWriter");
            }
            return new ObjectMapper().readValue(in, LabelledSet.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
