package app.spindle.config;

/** A setting the user gave that Spindle cannot use; the message names the setting and the problem. */
public class ConfigException extends RuntimeException {
    public ConfigException(String message) {
        super(message);
    }
}
