package app.spindle.config;

/**
 * One configuration setting: its flag, its environment variable, its default, what it means and, for a
 * number, duration or size, the range it accepts (shown by {@code --help}).
 */
public record Option(String flag, String env, String defaultValue, String description, boolean takesValue, String range) {

    static Option value(String flag, String env, String defaultValue, String description) {
        return new Option(flag, env, defaultValue, description, true, null);
    }

    static Option ranged(String flag, String env, String defaultValue, String description, String range) {
        return new Option(flag, env, defaultValue, description, true, range);
    }

    static Option toggle(String flag, String env, String description) {
        return new Option(flag, env, null, description, false, null);
    }
}
