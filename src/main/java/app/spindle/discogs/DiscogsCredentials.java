package app.spindle.discogs;

/**
 * How requests are authenticated: not at all, with a personal access token, with an application's
 * consumer key and secret (no user), or with an OAuth 1.0a access token. {@code toString()} never
 * shows a secret.
 */
public sealed interface DiscogsCredentials {

    /** No credentials: 25 requests a minute, no search, no images. */
    record None() implements DiscogsCredentials {
    }

    /** A personal access token from discogs.com/settings/developers. */
    record PersonalToken(String token) implements DiscogsCredentials {
        public PersonalToken {
            requireText(token, "token");
        }

        @Override
        public String toString() {
            return "PersonalToken[…]";
        }
    }

    /** An application's consumer key and secret, without a user. */
    record Consumer(String key, String secret) implements DiscogsCredentials {
        public Consumer {
            requireText(key, "consumer key");
            requireText(secret, "consumer secret");
        }

        @Override
        public String toString() {
            return "Consumer[key=" + key + "]";
        }
    }

    /** An OAuth 1.0a access token of a user, signed with the application's consumer. */
    record OAuth(Consumer consumer, String token, String tokenSecret, SignatureMethod method)
            implements DiscogsCredentials {
        public OAuth {
            requireText(token, "token");
            requireText(tokenSecret, "token secret");
            if (consumer == null || method == null) {
                throw new IllegalArgumentException("OAuth needs a consumer and a signature method");
            }
        }

        @Override
        public String toString() {
            return "OAuth[key=" + consumer.key() + ", " + method + "]";
        }
    }

    /** PLAINTEXT is what Discogs recommends over HTTPS; HMAC-SHA1 is the classic. */
    enum SignatureMethod {
        PLAINTEXT,
        HMAC_SHA1
    }

    /** Whether these credentials identify a user (needed for collection, wantlist and search). */
    default boolean identifiesUser() {
        return this instanceof PersonalToken || this instanceof OAuth;
    }

    private static void requireText(String value, String what) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(what + " is empty");
        }
    }
}
