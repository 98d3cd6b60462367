package app.spindle.discogs;

import java.net.http.HttpHeaders;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;

/** A response as received: status, body text and headers. */
public record ApiResponse(int status, String body, HttpHeaders headers) {

    public boolean isJson() {
        String type = headers.firstValue("Content-Type").orElse("");
        String trimmed = body == null ? "" : body.stripLeading();
        return type.contains("json") || trimmed.startsWith("{") || trimmed.startsWith("[");
    }

    /** {@code Retry-After} as seconds or an HTTP date; null when absent or unreadable. */
    Duration retryAfter() {
        return headers.firstValue("Retry-After").map(String::trim).map(value -> {
            try {
                return Duration.ofSeconds(Long.parseLong(value));
            } catch (NumberFormatException notSeconds) {
                try {
                    ZonedDateTime at = ZonedDateTime.parse(value, DateTimeFormatter.RFC_1123_DATE_TIME);
                    Duration wait = Duration.between(ZonedDateTime.now(at.getZone()), at);
                    return wait.isNegative() ? Duration.ZERO : wait;
                } catch (RuntimeException unreadable) {
                    return null;
                }
            }
        }).orElse(null);
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
