package app.spindle.discogs.fake;

import io.javalin.http.Context;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The parts of a request that an OAuth 1.0a signature covers (RFC 5849 section 3.4.1): method, base string
 * URI, the oauth_* protocol parameters from the Authorization header (or query/body), and every query and
 * form-body parameter.
 */
record OAuthRequest(String method, String baseUri, Map<String, String> oauth, List<Map.Entry<String, String>> params) {

    static boolean isOAuth(String authorization) {
        return authorization != null && authorization.regionMatches(true, 0, "OAuth ", 0, 6);
    }

    static OAuthRequest from(Context ctx) {
        Map<String, String> oauth = new LinkedHashMap<>();
        List<Map.Entry<String, String>> params = new ArrayList<>();
        String authorization = ctx.header("Authorization");
        if (isOAuth(authorization)) {
            for (Map.Entry<String, String> entry : headerParams(authorization.substring(6))) {
                if (!entry.getKey().equalsIgnoreCase("realm")) {
                    oauth.put(entry.getKey(), entry.getValue());
                }
            }
        }
        params.addAll(formParams(ctx.queryString()));
        String contentType = ctx.contentType();
        if (contentType != null && contentType.toLowerCase(Locale.ROOT).startsWith("application/x-www-form-urlencoded")) {
            params.addAll(formParams(ctx.body()));
        }
        for (Map.Entry<String, String> param : params) {
            if (param.getKey().startsWith("oauth_")) {
                oauth.putIfAbsent(param.getKey(), param.getValue());
            }
        }
        params.removeIf(param -> param.getKey().startsWith("oauth_"));
        return new OAuthRequest(ctx.method().name(), baseUri(ctx), oauth, params);
    }

    String get(String name) {
        return oauth.get(name);
    }

    /** Scheme and host in lower case, the port only when it is not the scheme's default, the path; no query. */
    private static String baseUri(Context ctx) {
        String scheme = ctx.req().getScheme().toLowerCase(Locale.ROOT);
        String host = ctx.req().getServerName().toLowerCase(Locale.ROOT);
        int port = ctx.req().getServerPort();
        boolean defaultPort = (scheme.equals("http") && port == 80) || (scheme.equals("https") && port == 443);
        return scheme + "://" + host + (defaultPort ? "" : ":" + port) + ctx.req().getRequestURI();
    }

    /** {@code oauth_a="x", oauth_b="y"}: values are percent-encoded inside the quotes. */
    private static List<Map.Entry<String, String>> headerParams(String header) {
        List<Map.Entry<String, String>> params = new ArrayList<>();
        for (String part : header.split(",")) {
            String trimmed = part.trim();
            int equals = trimmed.indexOf('=');
            if (equals <= 0) {
                continue;
            }
            String name = trimmed.substring(0, equals).trim();
            String value = trimmed.substring(equals + 1).trim();
            if (value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")) {
                value = value.substring(1, value.length() - 1);
            }
            params.add(Map.entry(decode(name), decode(value)));
        }
        return params;
    }

    private static List<Map.Entry<String, String>> formParams(String encoded) {
        List<Map.Entry<String, String>> params = new ArrayList<>();
        if (encoded == null || encoded.isEmpty()) {
            return params;
        }
        for (String pair : encoded.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int equals = pair.indexOf('=');
            String name = equals < 0 ? pair : pair.substring(0, equals);
            String value = equals < 0 ? "" : pair.substring(equals + 1);
            params.add(Map.entry(decode(name), decode(value)));
        }
        return params;
    }

    private static String decode(String value) {
        try {
            return URLDecoder.decode(value, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw ApiError.badRequest("Malformed OAuth parameter.");
        }
    }
}
