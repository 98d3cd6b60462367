package app.spindle.salvage;

import app.spindle.config.Config;
import app.spindle.config.FolderLock;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * {@code spindle salvage}: with Spindle stopped (it refuses while a Spindle works on the folder), saves settings, credentials, matches and queued changes out
 * of a damaged database into a fresh one, and says what was saved, what could not be read and where the
 * damaged file is kept. Exit code 0 once the data folder holds a sound database again.
 */
public final class SalvageCommand {
    private static final Map<String, String> WORDS = Map.of(
            "settings", "settings (account credentials included)",
            "match_batches", "match batches",
            "match_tracks", "matched tracks",
            "match_candidates", "match candidates",
            "track_links", "accepted track links",
            "actions", "changes queued for Discogs",
            "price_targets", "price targets");

    private SalvageCommand() {
    }

    public static int run(Config config, PrintStream err) {
        Path dataDir = config.demo() ? config.dataDir().resolve("demo") : config.dataDir();
        if (!Files.isDirectory(dataDir)) {
            throw new IllegalArgumentException("there is no data folder " + dataDir.toAbsolutePath() + " to salvage");
        }
        DatabaseSalvage.Report report;
        try (FolderLock alone = FolderLock.exclusive(dataDir, "Spindle is still running on " + dataDir.toAbsolutePath()
                + " (serve, sync or import-dump): stop it first, then salvage, so nothing writes to the file being saved")) {
            report = DatabaseSalvage.salvage(dataDir, Clock.systemUTC());
        }
        err.println("spindle: the damaged database is kept, as it was, as " + report.keptAs().toAbsolutePath());
        err.println("spindle: saved into a fresh " + report.fresh().toAbsolutePath() + ": " + report.tables().stream()
                .map(t -> t.saved() + " " + WORDS.get(t.table())).collect(Collectors.joining(", ")));
        List<String> lost = report.tables().stream()
                .filter(t -> t.unreadable() > 0 || t.refused() > 0 || t.problem() != null)
                .map(t -> WORDS.get(t.table()) + " (" + lostWords(t) + ")")
                .toList();
        if (!lost.isEmpty()) {
            err.println("spindle: could not save everything of: " + String.join("; ", lost));
        }
        err.println("spindle: start Spindle again: a sync rebuilds the collection, wantlist and release details from Discogs");
        return 0;
    }

    private static String lostWords(TableCopy.Outcome t) {
        if (t.unreadable() == 0 && t.refused() == 0) {
            return "some rows could not be read: SQLite says " + t.problem();
        }
        String unreadable = t.unreadable() > 0 ? t.unreadable() + " rows could not be read" : "";
        String refused = t.refused() > 0 ? t.refused() + " rows lost what they belong to" : "";
        return unreadable + (unreadable.isEmpty() || refused.isEmpty() ? "" : ", ") + refused;
    }
}
