package app.spindle.web;

/** The status partial: figures plus the base path its polling link needs. */
public record StatusPanel(ApiStatus status, String basePath) {
}
