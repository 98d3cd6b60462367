package app.spindle.web.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.spindle.testing.SharedAccount;
import app.spindle.testing.SyncedAccount;
import app.spindle.testing.TestHttp;
import java.net.http.HttpResponse;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(SharedAccount.class)
class StatsRoutesTest {
    static SyncedAccount account;
    static TestHttp http;

    @BeforeAll
    static void connect(SharedAccount.Served served) {
        account = served.account();
        http = served.http();
    }

    @Test
    void the_stats_page_draws_labelled_svg_charts_and_the_totals() {
        HttpResponse<String> r = http.get("/stats");
        assertEquals(200, r.statusCode());
        String body = r.body();
        Matcher svgs = Pattern.compile("<svg class=\"chart [^\"]*\"[^>]*role=\"img\"[^>]*aria-labelledby=\"chart-([\\w-]+)-title").matcher(body);
        int charts = 0;
        while (svgs.find()) {
            assertTrue(body.contains("<title id=\"chart-" + svgs.group(1) + "-title\">"), svgs.group(1));
            assertTrue(body.contains("<desc id=\"chart-" + svgs.group(1) + "-desc\">"), svgs.group(1));
            charts++;
        }
        assertEquals(9, charts, "charts with a title and a description");
        for (String title : new String[] {"Records added per month", "By decade", "By genre", "By style", "By size", "By country", "Top labels"}) {
            assertTrue(body.contains(title), title);
        }
        assertTrue(body.contains("<strong>" + account.count("SELECT count(*) FROM collection_items") + "</strong> <span>records</span>"));
        long tracks = account.count("SELECT count(*) FROM tracks WHERE release_id IN (SELECT release_id FROM collection_items)"
                + " AND (type = 'track' OR type IS NULL)");
        assertTrue(body.contains("<strong>" + String.format(java.util.Locale.ROOT, "%,d", tracks) + "</strong> <span>tracks on them</span>"),
                "tracks, not headings or index entries: " + tracks);
        long seconds = account.count("SELECT coalesce(sum(duration_seconds), 0) FROM tracks"
                + " WHERE release_id IN (SELECT release_id FROM collection_items)");
        assertTrue(seconds > 0 && body.contains("<strong>" + (seconds / 3600 >= 48 ? String.format(java.util.Locale.ROOT, "%,d days",
                seconds / 3600 / 24) : seconds / 3600 + " h " + seconds % 3600 / 60 + " min") + "</strong> <span>of music</span>"),
                "playing time of " + seconds + " s");
        assertTrue(!body.contains("style=\""), "no inline styles: the CSP forbids them");
    }
}
