package app.spindle;

import app.spindle.config.Config;
import app.spindle.discogs.ApiSettings;
import app.spindle.discogs.DiscogsApiClient;
import app.spindle.discogs.DiscogsAuth;
import app.spindle.discogs.DiscogsClient;
import app.spindle.discogs.RateGovernor;
import app.spindle.discogs.model.DiscogsModels;
import app.spindle.mirror.Database;
import app.spindle.mirror.SettingsCredentialStore;
import app.spindle.mirror.SettingsRepository;

/**
 * The Discogs side of Spindle, built the same way for the server and for {@code spindle sync}: one
 * client (one rate governor), the account from the settings table, and what flags and the
 * environment say, which win.
 */
public record DiscogsAccess(DiscogsApiClient api, DiscogsAuth auth, DiscogsClient client) {
    public static final String CONSUMER_KEY = "discogs.app.consumer_key";
    public static final String CONSUMER_SECRET = "discogs.app.consumer_secret";

    public static DiscogsAccess connect(Config config, Database database) {
        DiscogsApiClient api = new DiscogsApiClient(ApiSettings.from(config), new RateGovernor(), new DiscogsModels());
        DiscogsAuth auth = new DiscogsAuth(api, new SettingsCredentialStore(database.jdbi()), null);
        if (config.consumerKey() != null && config.consumerSecret() != null) {
            auth.useConsumer(config.consumerKey(), config.consumerSecret());
        } else {
            database.jdbi().useExtension(SettingsRepository.class, s -> {
                var key = s.get(CONSUMER_KEY);
                var secret = s.get(CONSUMER_SECRET);
                if (key.isPresent() && secret.isPresent()) {
                    auth.useConsumer(key.get(), secret.get());
                }
            });
        }
        if (config.discogsToken() != null && !config.discogsToken().isBlank()) {
            auth.useTokenFromConfig(config.discogsToken());
        }
        return new DiscogsAccess(api, auth, new DiscogsClient(api, auth::confirmed));
    }
}
