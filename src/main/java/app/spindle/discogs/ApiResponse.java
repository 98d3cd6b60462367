package app.spindle.discogs;

import java.net.http.HttpHeaders;

/** A response as received: status, body text and headers. */
public record ApiResponse(int status, String body, HttpHeaders headers) {

    public boolean isJson() {
        String type = headers.firstValue("Content-Type").orElse("");
        String trimmed = body == null ? "" : body.stripLeading();
        return type.contains("json") || trimmed.startsWith("{") || trimmed.startsWith("[");
    }

    Integer intHeader(String name) {
        return headers.firstValue(name).map(v -> {
            try {
                return Integer.valueOf(v.trim());
            } catch (NumberFormatException e) {
                return null;
            }
        }).orElse(null);
    }
}
