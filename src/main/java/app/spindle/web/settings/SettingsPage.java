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

    public record Account(boolean connected, String username, boolean needsReconnect, Method method) {
    }

    /** Where the account's credentials come from, which decides whether this page may disconnect it. */
    public enum Method {
        /** Connected here, on this page. */
        ACCOUNT,
        /** A DISCOGS_TOKEN given at start. */
        CONFIG,
        DEMO,
        NONE;

        public boolean isDemo() {
            return this == DEMO;
        }

        public boolean isConfig() {
            return this == CONFIG;
        }
    }
}
