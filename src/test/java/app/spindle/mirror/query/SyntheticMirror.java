package app.spindle.mirror.query;

import app.spindle.mirror.ReleaseIndexes;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Random;
import org.jdbi.v3.core.Jdbi;

/**
 * Fills an empty mirror with a large, plausible, made-up collection in bulk (plain batched SQL, one
 * transaction): for measuring the browsing queries at 100,000 items, not for checking the sync's writer.
 */
public final class SyntheticMirror {
    private static final List<String> GENRES = List.of("Rock", "Electronic", "Jazz", "Pop", "Funk / Soul", "Hip Hop",
            "Classical", "Reggae", "Latin", "Folk, World, & Country", "Blues", "Stage & Screen", "Non-Music");
    private static final List<String> COUNTRIES = List.of("US", "UK", "Germany", "France", "Japan", "Netherlands",
            "Italy", "Canada", "Europe", "Sweden", "Australia", "Spain", "Belgium", "Jamaica", "Brazil");
    private static final List<String> CONDITIONS = List.of("Mint (M)", "Near Mint (NM or M-)", "Very Good Plus (VG+)",
            "Very Good (VG)", "Good Plus (G+)", "Good (G)", "Fair (F)", "Poor (P)");
    private static final List<String> WORDS = List.of("blue", "night", "love", "dance", "fire", "summer", "dream",
            "city", "river", "moon", "heart", "soul", "electric", "silver", "golden", "black", "echo", "shadow",
            "garden", "machine", "voices", "ocean", "paradise", "midnight", "window", "mirror", "thunder", "velvet");

    private final Random random;

    private SyntheticMirror(long seed) {
        this.random = new Random(seed);
    }

