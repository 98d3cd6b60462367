package app.spindle.config;

/** One configuration setting: its flag, its environment variable, its default and what it means. */
public record Option(String flag, String env, String defaultValue, String description, boolean takesValue) {

    static Option value(String flag, String env, String defaultValue, String description) {
        return new Option(flag, env, defaultValue, description, true);
    }

    static Option toggle(String flag, String env, String description) {
        return new Option(flag, env, null, description, false);
    }
}
