package app.spindle.web;

/** The settings page: account, sync status, where the data lives. */
public record SettingsPage(Layout layout, ApiStatus status, String dataDir) {
}
