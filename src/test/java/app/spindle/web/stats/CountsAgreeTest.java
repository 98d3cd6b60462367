package app.spindle.web.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.spindle.testing.SharedAccount;
import app.spindle.testing.SyncedAccount;
import app.spindle.testing.TestHttp;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** One definition of each count, shown the same on Stats, Settings, the lists and /api/status. */
@ExtendWith(SharedAccount.class)
class CountsAgreeTest {
    static SyncedAccount account;
    static TestHttp http;

    @BeforeAll
    static void connect(SharedAccount.Served served) {
        account = served.account();
        http = served.http();
    }

    @Test
    void records_and_wants_are_counted_the_same_on_every_page_and_in_the_api() throws Exception {
        JsonNode counts = new ObjectMapper().readTree(http.get("/api/status").body()).get("counts");
        long records = counts.get("collection").asLong();
        long wanted = counts.get("wantlist").asLong();
        assertEquals(account.count("SELECT count(*) FROM collection_items"), records);
        assertEquals(account.count("SELECT count(*) FROM wants"), wanted);

        String stats = http.get("/stats").body();
        assertEquals(records, total(stats, "records"));
        assertEquals(wanted, total(stats, "wanted"));
        assertEquals(account.count("SELECT count(DISTINCT release_id) FROM collection_items"), total(stats, "different releases"));

        String status = http.get("/partials/status").body();
        assertTrue(status.contains(records + " records in your collection · " + wanted + " wanted · "
                + counts.get("releases").asLong() + " releases and "), status);

        assertTrue(http.get("/collection").body().contains(records + " records"), "the collection page's count");
        assertTrue(http.get("/wantlist").body().contains(wanted + " records"), "the wantlist page's count");
    }

    private static long total(String page, String label) {
        Matcher m = Pattern.compile("<strong>([\\d,]+)</strong> <span>" + Pattern.quote(label) + "</span>").matcher(page);
        assertTrue(m.find(), "Stats shows a total of " + label);
        return Long.parseLong(m.group(1).replace(",", ""));
    }
}
