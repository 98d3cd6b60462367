package app.spindle.mirror.query;

import java.util.function.Function;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/**
 * Where read-only work runs: on the read side's kept-open connections ({@link MirrorReads}) for pages, or on a
 * handle of its own each time for a background job that keeps none.
 */
public interface ReadSide {
    <T> T with(Function<Handle, T> work);

    /** Each read on a handle of its own (on one of the connections the database keeps idle between handles). */
    static ReadSide ownConnections(Jdbi jdbi) {
        return new ReadSide() {
            @Override
            public <T> T with(Function<Handle, T> work) {
                return jdbi.withHandle(work::apply);
            }
        };
    }
}
