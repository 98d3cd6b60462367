package app.spindle.mirror;

import app.spindle.discogs.DiscogsCredentials;
import app.spindle.discogs.IdentityMemory;
import app.spindle.discogs.StoredCredentials;
import app.spindle.discogs.model.DiscogsIdentity;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.jdbi.v3.core.Jdbi;

/**
 * Remembers the last identity Discogs confirmed, in the settings table, under a SHA-256 fingerprint of
 * the credentials: a token given by flag or environment is never stored, and another token (or account)
 * does not match the fingerprint, so it is asked about again.
 */
public final class SettingsIdentityMemory implements IdentityMemory {
    static final String FINGERPRINT = "discogs.identity.fingerprint";
    static final String ID = "discogs.identity.id";
    static final String USERNAME = "discogs.identity.username";

    private final Jdbi jdbi;

    public SettingsIdentityMemory(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    @Override
    public Optional<DiscogsIdentity> recall(DiscogsCredentials credentials) {
        if (!credentials.identifiesUser()) {
            return Optional.empty();
        }
        return jdbi.withExtension(SettingsRepository.class, settings -> {
            if (!settings.get(FINGERPRINT).equals(Optional.of(fingerprint(credentials)))) {
                return Optional.empty();
            }
            Optional<String> id = settings.get(ID);
            Optional<String> username = settings.get(USERNAME);
            if (id.isEmpty() || username.isEmpty()) {
                return Optional.empty();
            }
            return Optional.of(new DiscogsIdentity(Long.parseLong(id.get()), username.get(), null, null));
        });
    }

    @Override
    public void remember(DiscogsCredentials credentials, DiscogsIdentity identity) {
        if (!credentials.identifiesUser() || identity.username() == null) {
            return;
        }
        jdbi.useTransaction(h -> {
            SettingsRepository settings = h.attach(SettingsRepository.class);
            settings.put(FINGERPRINT, fingerprint(credentials));
            settings.put(ID, Long.toString(identity.id()));
            settings.put(USERNAME, identity.username());
        });
    }

    private static String fingerprint(DiscogsCredentials credentials) {
        Map<String, String> values = new TreeMap<>(new StoredCredentials(credentials, null).toSettings());
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            values.forEach((key, value) -> sha.update((key + "=" + value + "\n").getBytes(StandardCharsets.UTF_8)));
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }
}
