package app.spindle.web.settings;

import app.spindle.web.ApiStatus;
import app.spindle.web.Layout;

/** The settings page: account, sync, where the data lives. */
public record SettingsPage(
        Layout layout,
        ApiStatus status,
        Account account,
        boolean consumerConfigured,
        String syncEvery,
        String dataDir,
        BackupsView backups,
        String flash,
        String error) {

    /** method: account (connected here) | config (a DISCOGS_TOKEN given at start) | demo | none. */
    public record Account(boolean connected, String username, boolean needsReconnect, String method) {
    }
}
