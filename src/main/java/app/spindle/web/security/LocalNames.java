package app.spindle.web.security;

import java.util.Locale;

/**
 * Whether a Host header names this machine. Without a password Spindle serves only this machine, and a
 * page elsewhere that reaches it by DNS rebinding (its own name pointed at 127.0.0.1) arrives under its
 * own name: refusing other names keeps such a page from being same-origin with Spindle.
 */
final class LocalNames {
    private LocalNames() {
    }

    static boolean includes(String hostHeader) {
        if (hostHeader == null || hostHeader.isBlank()) {
            return true; // only non-browser clients leave it out
        }
        String host = hostHeader.trim().toLowerCase(Locale.ROOT);
        if (host.startsWith("[")) {
            int end = host.indexOf(']');
            return end > 0 && host.substring(1, end).equals("::1");
        }
        int colon = host.indexOf(':');
        String name = colon >= 0 ? host.substring(0, colon) : host;
        // *.localhost always resolves to this machine (RFC 6761); 127/8 is loopback
        return name.equals("localhost") || name.endsWith(".localhost") || name.matches("127(\\.\\d{1,3}){3}");
    }
}
