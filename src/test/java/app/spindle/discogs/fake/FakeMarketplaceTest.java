package app.spindle.discogs.fake;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class FakeMarketplaceTest {
    private final MutableClock clock = new MutableClock();
    private final FakeDiscogs fake = FakeDiscogs.builder().collectionSize(60).wantlistSize(40).clock(clock)
            .rateLimit(100_000, Duration.ofSeconds(60)).start();
    private final FakeApi api = new FakeApi(fake);

    @AfterEach
    void stop() {
        fake.close();
    }

    private List<Long> wanted() {
        return new ArrayList<>(fake.account().wantReleaseIds());
    }

    private List<String> pricesToday() {
        List<String> prices = new ArrayList<>();
        for (long id : wanted()) {
            prices.add(api.get("/marketplace/stats/" + id).json().path("lowest_price").toString());
        }
        return prices;
    }

    @Test
    void stats_have_discogs_shape_and_answer_in_the_currency_asked_for() {
        long id = wanted().get(0);
        fake.marketplace().setListing(id, 7, 10.0);
        JsonNode usd = api.get("/marketplace/stats/" + id).json();
        assertEquals(7, usd.path("num_for_sale").asInt());
        assertEquals("USD", usd.path("lowest_price").path("currency").asText());
        assertEquals(10.0, usd.path("lowest_price").path("value").asDouble());
        assertTrue(usd.path("blocked_from_sale").isBoolean());
        JsonNode eur = api.get("/marketplace/stats/" + id + "?curr_abbr=EUR").json();
        assertEquals("EUR", eur.path("lowest_price").path("currency").asText());
        assertEquals(9.2, eur.path("lowest_price").path("value").asDouble());
        JsonNode anonymous = api.anonymous("/marketplace/stats/" + id + "?curr_abbr=EUR").json();
        assertEquals("USD", anonymous.path("lowest_price").path("currency").asText(), "unauthenticated: always USD");
    }

    @Test
    void prices_stay_put_within_a_day_and_move_from_one_day_to_the_next() {
        List<String> morning = pricesToday();
        assertEquals(morning, pricesToday(), "the same day gives the same figures");
        clock.advance(Duration.ofDays(3));
        List<String> later = pricesToday();
        assertNotEquals(morning, later);
        clock.advance(Duration.ofDays(-3));
        assertEquals(morning, pricesToday(), "deterministic: back on the day, back to its figures");
    }

    @Test
    void price_suggestions_are_refused_to_an_account_without_seller_settings_as_discogs_refuses_them() {
        long id = wanted().get(0);
        FakeApi.Answer refused = api.get("/marketplace/price_suggestions/" + id);
        assertEquals(404, refused.status());
        assertEquals("You must fill out your seller settings first.", refused.json().path("message").asText());
        fake.marketplace().setSeller(true);
        JsonNode suggestions = api.get("/marketplace/price_suggestions/" + id).json();
        assertEquals(8, suggestions.size());
        assertEquals("USD", suggestions.path("Mint (M)").path("currency").asText());
    }

    @Test
    void collection_value_is_three_formatted_amounts_for_the_owner_only() {
        fake.marketplace().setUserCurrency("AUD");
        JsonNode value = api.get("/users/" + fake.username() + "/collection/value").json();
        for (String field : List.of("minimum", "median", "maximum")) {
            assertTrue(value.path(field).asText().matches("A\\$[0-9,]+\\.[0-9]{2}"), field + ": " + value);
        }
        assertEquals(401, api.anonymous("/users/" + fake.username() + "/collection/value").status());
    }
}
