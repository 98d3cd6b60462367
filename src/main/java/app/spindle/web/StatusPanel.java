package app.spindle.web;

/** The status partial: figures plus the links its polling needs. */
public record StatusPanel(ApiStatus status, Urls urls) {
}
