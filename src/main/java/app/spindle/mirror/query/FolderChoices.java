package app.spindle.mirror.query;

import app.spindle.discogs.model.DiscogsFolder;
import app.spindle.mirror.FolderRepository;
import app.spindle.mirror.FolderRow;
import java.util.List;
import org.jdbi.v3.core.Jdbi;

/** The collection folders a record can be put in: every folder but "All", which Discogs fills itself. */
public final class FolderChoices {
    private final Jdbi jdbi;

    public FolderChoices(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    public List<FolderRow> list() {
        return jdbi.withExtension(FolderRepository.class, FolderRepository::folders).stream()
                .filter(f -> f.id() != DiscogsFolder.ALL).toList();
    }
}
