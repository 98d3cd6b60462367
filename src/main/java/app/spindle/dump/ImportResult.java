package app.spindle.dump;

/**
 * How an import ended: {@code outcome} succeeded | failed | interrupted; {@code imported} releases
 * written, {@code keptNewer} left alone because the mirror's copy was fetched after the dump,
 * {@code unchanged} left alone because an earlier dump wrote the same record.
 */
public record ImportResult(String outcome, long recordsRead, long imported, long keptNewer, long unchanged,
                           boolean resumed, double seconds, String error) {

    public boolean succeeded() {
        return outcome.equals("succeeded");
    }
}
