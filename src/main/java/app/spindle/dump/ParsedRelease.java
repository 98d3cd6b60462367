package app.spindle.dump;

import app.spindle.mirror.ReleaseRows;

/**
 * One record of the file as the parsing thread hands it to the writing one: its place in the file
 * (the checkpoint counts these), and for a record to write, the release with its mirror rows already
 * mapped. {@code record} is null for a record passed over (before the resume point, or not wanted).
 */
record ParsedRelease(long index, long id, DumpRelease record, ReleaseRows rows) {
    boolean skipped() {
        return record == null;
    }
}
