package app.spindle.discogs;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The credentials of the connected account and its username, as kept by a {@link CredentialStore}.
 * {@link #toSettings()} and {@link #fromSettings} give a flat key/value form for a settings table.
 */
public record StoredCredentials(DiscogsCredentials credentials, String username) {
    static final String KIND = "discogs.auth.kind";
    static final String TOKEN = "discogs.auth.token";
    static final String TOKEN_SECRET = "discogs.auth.token_secret";
    /**
     * The OAuth application's consumer, kept once: saved from the Settings form, and by an OAuth connect.
     * It is not the account's, so a disconnect keeps it.
     */
    public static final String CONSUMER_KEY = "discogs.app.consumer_key";
    public static final String CONSUMER_SECRET = "discogs.app.consumer_secret";
    static final String SIGNATURE = "discogs.auth.signature";
    static final String USERNAME = "discogs.auth.username";

    public Map<String, String> toSettings() {
        Map<String, String> settings = new LinkedHashMap<>();
        if (credentials instanceof DiscogsCredentials.PersonalToken t) {
            settings.put(KIND, "token");
            settings.put(TOKEN, t.token());
        } else if (credentials instanceof DiscogsCredentials.OAuth o) {
            settings.put(KIND, "oauth");
            settings.put(TOKEN, o.token());
            settings.put(TOKEN_SECRET, o.tokenSecret());
            settings.put(CONSUMER_KEY, o.consumer().key());
            settings.put(CONSUMER_SECRET, o.consumer().secret());
            settings.put(SIGNATURE, o.method().name());
        } else {
            throw new IllegalStateException("only a user's credentials are stored");
        }
        if (username != null) {
            settings.put(USERNAME, username);
        }
        return settings;
    }

    /** Null when the settings hold no (complete) credentials. */
    public static StoredCredentials fromSettings(Map<String, String> settings) {
        String kind = settings.get(KIND);
        try {
            if ("token".equals(kind)) {
                return new StoredCredentials(new DiscogsCredentials.PersonalToken(settings.get(TOKEN)), settings.get(USERNAME));
            }
            if ("oauth".equals(kind)) {
                DiscogsCredentials.Consumer consumer = new DiscogsCredentials.Consumer(
                        settings.get(CONSUMER_KEY), settings.get(CONSUMER_SECRET));
                return new StoredCredentials(new DiscogsCredentials.OAuth(consumer, settings.get(TOKEN),
                        settings.get(TOKEN_SECRET), DiscogsCredentials.SignatureMethod.valueOf(settings.get(SIGNATURE))),
                        settings.get(USERNAME));
            }
        } catch (IllegalArgumentException | NullPointerException incomplete) {
            return null;
        }
        return null;
    }

    /** Every key {@link #toSettings()} may write, and {@link #fromSettings} reads. */
    public static java.util.List<String> settingKeys() {
        return java.util.List.of(KIND, TOKEN, TOKEN_SECRET, CONSUMER_KEY, CONSUMER_SECRET, SIGNATURE, USERNAME);
    }

    /** The keys of the account alone: what a store clears on disconnect, and before it saves another account. */
    public static java.util.List<String> accountKeys() {
        return java.util.List.of(KIND, TOKEN, TOKEN_SECRET, SIGNATURE, USERNAME);
    }
}
