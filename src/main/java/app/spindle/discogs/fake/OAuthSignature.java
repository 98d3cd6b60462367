package app.spindle.discogs.fake;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Verifies OAuth 1.0a signatures with our own code (RFC 5849), independent of the client's ScribeJava:
 * PLAINTEXT is the two secrets joined by "&"; HMAC-SHA1 signs the base string METHOD&URI&PARAMS, where the
 * parameters (oauth_* without the signature, query and form body) are encoded, sorted by name then value
 * and joined.
 */
final class OAuthSignature {
    static final String PLAINTEXT = "PLAINTEXT";
    static final String HMAC_SHA1 = "HMAC-SHA1";

    boolean verify(OAuthRequest request, String consumerSecret, String tokenSecret) {
        String method = request.get("oauth_signature_method");
        String signature = request.get("oauth_signature");
        if (method == null || signature == null) {
            return false;
        }
        String expected = switch (method) {
            case PLAINTEXT -> key(consumerSecret, tokenSecret);
            case HMAC_SHA1 -> hmacSha1(baseString(request), consumerSecret, tokenSecret);
            default -> null;
        };
        return expected != null && MessageDigest.isEqual(
                expected.getBytes(StandardCharsets.UTF_8), signature.getBytes(StandardCharsets.UTF_8));
    }

    static String baseString(OAuthRequest request) {
        List<String[]> pairs = new ArrayList<>();
        request.oauth().forEach((name, value) -> {
            if (!name.equals("oauth_signature")) {
                pairs.add(new String[] {percentEncode(name), percentEncode(value)});
            }
        });
        for (Map.Entry<String, String> param : request.params()) {
            pairs.add(new String[] {percentEncode(param.getKey()), percentEncode(param.getValue())});
        }
        pairs.sort(Comparator.<String[], String>comparing(pair -> pair[0]).thenComparing(pair -> pair[1]));
        StringBuilder normalized = new StringBuilder();
        for (String[] pair : pairs) {
            if (normalized.length() > 0) {
                normalized.append('&');
            }
            normalized.append(pair[0]).append('=').append(pair[1]);
        }
        return request.method().toUpperCase() + "&" + percentEncode(request.baseUri()) + "&" + percentEncode(normalized.toString());
    }

    static String hmacSha1(String baseString, String consumerSecret, String tokenSecret) {
        try {
            Mac mac = Mac.getInstance("HmacSHA1");
            mac.init(new SecretKeySpec(key(consumerSecret, tokenSecret).getBytes(StandardCharsets.UTF_8), "HmacSHA1"));
            return Base64.getEncoder().encodeToString(mac.doFinal(baseString.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA1 is not available", e);
        }
    }

    static String key(String consumerSecret, String tokenSecret) {
        return percentEncode(consumerSecret) + "&" + percentEncode(tokenSecret == null ? "" : tokenSecret);
    }

    /** RFC 3986 percent-encoding: everything but ALPHA, DIGIT, '-', '.', '_' and '~', in upper-case hex. */
    static String percentEncode(String value) {
        StringBuilder encoded = new StringBuilder();
        for (byte b : value.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xFF;
            if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')
                    || c == '-' || c == '.' || c == '_' || c == '~') {
                encoded.append((char) c);
            } else {
                encoded.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
                        .append(Character.toUpperCase(Character.forDigit(c & 0xF, 16)));
            }
        }
        return encoded.toString();
    }
}
