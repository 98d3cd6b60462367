package app.spindle.mirror;

import app.spindle.discogs.CredentialStore;
import app.spindle.discogs.StoredCredentials;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;

/** Keeps the connected account's credentials in the settings table (never logged, never shown). */
public final class SettingsCredentialStore implements CredentialStore {
    private final Jdbi jdbi;

    public SettingsCredentialStore(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    @Override
    public Optional<StoredCredentials> load() {
        Map<String, String> values = new HashMap<>();
        jdbi.useExtension(SettingsRepository.class, s -> {
            for (String key : StoredCredentials.settingKeys()) {
                s.get(key).ifPresent(v -> values.put(key, v));
            }
        });
        return Optional.ofNullable(StoredCredentials.fromSettings(values));
    }

    @Override
    public void save(StoredCredentials credentials) {
        jdbi.useTransaction(h -> {
            SettingsRepository s = h.attach(SettingsRepository.class);
            StoredCredentials.settingKeys().forEach(s::delete);
            credentials.toSettings().forEach(s::put);
        });
    }

    @Override
    public void clear() {
        jdbi.useTransaction(h -> {
            SettingsRepository s = h.attach(SettingsRepository.class);
            StoredCredentials.settingKeys().forEach(s::delete);
        });
    }
}
