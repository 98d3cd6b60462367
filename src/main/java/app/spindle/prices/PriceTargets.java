package app.spindle.prices;

import app.spindle.mirror.Timestamps;
import app.spindle.mirror.query.ReadSide;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.StatementContext;

/** The user's target price per want, kept locally (Discogs has no such field). */
public final class PriceTargets {
    private final Jdbi jdbi;
    private final ReadSide reads;
    private final Clock clock;

    /** Reads and writes on connections of its own. */
    public PriceTargets(Jdbi jdbi, Clock clock) {
        this(jdbi, ReadSide.ownConnections(jdbi), clock);
    }

    /** Writes on {@code jdbi}, reads on {@code reads}: a page passes the read side's kept-open connections. */
    public PriceTargets(Jdbi jdbi, ReadSide reads, Clock clock) {
        this.jdbi = jdbi;
        this.reads = reads;
        this.clock = clock;
    }

    public void set(long releaseId, double target, String currency, boolean inNotes) {
        if (!(target > 0) || target > 1_000_000) {
            throw new IllegalArgumentException("a target price is a positive amount up to 1,000,000");
        }
        jdbi.useHandle(h -> h.createUpdate("""
                        INSERT OR REPLACE INTO price_targets (release_id, target, currency, in_notes, set_at)
                        VALUES (:id, :target, :currency, :inNotes, :at)
                        """).bind("id", releaseId).bind("target", target).bind("currency", currency)
                .bind("inNotes", inNotes ? 1 : 0).bind("at", Timestamps.format(clock.instant())).execute());
    }

    public void clear(long releaseId) {
        jdbi.useHandle(h -> h.createUpdate("DELETE FROM price_targets WHERE release_id = :id").bind("id", releaseId).execute());
    }

    public Optional<PriceTarget> of(long releaseId) {
        return reads.with(h -> h.createQuery("SELECT * FROM price_targets WHERE release_id = :id")
                .bind("id", releaseId).map(PriceTargets::row).findOne());
    }

    public List<PriceTarget> all() {
        return reads.with(h -> h.createQuery("SELECT * FROM price_targets ORDER BY release_id").map(PriceTargets::row).list());
    }

    private static PriceTarget row(ResultSet rs, StatementContext ctx) throws SQLException {
        return new PriceTarget(rs.getLong("release_id"), rs.getDouble("target"), rs.getString("currency"),
                rs.getInt("in_notes") == 1, PriceHistory.instant(rs, "set_at"));
    }
}
