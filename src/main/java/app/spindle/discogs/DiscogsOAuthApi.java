package app.spindle.discogs;

import com.github.scribejava.core.builder.api.DefaultApi10a;
import com.github.scribejava.core.services.HMACSha1SignatureService;
import com.github.scribejava.core.services.PlaintextSignatureService;
import com.github.scribejava.core.services.SignatureService;

/** Discogs' OAuth 1.0a endpoints for ScribeJava, which ships no Discogs class. */
public final class DiscogsOAuthApi extends DefaultApi10a {
    public static final String DISCOGS_AUTHORIZE_URL = "https://www.discogs.com/oauth/authorize";

    private final String apiBaseUrl;
    private final DiscogsCredentials.SignatureMethod method;

    /** The scheme, host and port of the authorize page for this API base. */
    public static String authorizeOrigin(String apiBaseUrl) {
        java.net.URI uri = java.net.URI.create(new DiscogsOAuthApi(apiBaseUrl, DiscogsCredentials.SignatureMethod.PLAINTEXT)
                .getAuthorizationBaseUrl());
        return uri.getScheme() + "://" + uri.getAuthority();
    }

    public DiscogsOAuthApi(String apiBaseUrl, DiscogsCredentials.SignatureMethod method) {
        this.apiBaseUrl = stripTrailingSlash(apiBaseUrl);
        this.method = method;
    }

    @Override
    public String getRequestTokenEndpoint() {
        return apiBaseUrl + "/oauth/request_token";
    }

    @Override
    public String getAccessTokenEndpoint() {
        return apiBaseUrl + "/oauth/access_token";
    }

    /** The real API authorizes on www.discogs.com; any other base (FakeDiscogs) serves the page itself. */
    @Override
    protected String getAuthorizationBaseUrl() {
        return apiBaseUrl.equals("https://api.discogs.com") ? DISCOGS_AUTHORIZE_URL : apiBaseUrl + "/oauth/authorize";
    }

    @Override
    public SignatureService getSignatureService() {
        return method == DiscogsCredentials.SignatureMethod.PLAINTEXT
                ? new PlaintextSignatureService()
                : new HMACSha1SignatureService();
    }

    static String stripTrailingSlash(String url) {
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }
}
