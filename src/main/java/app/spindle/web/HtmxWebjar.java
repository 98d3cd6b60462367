package app.spindle.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/**
 * Where the bundled htmx is served from. The version is read from the webjar itself, so the pom's
 * {@code htmx.version} is the one place it is written.
 */
final class HtmxWebjar {
    private static final String POM = "/META-INF/maven/org.webjars.npm/htmx.org/pom.properties";

    private HtmxWebjar() {
    }

    static String scriptPath() {
        return "/webjars/htmx.org/" + version() + "/dist/htmx.min.js";
    }

    private static String version() {
        try (InputStream in = HtmxWebjar.class.getResourceAsStream(POM)) {
            if (in == null) {
                throw new IllegalStateException("the htmx webjar is missing from the class path");
            }
            Properties props = new Properties();
            props.load(in);
            return props.getProperty("version");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
