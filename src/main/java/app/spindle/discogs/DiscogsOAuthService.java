package app.spindle.discogs;

import com.github.scribejava.core.model.OAuth1AccessToken;
import com.github.scribejava.core.model.OAuth1RequestToken;
import com.github.scribejava.core.model.OAuthRequest;
import com.github.scribejava.core.model.Verb;
import com.github.scribejava.core.oauth.OAuth10aService;

/**
 * ScribeJava used for what it is good at — OAuth 1.0a parameters and signatures — while the requests
 * themselves go through {@link DiscogsApiClient}, the one place that talks HTTP to Discogs.
 */
final class DiscogsOAuthService extends OAuth10aService {

    DiscogsOAuthService(DiscogsOAuthApi api, DiscogsCredentials.Consumer consumer, String callbackUrl) {
        super(api, consumer.key(), consumer.secret(), callbackUrl, null, null, null, null, null);
    }

    /** A signed POST to the request-token endpoint (its Authorization header carries the callback). */
    OAuthRequest signedRequestTokenRequest() {
        return prepareRequestTokenRequest();
    }

    OAuthRequest signedAccessTokenRequest(OAuth1RequestToken requestToken, String verifier) {
        return prepareAccessTokenRequest(requestToken, verifier);
    }

    /** The Authorization header value for an API request made with an access token. */
    String authorizationFor(String method, String url, String token, String tokenSecret) {
        OAuthRequest request = new OAuthRequest(Verb.valueOf(method), url);
        signRequest(new OAuth1AccessToken(token, tokenSecret), request);
        return request.getHeaders().get("Authorization");
    }
}
