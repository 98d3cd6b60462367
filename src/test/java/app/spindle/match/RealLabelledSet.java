package app.spindle.match;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Set;

/**
 * The real-record exam: which real releases the account owns and wants, which are withheld from the fake
 * altogether (their tracks are on no record it knows), and the cases. Written by {@link RealLabelledSetWriter}.
 */
record RealLabelledSet(Set<Long> owned, Set<Long> wanted, Set<Long> withheld, List<RealCase> cases) {
    static final String RESOURCE = "/match/real-labelled-set.json";

    static RealLabelledSet load() {
        try (InputStream in = RealLabelledSet.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("no " + RESOURCE + "; generate it with src/bench/run.sh app.spindle.match.RealLabelledSetWriter");
            }
            return new ObjectMapper().readValue(in, RealLabelledSet.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    List<RealCase> half(String half) {
        return cases.stream().filter(c -> c.half().equals(half)).toList();
    }
}
