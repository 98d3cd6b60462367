package app.spindle.mirror.query;

import app.spindle.mirror.FieldRow;
import app.spindle.mirror.FolderRepository;
import java.util.List;

/** The collection fields the account defines (Media Condition, Notes …), which every copy has. */
public final class CollectionFields {
    private final MirrorReads reads;

    public CollectionFields(MirrorReads reads) {
        this.reads = reads;
    }

    public List<FieldRow> list() {
        return reads.with(h -> h.attach(FolderRepository.class).fields());
    }
}
