package app.spindle.discogs.fake;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.http.Context;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.function.Supplier;

/**
 * Writes every JSON answer: links to api.discogs.com point at the fake instead (so a client can follow
 * resource_url and pagination links), and a TRUNCATED_JSON fault cuts the body in half here.
 */
final class Responder {
    static final String TRUNCATE = "fake.truncate";

    private final ObjectMapper json;
    private final Supplier<String> baseUrl;

    Responder(ObjectMapper json, Supplier<String> baseUrl) {
        this.json = json;
        this.baseUrl = baseUrl;
    }

    void json(Context ctx, int status, JsonNode body) {
        String text;
        try {
            text = json.writeValueAsString(body).replace(BasicInformation.API, baseUrl.get());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write a response", e);
        }
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        if (Boolean.TRUE.equals(ctx.attribute(TRUNCATE))) {
            bytes = Arrays.copyOf(bytes, bytes.length / 2);
        }
        ctx.status(status).contentType("application/json").result(bytes);
    }

    void ok(Context ctx, JsonNode body) {
        json(ctx, 200, body);
    }

    void error(Context ctx, ApiError error) {
        json(ctx, error.status(), json.createObjectNode().put("message", error.getMessage()));
        if (error.status() == 401) {
            ctx.header("WWW-Authenticate", "OAuth realm=\"" + baseUrl.get() + "\"");
        }
    }

    void noContent(Context ctx) {
        ctx.status(204).result("");
    }

    ObjectMapper mapper() {
        return json;
    }

    String baseUrl() {
        return baseUrl.get();
    }
}
