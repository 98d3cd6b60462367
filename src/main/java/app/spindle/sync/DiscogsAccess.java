package app.spindle.sync;

import app.spindle.config.Config;
import app.spindle.discogs.ApiSettings;
import app.spindle.discogs.DiscogsApiClient;
import app.spindle.discogs.DiscogsAuth;
import app.spindle.discogs.DiscogsClient;
import app.spindle.discogs.RateGovernor;
import app.spindle.discogs.model.DiscogsModels;
import app.spindle.mirror.SettingsCredentialStore;
import app.spindle.mirror.SettingsIdentityMemory;
import org.jdbi.v3.core.Jdbi;

/**
 * The Discogs side of Spindle, built the one same way for the server, {@code spindle sync} and
 * {@code spindle import-dump}: one client (one rate governor), the account and the application's
 * consumer from the settings table, and what flags and the environment say, which win.
 */
public record DiscogsAccess(DiscogsApiClient api, DiscogsAuth auth, DiscogsClient client) {
    public static DiscogsAccess connect(Config config, Jdbi jdbi) {
        DiscogsApiClient api = new DiscogsApiClient(ApiSettings.from(config), new RateGovernor(), new DiscogsModels());
        SettingsCredentialStore store = new SettingsCredentialStore(jdbi);
        DiscogsAuth auth = new DiscogsAuth(api, store, null);
        if (config.consumerKey() != null && config.consumerSecret() != null) {
            auth.useConsumer(config.consumerKey(), config.consumerSecret());
        } else {
            store.loadConsumer().ifPresent(c -> auth.useConsumer(c.key(), c.secret()));
        }
        if (config.discogsToken() != null && !config.discogsToken().isBlank()) {
            auth.useTokenFromConfig(config.discogsToken());
        }
        return new DiscogsAccess(api, auth, new DiscogsClient(api, auth::confirmed, new SettingsIdentityMemory(jdbi)));
    }
}
