package app.spindle.mirror.query;

import app.spindle.discogs.model.DiscogsFolder;
import app.spindle.mirror.FolderRepository;
import app.spindle.mirror.FolderRow;
import java.util.List;

/** The collection folders a record can be put in: every folder but "All", which Discogs fills itself. */
public final class FolderChoices {
    private final KeptWhileUnchanged<List<FolderRow>> folders;

    public FolderChoices(MirrorReads reads) {
        this.folders = new KeptWhileUnchanged<>(reads.version(),
                () -> List.copyOf(reads.with(h -> h.attach(FolderRepository.class).folders())));
    }

    public List<FolderRow> list() {
        return everyFolder().stream().filter(f -> f.id() != DiscogsFolder.ALL).toList();
    }

    /** "All" too, as the Folders page lists them with their counts. */
    public List<FolderRow> everyFolder() {
        return folders.get();
    }
}
