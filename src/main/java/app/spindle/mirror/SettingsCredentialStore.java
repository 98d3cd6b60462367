package app.spindle.mirror;

import app.spindle.discogs.CredentialStore;
import app.spindle.discogs.DiscogsCredentials;
import app.spindle.discogs.StoredCredentials;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;

/**
 * Keeps the connected account's credentials in the settings table (the data folder is readable by
 * its owner only). Nothing here logs or reports a value.
 */
public final class SettingsCredentialStore implements CredentialStore {
    private final Jdbi jdbi;

    public SettingsCredentialStore(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    @Override
    public Optional<StoredCredentials> load() {
        return jdbi.withExtension(SettingsRepository.class, settings -> {
            Map<String, String> values = new HashMap<>();
            for (String key : StoredCredentials.settingKeys()) {
                settings.get(key).ifPresent(v -> values.put(key, v));
            }
            return Optional.ofNullable(StoredCredentials.fromSettings(values));
        });
    }

    @Override
    public void save(StoredCredentials credentials) {
        Map<String, String> values = credentials.toSettings();
        jdbi.useTransaction(h -> {
            SettingsRepository settings = h.attach(SettingsRepository.class);
            StoredCredentials.accountKeys().forEach(settings::delete);
            values.forEach(settings::put);
        });
    }

    @Override
    public void clear() {
        jdbi.useTransaction(h -> {
            SettingsRepository settings = h.attach(SettingsRepository.class);
            StoredCredentials.accountKeys().forEach(settings::delete);
        });
        // the write-ahead log still holds the old rows until a checkpoint: write them out and empty it
        jdbi.useHandle(h -> h.createQuery("PRAGMA wal_checkpoint(TRUNCATE)").mapToMap().list());
    }

    @Override
    public Optional<DiscogsCredentials.Consumer> loadConsumer() {
        return jdbi.withExtension(SettingsRepository.class, s -> s.get(StoredCredentials.CONSUMER_KEY)
                .flatMap(key -> s.get(StoredCredentials.CONSUMER_SECRET).map(secret -> new DiscogsCredentials.Consumer(key, secret))));
    }

    @Override
    public void saveConsumer(DiscogsCredentials.Consumer consumer) {
        jdbi.useTransaction(h -> {
            SettingsRepository settings = h.attach(SettingsRepository.class);
            settings.put(StoredCredentials.CONSUMER_KEY, consumer.key());
            settings.put(StoredCredentials.CONSUMER_SECRET, consumer.secret());
        });
    }
}
