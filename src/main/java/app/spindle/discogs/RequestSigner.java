package app.spindle.discogs;

/** Turns credentials into the Authorization header of one request. */
final class RequestSigner {
    private final DiscogsCredentials credentials;
    private final DiscogsOAuthService oauth;

    RequestSigner(String baseUrl, DiscogsCredentials credentials) {
        this.credentials = credentials;
        this.oauth = credentials instanceof DiscogsCredentials.OAuth o
                ? new DiscogsOAuthService(new DiscogsOAuthApi(baseUrl, o.method()), o.consumer(), null)
                : null;
    }

    DiscogsCredentials credentials() {
        return credentials;
    }

    /** The header value, or null for no credentials. */
    String authorization(String method, String url) {
        if (credentials instanceof DiscogsCredentials.PersonalToken t) {
            return "Discogs token=" + t.token();
        }
        if (credentials instanceof DiscogsCredentials.Consumer c) {
            return "Discogs key=" + c.key() + ", secret=" + c.secret();
        }
        if (credentials instanceof DiscogsCredentials.OAuth o) {
            return oauth.authorizationFor(method, url, o.token(), o.tokenSecret());
        }
        return null;
    }
}
