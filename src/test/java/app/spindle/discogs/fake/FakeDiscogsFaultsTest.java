package app.spindle.discogs.fake;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.spindle.testing.Eventually;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class FakeDiscogsFaultsTest {
    static FakeDiscogs fake;
    static FakeApi api;
    static final String RELEASE = "/releases/40000002";

    @BeforeAll
    static void start() {
        fake = FakeDiscogs.builder().collectionSize(10).wantlistSize(2).rateLimit(10_000, Duration.ofSeconds(60)).start();
        api = new FakeApi(fake);
    }

    @AfterAll
    static void stop() {
        fake.close();
    }

    @AfterEach
    void clearFaults() {
        fake.faults().clear();
    }

    @Test
    void scripted_faults_come_in_order_then_answers_are_normal_again() {
        fake.faults().script(Fault.SERVER_ERROR, Fault.QUERY_TIMEOUT_500, Fault.RATE_LIMITED_429, Fault.HTML_CHALLENGE_403);
        FakeApi.Answer serverError = api.get(RELEASE);
        assertEquals(500, serverError.status());
        assertTrue(serverError.json().has("message"));
        FakeApi.Answer queryTimeout = api.get(RELEASE);
        assertEquals(500, queryTimeout.status());
        assertEquals("Query time exceeded. Please try a simpler query.", queryTimeout.json().get("message").asText());
        FakeApi.Answer limited = api.get(RELEASE);
        assertEquals(429, limited.status());
        assertEquals("You are making requests too quickly.", limited.json().get("message").asText());
        FakeApi.Answer challenge = api.get(RELEASE);
        assertEquals(403, challenge.status());
        assertTrue(challenge.header("Content-Type").startsWith("text/html"));
        assertTrue(challenge.body().contains("Just a moment..."));
        assertEquals(200, api.get(RELEASE).status());
    }

    @Test
    void truncated_json_is_a_200_with_half_the_body() {
        String whole = api.get(RELEASE).body();
        fake.faults().script(Fault.TRUNCATED_JSON);
        FakeApi.Answer truncated = api.get(RELEASE);
        assertEquals(200, truncated.status());
        assertTrue(Math.abs(truncated.body().length() - whole.length() / 2) < 10, "about half: " + truncated.body().length());
        assertThrows(UncheckedIOException.class, truncated::json);
    }

    @Test
    void a_dropped_connection_answers_nothing() {
        // Two drops: the JDK client silently retries a GET once when the connection closes before an answer.
        fake.faults().script(Fault.DROP_CONNECTION, Fault.DROP_CONNECTION);
        int before = fake.requests().size();
        assertThrows(IOException.class, () -> HttpClient.newHttpClient().send(api.request(RELEASE)
                .header("Authorization", "Discogs token=" + fake.token()).GET().build(), HttpResponse.BodyHandlers.ofString()));
        // The socket closes before the fake finishes the request, so its log entry may come a moment later.
        Eventually.until(() -> fake.requests().size() >= before + 2, Duration.ofSeconds(10),
                () -> "two dropped requests logged: " + fake.requests().subList(before, fake.requests().size()));
        assertEquals(java.util.List.of(0, 0), fake.requests().subList(before, before + 2).stream().map(FakeRequest::status).toList());
        assertEquals(200, api.get(RELEASE).status());
    }

    @Test
    void a_slow_answer_outlasts_the_clients_read_timeout() throws Exception {
        fake.faults().setSlowTimeoutHold(Duration.ofSeconds(4)).script(Fault.SLOW_TIMEOUT);
        HttpClient client = HttpClient.newHttpClient();
        long started = System.nanoTime();
        assertThrows(HttpTimeoutException.class, () -> client.send(api.request(RELEASE).timeout(Duration.ofMillis(700))
                .header("Authorization", "Discogs token=" + fake.token()).GET().build(), HttpResponse.BodyHandlers.ofString()));
        assertTrue(Duration.ofNanos(System.nanoTime() - started).compareTo(Duration.ofMillis(650)) >= 0);
        assertEquals(200, api.get(RELEASE).status());
    }

    @Test
    void faults_by_rate_hit_about_that_share_of_requests() {
        fake.faults().enable(Fault.SERVER_ERROR).setRate(0.5);
        int errors = 0;
        for (int i = 0; i < 200; i++) {
            errors += api.get(RELEASE).status() == 500 ? 1 : 0;
        }
        assertTrue(errors > 60 && errors < 140, "about half of 200 failed: " + errors);
        fake.faults().setRate(0);
        assertEquals(200, api.get(RELEASE).status());
    }
}
