import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * Writes the URL lists the web load benchmark picks from, drawn from a mirror's own rows so that every
 * URL names something that exists: {@code java -cp target/spindle.jar src/bench/WebLoadUrls.java DB OUT N SEED}.
 * collection.txt: shelf pages at random depths, sorts and views; filtered.txt: what people type into the
 * search box (whole words and the prefixes typed on the way) combined with facets and sorts;
 * release.txt: release pages of records in the collection or wantlist.
 */
public class WebLoadUrls {
    private static final String[] SORTS = {"added-desc", "added-asc", "artist-asc", "artist-desc", "title-asc",
            "year-asc", "year-desc", "rating-desc", "label-asc"};

    public static void main(String[] args) throws SQLException, IOException {
        Path db = Path.of(args[0]);
        Path out = Path.of(args[1]);
        int n = Integer.parseInt(args[2]);
        Random random = new Random(Long.parseLong(args[3]));
        Files.createDirectories(out);
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:file:" + db.toAbsolutePath() + "?mode=ro")) {
            long items = single(c, "SELECT count(*) FROM collection_items");
            int pages = (int) Math.max(1, (items + 59) / 60);
            List<String> titles = strings(c, "SELECT r.title || ' ' || r.artist_credit FROM collection_items i"
                    + " JOIN releases r ON r.id = i.release_id ORDER BY random() LIMIT 20000");
            List<String> genres = strings(c, "SELECT g.genre FROM collection_items i JOIN release_genres g"
                    + " ON g.release_id = i.release_id ORDER BY random() LIMIT 5000");
            List<String> styles = strings(c, "SELECT s.style FROM collection_items i JOIN release_styles s"
                    + " ON s.release_id = i.release_id ORDER BY random() LIMIT 5000");
            List<String> countries = strings(c, "SELECT r.country FROM collection_items i JOIN releases r"
                    + " ON r.id = i.release_id WHERE coalesce(r.country, '') <> '' ORDER BY random() LIMIT 5000");
            List<String> decades = strings(c, "SELECT i.year / 10 * 10 FROM collection_items i WHERE i.year > 0"
                    + " ORDER BY random() LIMIT 5000");
            List<String> releases = strings(c, "SELECT release_id FROM (SELECT release_id FROM collection_items"
                    + " UNION SELECT release_id FROM wants) ORDER BY random() LIMIT " + n);

            try (PrintWriter w = new PrintWriter(Files.newBufferedWriter(out.resolve("collection.txt")))) {
                for (int k = 0; k < n; k++) {
                    // Most people look at the first pages; some page far in.
                    int page = random.nextInt(4) == 0 ? 1 + random.nextInt(pages) : 1 + random.nextInt(Math.min(pages, 20));
                    w.println("/collection?sort=" + pick(random, SORTS) + "&page=" + page
                            + (random.nextBoolean() ? "&view=list" : ""));
                }
            }
            try (PrintWriter w = new PrintWriter(Files.newBufferedWriter(out.resolve("filtered.txt")))) {
                for (int k = 0; k < n; k++) {
                    StringBuilder url = new StringBuilder("/collection?q=").append(typed(random, titles));
                    if (random.nextBoolean()) {
                        url.append("&genre=").append(encode(genres.get(random.nextInt(genres.size()))));
                    }
                    if (random.nextInt(3) == 0) {
                        url.append("&decade=").append(decades.get(random.nextInt(decades.size())));
                    }
                    if (random.nextInt(4) == 0) {
                        url.append("&style=").append(encode(styles.get(random.nextInt(styles.size()))));
                    }
                    if (random.nextInt(4) == 0) {
                        url.append("&country=").append(encode(countries.get(random.nextInt(countries.size()))));
                    }
                    url.append("&sort=").append(pick(random, SORTS));
                    w.println(url);
                }
            }
            try (PrintWriter w = new PrintWriter(Files.newBufferedWriter(out.resolve("release.txt")))) {
                releases.forEach(id -> w.println("/releases/" + id));
            }
        }
    }

    /** One or two words of a real title or artist; a third of the time only the first letters, as typed so far. */
    private static String typed(Random random, List<String> titles) {
        List<String> words = new ArrayList<>();
        for (String word : titles.get(random.nextInt(titles.size())).toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
            if (word.length() >= 2) {
                words.add(word);
            }
        }
        if (words.isEmpty()) {
            return "a";
        }
        int first = random.nextInt(words.size());
        String text = words.get(first);
        if (random.nextInt(3) == 0 && first + 1 < words.size()) {
            text += " " + words.get(first + 1);
        }
        if (random.nextInt(3) == 0) {
            text = text.substring(0, Math.min(text.length(), 2 + random.nextInt(3)));
        }
        return encode(text.strip());
    }

    private static String encode(String s) {
        return java.net.URLEncoder.encode(s, java.nio.charset.StandardCharsets.UTF_8);
    }

    private static String pick(Random random, String[] values) {
        return values[random.nextInt(values.length)];
    }

    private static long single(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            return rs.next() ? rs.getLong(1) : 0;
        }
    }

    private static List<String> strings(Connection c, String sql) throws SQLException {
        List<String> values = new ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) {
                values.add(rs.getString(1));
            }
        }
        return values;
    }
}
