package app.spindle.dump;

/** One row of {@code dump_imports}. */
public record ImportRun(
        long id,
        String file,
        long fileSize,
        String kind,
        String dumpDate,
        String mode,
        String startedAt,
        String updatedAt,
        String finishedAt,
        String outcome,
        long recordsDone,
        long lastId,
        long imported,
        String error) {

    /** {@code outcome} is a finished run's {@link ImportResult.Outcome} word, or "running". */
    public boolean succeeded() {
        return ImportResult.Outcome.SUCCEEDED.word().equals(outcome);
    }
}
