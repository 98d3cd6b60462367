package app.spindle.mirror;

/** One numbered schema step, read from {@code db/migration/NNN_name.sql}. */
public record Migration(int version, String name, String sql) {
}
