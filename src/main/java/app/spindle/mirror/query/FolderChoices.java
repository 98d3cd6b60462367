package app.spindle.mirror.query;

import app.spindle.discogs.model.DiscogsFolder;
import app.spindle.mirror.FolderRepository;
import app.spindle.mirror.FolderRow;
import java.util.List;

/** The collection folders a record can be put in: every folder but "All", which Discogs fills itself. */
public final class FolderChoices {
    private final MirrorReads reads;

    public FolderChoices(MirrorReads reads) {
        this.reads = reads;
    }

    public List<FolderRow> list() {
        return everyFolder().stream().filter(f -> f.id() != DiscogsFolder.ALL).toList();
    }

    /** "All" too, as the Folders page lists them with their counts. */
    public List<FolderRow> everyFolder() {
        return reads.with(h -> h.attach(FolderRepository.class).folders());
    }
}
