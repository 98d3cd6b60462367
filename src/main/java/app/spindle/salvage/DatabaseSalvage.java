package app.spindle.salvage;

import app.spindle.mirror.Database;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import org.jdbi.v3.core.Handle;
import org.sqlite.SQLiteConfig;

/**
 * Saves what cannot be rebuilt from Discogs out of a damaged database: the damaged file is moved aside
 * (never deleted), a fresh database is made by the migrations, and the precious tables are copied into it
 * as far as SQLite can read them. The mirror itself is left for the next sync to fill again.
 */
public final class DatabaseSalvage {
    /** What a sync cannot bring back, parents before children (the fresh database checks foreign keys). */
    static final List<String> PRECIOUS = List.of("settings", "match_batches", "match_tracks", "match_candidates",
            "track_links", "actions", "price_targets");
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss").withZone(ZoneOffset.UTC);

    /** Where the damaged file went, and what came across table by table. */
    public record Report(Path keptAs, Path fresh, List<TableCopy.Outcome> tables) {
    }

    private DatabaseSalvage() {
    }

    public static Report salvage(Path dataDir, Clock clock) {
        Path file = dataDir.resolve(Database.FILE_NAME);
        if (!Files.isRegularFile(file)) {
            throw new IllegalArgumentException("there is no database in " + dataDir.toAbsolutePath() + " to salvage");
        }
        Path keptAs = setAside(file, clock);
        List<TableCopy.Outcome> outcomes = new ArrayList<>();
        try (Database fresh = Database.open(dataDir); Handle handle = fresh.jdbi().open()) {
            Connection to = handle.getConnection();
            to.setAutoCommit(false);
            try (Connection from = readOnly(keptAs)) {
                for (String table : PRECIOUS) {
                    outcomes.add(new TableCopy(from, to, table).run());
                }
            } catch (SQLException unopenable) {
                PRECIOUS.forEach(table -> outcomes.add(TableCopy.Outcome.unreadable(table, unopenable.getMessage())));
            }
            to.commit();
            to.setAutoCommit(true);
        } catch (SQLException e) {
            throw new IllegalStateException("the fresh database could not be written: " + e.getMessage(), e);
        }
        return new Report(keptAs, file, List.copyOf(outcomes));
    }

    /** Moves the file and its write-ahead log together, so SQLite still reads the log with the file. */
    private static Path setAside(Path file, Clock clock) {
        String name = file.getFileName() + ".damaged-" + STAMP.format(clock.instant());
        Path keptAs = file.resolveSibling(name);
        for (int n = 2; Files.exists(keptAs) || Files.exists(Path.of(keptAs + "-wal")); n++) {
            keptAs = file.resolveSibling(name + "-" + n);
        }
        try {
            Files.move(file, keptAs);
            for (String suffix : List.of("-wal", "-shm")) {
                Path part = Path.of(file + suffix);
                if (Files.exists(part)) {
                    Files.move(part, Path.of(keptAs + suffix));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot move " + file + " aside", e);
        }
        return keptAs;
    }

    private static Connection readOnly(Path file) throws SQLException {
        SQLiteConfig config = new SQLiteConfig();
        config.setReadOnly(true);
        return config.createConnection("jdbc:sqlite:" + file.toAbsolutePath());
    }
}
