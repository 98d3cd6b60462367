package app.spindle.web.security;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

/**
 * Decides whether a {@code next} given to the login may become the Location it redirects to. A browser
 * reads that Location by the WHATWG URL standard, which strips tab, CR and LF anywhere and leading
 * control characters and spaces, treats {@code \} as {@code /}, and resolves {@code .} and {@code ..}
 * segments, also when escaped as {@code %2e}. Rather than imitate those rules, anything they could
 * change is refused: control characters, whitespace, backslashes and dot segments. What is left is
 * a plain path, which must lie under the base path.
 */
final class LocalRedirect {
    private LocalRedirect() {
    }

    /** {@code next} when it is a path of this app under {@code basePath}; null otherwise. */
    static String target(String next, String basePath) {
        if (next == null || !next.startsWith(basePath + "/") || next.startsWith("//") || hasUnsafeCharacter(next)) {
            return null;
        }
        URI uri;
        try {
            uri = new URI(next);
        } catch (URISyntaxException e) {
            return null;
        }
        if (uri.isAbsolute() || uri.getRawAuthority() != null || uri.getRawPath() == null || hasDotSegment(uri.getRawPath())) {
            return null;
        }
        return next;
    }

    private static boolean hasUnsafeCharacter(String next) {
        return next.codePoints().anyMatch(c -> c <= 0x20 || c == 0x7f || c == '\\' || (c >= 0x80 && c <= 0x9f)
                || Character.isWhitespace(c) || Character.isSpaceChar(c));
    }

    private static boolean hasDotSegment(String rawPath) {
        for (String segment : rawPath.split("/", -1)) {
            String dots = segment.toLowerCase(Locale.ROOT).replace("%2e", ".");
            if (dots.equals(".") || dots.equals("..")) {
                return true;
            }
        }
        return false;
    }
}
