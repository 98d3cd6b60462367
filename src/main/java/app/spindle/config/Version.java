package app.spindle.config;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** The version and project URL stamped into the jar by the build. */
public final class Version {
    private static final Properties PROPS = load();

    private Version() {
    }

    public static String number() {
        return PROPS.getProperty("version", "dev");
    }

    public static String projectUrl() {
        return PROPS.getProperty("url", "https://github.com/spindle-app/spindle");
    }

    private static Properties load() {
        Properties props = new Properties();
        try (InputStream in = Version.class.getResourceAsStream("/spindle.properties")) {
            if (in != null) {
                props.load(in);
            }
        } catch (IOException ignored) {
            // a jar without the file still runs, as version "dev"
        }
        return props;
    }
}