    /**
     * Writes {@code items} collection copies (about 85% distinct releases) and {@code wants} wanted releases, then
     * their full-text rows as the mirror reads them from a release's rows.
     */
    public static void fill(Jdbi jdbi, int items, int wants, long seed) {
        jdbi.useTransaction(h -> {
            try {
                new SyntheticMirror(seed).write(h.getConnection(), items, wants);
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        });
        jdbi.useHandle(ReleaseIndexes::build);
    }

    private void write(Connection c, int items, int wants) throws SQLException {
        int releases = (int) (items * 0.85) + wants;
        try (PreparedStatement folder = c.prepareStatement("INSERT INTO collection_folders (id, name, item_count) VALUES (?, ?, 0)")) {
            String[] names = {"All", "Uncategorized", "Jazz shelf", "12\" singles", "To clean", "Parents' records"};
            for (int i = 0; i < names.length; i++) {
                folder.setInt(1, i);
                folder.setString(2, names[i]);
                folder.addBatch();
            }
            folder.executeBatch();
        }
        try (Statements s = new Statements(c)) {
            for (int id = 1; id <= releases; id++) {
                writeRelease(s, id);
            }
            s.flush();
            Instant start = Instant.parse("2012-01-01T00:00:00Z");
            for (int n = 1; n <= items; n++) {
                long releaseId = n <= releases - wants ? n : 1 + random.nextInt(releases - wants);
                Instant added = start.plus(random.nextInt(14 * 365 * 24), ChronoUnit.HOURS);
                writeItem(s, 100_000_000L + n, releaseId, added);
            }
            for (int n = 0; n < wants; n++) {
                long releaseId = releases - wants + 1 + n;
                Instant added = start.plus(random.nextInt(14 * 365 * 24), ChronoUnit.HOURS);
                writeWant(s, releaseId, added);
            }
            s.flush();
        }
        try (var st = c.createStatement()) {
            st.execute("UPDATE collection_items SET sort_artist = (SELECT sort_artist FROM releases WHERE id = release_id),"
                    + " sort_title = (SELECT sort_title FROM releases WHERE id = release_id),"
                    + " year = (SELECT year FROM releases WHERE id = release_id)");
            st.execute("UPDATE wants SET sort_artist = (SELECT sort_artist FROM releases WHERE id = release_id),"
                    + " sort_title = (SELECT sort_title FROM releases WHERE id = release_id),"
                    + " year = (SELECT year FROM releases WHERE id = release_id)");
            for (String table : List.of("collection_items", "wants")) {
                st.execute("UPDATE " + table + " SET"
                        + " sort_label = coalesce((SELECT lower(name) FROM release_labels l WHERE l.release_id = "
                        + table + ".release_id AND kind = 'label' AND position = 0), ''),"
                        + " sort_catno = coalesce((SELECT catno_key FROM release_labels l WHERE l.release_id = "
                        + table + ".release_id AND kind = 'label' AND position = 0), ''),"
                        + " format_name = (SELECT name FROM release_formats f WHERE f.release_id = " + table
                        + ".release_id AND position = 0),"
                        + " format_size = (SELECT size FROM release_formats f WHERE f.release_id = " + table
                        + ".release_id AND position = 0)");
            }
            st.execute("UPDATE collection_folders SET item_count = (SELECT count(*) FROM collection_items"
                    + " WHERE folder_id = collection_folders.id OR collection_folders.id = 0)");
            st.execute("ANALYZE");
        }
    }

    private void writeRelease(Statements s, int id) throws SQLException {
        String artist = capitalised(word()) + " " + capitalised(word()) + (random.nextInt(5) == 0 ? " (2)" : "");
        String title = capitalised(word()) + " " + word() + (random.nextInt(3) == 0 ? " " + word() : "");
        Integer year = random.nextInt(30) == 0 ? null : 1955 + (int) Math.abs(random.nextGaussian() * 15 + 20) % 70;
        String country = COUNTRIES.get(Math.min(COUNTRIES.size() - 1, (int) Math.abs(random.nextGaussian() * 4)));
        s.release.setLong(1, id);
        s.release.setString(2, title);
        s.release.setString(3, artist);
        s.release.setString(4, artist.toLowerCase().replaceAll(" \\(2\\)$", ""));
        s.release.setString(5, title.toLowerCase());
        s.release.setObject(6, year);
        s.release.setString(7, country);
        s.release.addBatch();

        int labelId = 1 + (int) Math.abs(random.nextGaussian() * 800);
        String label = capitalised(WORDS.get(labelId % WORDS.size())) + " Records " + labelId;
        String catno = label.substring(0, 2).toUpperCase() + " " + (1000 + random.nextInt(9000));
        s.label.setLong(1, id);
        s.label.setInt(2, labelId);
        s.label.setString(3, label);
        s.label.setString(4, catno);
        s.label.setString(5, catno.replace(" ", ""));
        s.label.addBatch();

        int kind = random.nextInt(100);
        String name = kind < 78 ? "Vinyl" : kind < 93 ? "CD" : kind < 97 ? "Cassette" : "Box Set";
        String size = null;
        String descriptions = "[\"Album\"]";
        if (name.equals("Vinyl")) {
            int v = random.nextInt(100);
            size = v < 65 ? "12\"" : v < 92 ? "7\"" : "10\"";
            descriptions = v < 55 ? "[\"LP\",\"Album\"]" : v < 65 ? "[\"12\\\"\",\"33 ⅓ RPM\",\"Single\"]"
                    : v < 92 ? "[\"7\\\"\",\"45 RPM\",\"Single\"]" : "[\"10\\\"\",\"Album\"]";
        }
        s.format.setLong(1, id);
        s.format.setString(2, name);
        s.format.setString(3, descriptions);
        s.format.setString(4, size);
        s.format.addBatch();

        String genre = GENRES.get(Math.min(GENRES.size() - 1, (int) Math.abs(random.nextGaussian() * 3)));
        s.genre.setLong(1, id);
        s.genre.setInt(2, 0);
        s.genre.setString(3, genre);
        s.genre.addBatch();
        if (random.nextInt(3) == 0) {
            s.genre.setLong(1, id);
            s.genre.setInt(2, 1);
            s.genre.setString(3, GENRES.get(random.nextInt(GENRES.size())));
            s.genre.addBatch();
        }
        for (int p = 0; p < 1 + random.nextInt(3); p++) {
            s.style.setLong(1, id);
            s.style.setInt(2, p);
            s.style.setString(3, genre.substring(0, 3) + " style " + (int) Math.abs(random.nextGaussian() * 12));
            s.style.addBatch();
        }
        int tracks = name.equals("Vinyl") && size.equals("7\"") ? 2 : 6 + random.nextInt(8);
        for (int t = 0; t < tracks; t++) {
            String side = String.valueOf((char) ('A' + t * 2 / tracks));
            String trackTitle = capitalised(word()) + " " + word();
            int seconds = 120 + random.nextInt(360);
            s.track.setLong(1, id);
            s.track.setInt(2, t);
            s.track.setString(3, side + (t + 1));
            s.track.setString(4, side);
            s.track.setString(5, trackTitle);
            s.track.setString(6, seconds / 60 + ":" + String.format("%02d", seconds % 60));
            s.track.setInt(7, seconds);
            s.track.addBatch();
        }
        String barcode = "0" + (100_000_000_000L + id);
        s.identifier.setLong(1, id);
        s.identifier.setString(2, barcode);
        s.identifier.setString(3, barcode);
        s.identifier.addBatch();
        if (random.nextInt(10) < 7) {
            s.cover.setLong(1, id);
            s.cover.setString(2, "images/" + id + ".jpg");
            s.cover.addBatch();
        }
        s.countRow();
    }

    private void writeItem(Statements s, long instanceId, long releaseId, Instant added) throws SQLException {
        s.item.setLong(1, instanceId);
        s.item.setLong(2, releaseId);
        s.item.setInt(3, random.nextInt(10) < 7 ? 1 : 2 + random.nextInt(4));
        s.item.setInt(4, random.nextInt(3) == 0 ? 0 : 1 + random.nextInt(5));
        s.item.setString(5, added.toString());
        s.item.setString(6, added.toString());
        s.item.setString(7, random.nextInt(4) == 0 ? null : CONDITIONS.get(random.nextInt(CONDITIONS.size())));
        s.item.setString(8, random.nextInt(4) == 0 ? null : CONDITIONS.get(random.nextInt(CONDITIONS.size())));
        s.item.addBatch();
        s.countRow();
    }

    private void writeWant(Statements s, long releaseId, Instant added) throws SQLException {
        s.want.setLong(1, releaseId);
        s.want.setInt(2, random.nextInt(6));
        s.want.setString(3, added.toString());
        s.want.setString(4, added.toString());
        s.want.setString(5, random.nextInt(4) == 0 ? "find a clean copy" : null);
        s.want.addBatch();
        s.countRow();
    }

    private String word() {
        return WORDS.get(random.nextInt(WORDS.size()));
    }

    private static String capitalised(String word) {
        return Character.toUpperCase(word.charAt(0)) + word.substring(1);
    }

    /** The prepared inserts, flushed every few thousand rows. */
    private static final class Statements implements AutoCloseable {
        final PreparedStatement release;
        final PreparedStatement label;
        final PreparedStatement format;
        final PreparedStatement genre;
        final PreparedStatement style;
        final PreparedStatement track;
        final PreparedStatement identifier;
        final PreparedStatement cover;
        final PreparedStatement item;
        final PreparedStatement want;
        private final List<PreparedStatement> all;
        private int pending;

        Statements(Connection c) throws SQLException {
            release = c.prepareStatement("INSERT INTO releases (id, title, artist_credit, sort_artist, sort_title, year,"
                    + " country, details_fetched_at) VALUES (?, ?, ?, ?, ?, ?, ?, '2024-01-01T00:00:00Z')");
            label = c.prepareStatement("INSERT INTO release_labels (release_id, kind, position, label_id, name, catno,"
                    + " catno_key) VALUES (?, 'label', 0, ?, ?, ?, ?)");
            format = c.prepareStatement("INSERT INTO release_formats (release_id, position, name, qty, descriptions, size)"
                    + " VALUES (?, 0, ?, '1', ?, ?)");
            genre = c.prepareStatement("INSERT INTO release_genres (release_id, position, genre) VALUES (?, ?, ?)");
            style = c.prepareStatement("INSERT INTO release_styles (release_id, position, style) VALUES (?, ?, ?)");
            track = c.prepareStatement("INSERT INTO tracks (release_id, seq, position, side, type, title, duration,"
                    + " duration_seconds) VALUES (?, ?, ?, ?, 'track', ?, ?, ?)");
            identifier = c.prepareStatement("INSERT INTO release_identifiers (release_id, position, type, value, value_key)"
                    + " VALUES (?, 0, 'Barcode', ?, ?)");
            cover = c.prepareStatement("INSERT INTO cover_images (release_id, local_file) VALUES (?, ?)");
            item = c.prepareStatement("INSERT INTO collection_items (instance_id, release_id, folder_id, rating,"
                    + " date_added, added_at, media_condition, sleeve_condition) VALUES (?, ?, ?, ?, ?, ?, ?, ?)");
            want = c.prepareStatement("INSERT INTO wants (release_id, rating, date_added, added_at, notes)"
                    + " VALUES (?, ?, ?, ?, ?)");
            all = List.of(release, label, format, genre, style, track, identifier, cover, item, want);
        }

        void countRow() throws SQLException {
            if (++pending >= 2_000) {
                flush();
            }
        }

        void flush() throws SQLException {
            for (PreparedStatement st : all) {
                st.executeBatch();
            }
            pending = 0;
        }

        @Override
        public void close() throws SQLException {
            for (PreparedStatement st : all) {
                st.close();
            }
        }
    }
}
