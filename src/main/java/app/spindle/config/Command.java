package app.spindle.config;

import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;

/** What a run of Spindle does: its first word on the command line ({@code serve} when there is none). */
public enum Command {
    SERVE("serve"),
    SYNC("sync"),
    BACKUP("backup"),
    IMPORT_DUMP("import-dump"),
    SALVAGE("salvage");

    private final String word;

    Command(String word) {
        this.word = word;
    }

    static Optional<Command> of(String word) {
        return Arrays.stream(values()).filter(c -> c.word.equals(word)).findFirst();
    }

    /** "serve, sync, backup, import-dump, salvage" */
    static String words() {
        return Arrays.stream(values()).map(Command::word).collect(Collectors.joining(", "));
    }

    /** Whether it takes positional arguments (backup's file, import-dump's dump files). */
    boolean takesArguments() {
        return this == BACKUP || this == IMPORT_DUMP;
    }

    public String word() {
        return word;
    }
}
