package app.spindle.web.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.spindle.testing.SharedAccount;
import app.spindle.testing.SyncedAccount;
import app.spindle.testing.TestHttp;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(SharedAccount.class)
class ExportRoutesTest {
    static SyncedAccount account;
    static TestHttp http;

    @BeforeAll
    static void connect(SharedAccount.Served served) {
        account = served.account();
        http = served.http();
    }

    @Test
    void the_collection_csv_has_discogs_columns_and_every_copy() {
        HttpResponse<String> r = http.get("/export/collection.csv");
        assertEquals(200, r.statusCode());
        assertTrue(r.headers().firstValue("Content-Type").orElseThrow().startsWith("text/csv"));
        assertTrue(r.headers().firstValue("Content-Disposition").orElseThrow().startsWith("attachment; filename=\"spindle-collection-"));
        String[] lines = r.body().split("\r\n");
        assertEquals("Catalog#,Artist,Title,Label,Format,Rating,Released,release_id,CollectionFolder,Date Added,"
                + "Collection Media Condition,Collection Sleeve Condition,Collection Notes", lines[0]);
        assertEquals(account.count("SELECT count(*) FROM collection_items") + 1, lines.length);
        String folder = account.jdbi().withHandle(h -> h.createQuery(
                "SELECT name FROM collection_folders WHERE id = (SELECT folder_id FROM collection_items WHERE instance_id = 1000000000)")
                .mapTo(String.class).one());
        assertTrue(List.of(lines).contains("PB 41447,Rick Astley,Never Gonna Give You Up,RCA,\"7\"\", 45 RPM, Single\",5,1987,249504,"
                + folder + ",2008-01-05 12:09:00,Very Good Plus (VG+),Poor (P),Small seam split."), r.body());
        assertFalse(r.body().contains(account.fake.token()));
    }

    @Test
    void the_wantlist_csv_has_its_own_columns_and_follows_the_filter() {
        HttpResponse<String> r = http.get("/export/wantlist.csv");
        assertEquals(200, r.statusCode());
        String[] lines = r.body().split("\r\n");
        assertEquals("Catalog#,Artist,Title,Label,Format,Rating,Released,release_id,Notes,Lowest Price,Price Currency,Price Seen,"
                + "Target Price", lines[0]);
        assertEquals(account.count("SELECT count(*) FROM wants") + 1, lines.length);
        assertEquals(1, http.get("/export/wantlist.csv?genre=No+Such+Genre").body().split("\r\n").length);
        assertEquals(400, http.get("/export/collection.csv?page=abc").statusCode());
    }

    @Test
    void cells_are_quoted_by_rfc_4180_and_never_start_a_formula() {
        assertEquals("plain,\"a, b\",\"say \"\"hi\"\"\",\"two\nlines\",'=HYPERLINK(\"x\"),'+1,'-5,'@SUM(A1),\r\n",
                CsvCells.line(java.util.Arrays.asList("plain", "a, b", "say \"hi\"", "two\nlines", "=HYPERLINK(\"x\")",
                        "+1", "-5", "@SUM(A1)", null)).replace("\"'=HYPERLINK(\"\"x\"\")\"", "'=HYPERLINK(\"x\")"));
        assertEquals("\"'=HYPERLINK(\"\"x\"\")\"", CsvCells.cell("=HYPERLINK(\"x\")"));
        assertEquals("Björk – Homogenic", CsvCells.cell("Björk – Homogenic"));
    }
}
