package app.spindle.discogs.fake;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.apache.commons.text.StringEscapeUtils;

/**
 * The OAuth 1.0a dance: request token, the authorize page (on www.discogs.com in reality, here on the
 * fake), access token, and /oauth/identity. Bad or expired tokens and verifiers are 400, bad signatures 401.
 */
final class OAuthRoutes {
    static final String AUTHORIZE = "/oauth/authorize";

    private final Credentials credentials;
    private final OAuthTokens tokens;
    private final Responder responder;
    private final String username;
    private final long userId;

    OAuthRoutes(Credentials credentials, OAuthTokens tokens, Responder responder, String username, long userId) {
        this.credentials = credentials;
        this.tokens = tokens;
        this.responder = responder;
        this.username = username;
        this.userId = userId;
    }

    void addRoutes(RoutesConfig routes) {
        routes.post("/oauth/request_token", this::requestToken);
        routes.get(AUTHORIZE, this::authorizePage);
        routes.post(AUTHORIZE, this::authorize);
        routes.post("/oauth/access_token", this::accessToken);
        routes.get("/oauth/identity", this::identity);
    }

    private void requestToken(Context ctx) {
        OAuthRequest request = OAuthRequest.from(ctx);
        checkConsumerAndSignature(request, "");
        String callback = request.get("oauth_callback");
        if (callback == null || callback.isBlank()) {
            throw ApiError.badRequest("Missing oauth_callback.");
        }
        OAuthTokens.RequestToken token = tokens.issueRequestToken(callback);
        form(ctx, "oauth_token=" + token.token() + "&oauth_token_secret=" + token.secret() + "&oauth_callback_confirmed=true");
    }

    private void accessToken(Context ctx) {
        OAuthRequest request = OAuthRequest.from(ctx);
        if (!credentials.validConsumerKey(request.get("oauth_consumer_key"))) {
            throw new ApiError(401, "Invalid consumer.");
        }
        OAuthTokens.RequestToken token = tokens.requestToken(request.get("oauth_token"))
                .orElseThrow(() -> ApiError.badRequest("Invalid or expired token. Please request a new token."));
        checkConsumerAndSignature(request, token.secret());
        if (token.verifier() == null || !token.verifier().equals(request.get("oauth_verifier"))) {
            throw ApiError.badRequest("Invalid or expired verifier.");
        }
        OAuthTokens.AccessToken access = tokens.exchange(token, username);
        form(ctx, "oauth_token=" + access.token() + "&oauth_token_secret=" + access.secret());
    }

    private void identity(Context ctx) {
        Caller caller = RequestRules.caller(ctx);
        if (caller.username() == null) {
            throw ApiError.unauthenticated();
        }
        responder.ok(ctx, responder.mapper().createObjectNode()
                .put("id", userId)
                .put("username", caller.username())
                .put("resource_url", BasicInformation.API + "/users/" + caller.username())
                .put("consumer_name", "Spindle"));
    }

    private void authorizePage(Context ctx) {
        String token = ctx.queryParam("oauth_token");
        if (tokens.requestToken(token).isEmpty()) {
            ctx.status(400).html(page("Invalid request", "<p id=\"error\">This authorization request is invalid or has expired.</p>"));
            return;
        }
        String escaped = StringEscapeUtils.escapeHtml4(token);
        ctx.html(page("Authorize application", """
                <h1>Authorize access to your Discogs account</h1>
                <p>The application <strong>Spindle</strong> would like to access your account <strong id="username">%s</strong>.</p>
                <form method="post" action="%s">
                  <input type="hidden" name="oauth_token" value="%s">
                  <button type="submit" id="authorize" name="decision" value="authorize">Authorize</button>
                  <button type="submit" id="deny" name="decision" value="deny">Cancel</button>
                </form>""".formatted(StringEscapeUtils.escapeHtml4(username), AUTHORIZE, escaped)));
    }

    private void authorize(Context ctx) {
        String token = ctx.formParam("oauth_token");
        if (!"authorize".equals(ctx.formParam("decision"))) {
            ctx.html(page("Access denied", "<p id=\"denied\">You denied the application access to your account.</p>"));
            return;
        }
        OAuthTokens.RequestToken authorized = tokens.authorize(token).orElse(null);
        if (authorized == null) {
            ctx.status(400).html(page("Invalid request", "<p id=\"error\">This authorization request is invalid or has expired.</p>"));
            return;
        }
        if (authorized.callback().equals("oob")) {
            ctx.html(page("Authorized", "<p>Enter this code in the application: <code id=\"verifier\">"
                    + authorized.verifier() + "</code></p>"));
            return;
        }
        String separator = authorized.callback().contains("?") ? "&" : "?";
        ctx.redirect(authorized.callback() + separator + "oauth_token=" + encode(authorized.token())
                + "&oauth_verifier=" + encode(authorized.verifier()));
    }

    private void checkConsumerAndSignature(OAuthRequest request, String tokenSecret) {
        if (!credentials.validConsumerKey(request.get("oauth_consumer_key"))) {
            throw new ApiError(401, "Invalid consumer.");
        }
        if (!credentials.validSignature(request, tokenSecret)) {
            throw new ApiError(401, "Invalid signature. Please check your consumer secret and signature method.");
        }
    }

    private static void form(Context ctx, String body) {
        ctx.status(200).contentType("application/x-www-form-urlencoded").result(body);
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static String page(String title, String body) {
        return "<!doctype html><html><head><meta charset=\"utf-8\"><title>" + title + " | Discogs (fake)</title></head><body>"
                + body + "</body></html>";
    }
}
