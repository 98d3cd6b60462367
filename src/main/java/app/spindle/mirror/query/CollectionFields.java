package app.spindle.mirror.query;

import app.spindle.mirror.FieldRow;
import app.spindle.mirror.FolderRepository;
import java.util.List;

/** The collection fields the account defines (Media Condition, Notes …), which every copy has. */
public final class CollectionFields {
    private final KeptWhileUnchanged<List<FieldRow>> fields;

    public CollectionFields(MirrorReads reads) {
        this.fields = new KeptWhileUnchanged<>(reads.version(),
                () -> List.copyOf(reads.with(h -> h.attach(FolderRepository.class).fields())));
    }

    public List<FieldRow> list() {
        return fields.get();
    }
}
