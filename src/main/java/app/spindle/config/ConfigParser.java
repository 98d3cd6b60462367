package app.spindle.config;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Pattern;

/** Reads flags and environment variables into a {@link Config}; flags win over the environment. */
public final class ConfigParser {


    private static final Quantities.CountRange PORT = new Quantities.CountRange(0, 65535);
    private static final Quantities.DurationRange SYNC_INTERVAL =
            new Quantities.DurationRange(Duration.ofMinutes(1), Duration.ofDays(365), true);
    private static final Quantities.DurationRange REFRESH_AGE =
            new Quantities.DurationRange(Duration.ofHours(1), Duration.ofDays(3650), false);
    private static final Quantities.DurationRange FULL_LISTING_INTERVAL =
            new Quantities.DurationRange(Duration.ZERO, Duration.ofDays(365), false);
    private static final Quantities.SizeRange MAX_UPLOAD = new Quantities.SizeRange(1024, 1024L * 1024 * 1024);
    private static final Quantities.CountRange DEMO_SIZE = new Quantities.CountRange(1, 100_000);
    private static final Quantities.DurationRange BACKUP_EVERY =
            new Quantities.DurationRange(Duration.ofHours(1), Duration.ofDays(30), true);
    private static final Quantities.CountRange BACKUP_KEEP = new Quantities.CountRange(0, 365);

    public static final List<Option> OPTIONS = List.of(
            Option.value("--host", "SPINDLE_HOST", "127.0.0.1", "address to listen on (other than loopback needs a password)"),
            Option.ranged("--port", "SPINDLE_PORT", "8080", "port to listen on", PORT.words()),
            Option.value("--data", "SPINDLE_DATA", "./data", "data folder: database, images, backups"),
            Option.value("--password", "SPINDLE_PASSWORD", null, "password for the web pages (required off loopback)"),
            Option.value("--token", "DISCOGS_TOKEN", null, "Discogs personal access token"),
            Option.value("--consumer-key", "DISCOGS_CONSUMER_KEY", null, "Discogs app consumer key, for OAuth"),
            Option.value("--consumer-secret", "DISCOGS_CONSUMER_SECRET", null, "Discogs app consumer secret, for OAuth"),
            Option.value("--api-url", "DISCOGS_API_URL", Config.DEFAULT_API_URL, "Discogs API base URL"),
            Option.ranged("--sync-interval", "SPINDLE_SYNC_INTERVAL", "6h", "time between background syncs (e.g. 30m, 6h, 1d)",
                    SYNC_INTERVAL.words()),
            Option.ranged("--refresh-age", "SPINDLE_REFRESH_AGE", "30d", "release details older than this are fetched again",
                    REFRESH_AGE.words()),
            Option.ranged("--full-listing-interval", "SPINDLE_FULL_LISTING_INTERVAL", "1d",
                    "a complete listing runs at least this often", FULL_LISTING_INTERVAL.words()),
            Option.value("--base-path", "SPINDLE_BASE_PATH", "", "URL prefix when served behind a reverse proxy (e.g. /spindle)"),
            Option.ranged("--max-upload", "SPINDLE_MAX_UPLOAD", "20MB", "largest file accepted for matching uploads",
                    MAX_UPLOAD.words()),
            Option.ranged("--backup-every", "SPINDLE_BACKUP_EVERY", "1d", "time between automatic backups into <data>/backups",
                    BACKUP_EVERY.words()),
            Option.ranged("--backup-keep", "SPINDLE_BACKUP_KEEP", "7", "automatic backups kept (0 turns them off)",
                    BACKUP_KEEP.words()),
            Option.toggle("--demo", "SPINDLE_DEMO", "run with a bundled demo account (data in <data>/demo)"),
            Option.ranged("--demo-size", "SPINDLE_DEMO_SIZE", "500", "collection size of the demo account", DEMO_SIZE.words()),
            Option.toggle("--all", "SPINDLE_IMPORT_ALL", "import-dump: every release of the dump, not only those you own or want"));


    private static final Pattern BASE_PATH = Pattern.compile("(/[A-Za-z0-9._~-]+)+");
    private static final Pattern HOST = Pattern.compile("[A-Za-z0-9.:%\\[\\]-]+");

    private ConfigParser() {
    }

    /** @param env looks up an environment variable; returns null when unset */
    public static Config parse(String[] args, Function<String, String> env) {
        Map<String, Option> byFlag = new HashMap<>();
        OPTIONS.forEach(o -> byFlag.put(o.flag(), o));
        Map<String, String> given = new LinkedHashMap<>();
        List<String> positional = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            if (!arg.startsWith("--")) {
                positional.add(arg);
                continue;
            }
            String flag = arg;
            String value = null;
            int eq = arg.indexOf('=');
            if (eq > 0) {
                flag = arg.substring(0, eq);
                value = arg.substring(eq + 1);
            }
            Option option = byFlag.get(flag);
            if (option == null) {
                throw new ConfigException("unknown option " + flag + " (see --help)");
            }
            if (option.takesValue() && value == null) {
                if (i + 1 >= args.length || args[i + 1].startsWith("--")) {
                    throw new ConfigException(flag + " needs a value");
                }
                value = args[++i];
            } else if (!option.takesValue() && value == null) {
                value = "true";
            }
            given.put(flag, value);
        }
        given.forEach(ConfigParser::refuseControlCharacters);
        Function<String, String> setting = flag -> {
            Option option = byFlag.get(flag);
            if (given.containsKey(flag)) {
                return given.get(flag);
            }
            String fromEnv = env.apply(option.env());
            if (fromEnv != null && !fromEnv.isEmpty()) {
                refuseControlCharacters(flag, fromEnv);
                return fromEnv;
            }
            return option.defaultValue();
        };

        String word = positional.isEmpty() ? Command.SERVE.word() : positional.get(0);
        Command command = Command.of(word).orElseThrow(() ->
                new ConfigException("unknown command '" + word + "' (commands: " + Command.words() + ")"));
        List<String> rest = positional.isEmpty() ? List.of() : List.copyOf(positional.subList(1, positional.size()));
        if (!command.takesArguments()) {
            if (!rest.isEmpty()) {
                throw new ConfigException("unexpected argument '" + rest.get(0) + "'");
            }
        }

        boolean importAll = Boolean.parseBoolean(setting.apply("--all")) || "1".equals(setting.apply("--all"));
        if (command == Command.IMPORT_DUMP && rest.isEmpty()) {
            throw new ConfigException("import-dump needs the dump file(s), e.g. import-dump discogs_20260201_releases.xml.gz");
        }
        if (given.containsKey("--all") && command != Command.IMPORT_DUMP) {
            throw new ConfigException("--all belongs to the import-dump command");
        }

        String basePath = setting.apply("--base-path").trim();
        if (basePath.endsWith("/")) {
            basePath = basePath.substring(0, basePath.length() - 1);
        }
        if (!basePath.isEmpty() && !basePath.startsWith("/")) {
            throw new ConfigException("--base-path must start with / (got '" + basePath + "')");
        }
        if (!basePath.isEmpty() && (!BASE_PATH.matcher(basePath).matches() || basePath.matches(".*/\\.{1,2}(/.*)?"))) {
            throw new ConfigException("--base-path must be a plain path of letters, digits and . _ ~ - such as /spindle"
                    + " (got '" + basePath + "')");
        }
        String apiUrl = setting.apply("--api-url");
        if (!isHttpUrl(apiUrl)) {
            throw new ConfigException("--api-url must be an http(s) URL (got '" + apiUrl + "')");
        }
        String host = nonEmpty("--host", setting.apply("--host"));
        if (host.length() > 253 || !HOST.matcher(host).matches()) {
            throw new ConfigException("--host must be a host name or an IP address (got '" + host + "')");
        }
        boolean demo = Boolean.parseBoolean(setting.apply("--demo"))
                || "1".equals(setting.apply("--demo"));

        return new Config(
                command,
                rest,
                host,
                PORT.parse("--port", setting.apply("--port")),
                dataFolder(nonEmpty("--data", setting.apply("--data"))),
                setting.apply("--password"),
                setting.apply("--token"),
                setting.apply("--consumer-key"),
                setting.apply("--consumer-secret"),
                apiUrl.endsWith("/") ? apiUrl.substring(0, apiUrl.length() - 1) : apiUrl,
                SYNC_INTERVAL.parse("--sync-interval", setting.apply("--sync-interval")),
                REFRESH_AGE.parse("--refresh-age", setting.apply("--refresh-age")),
                FULL_LISTING_INTERVAL.parse("--full-listing-interval", setting.apply("--full-listing-interval")),
                basePath,
                MAX_UPLOAD.parse("--max-upload", setting.apply("--max-upload")),
                demo,
                DEMO_SIZE.parse("--demo-size", setting.apply("--demo-size")),
                importAll,
                BACKUP_EVERY.parse("--backup-every", setting.apply("--backup-every")),
                BACKUP_KEEP.parse("--backup-keep", setting.apply("--backup-keep")));
    }

    public static String help() {
        StringBuilder out = new StringBuilder();
        out.append("Spindle ").append(Version.number())
                .append(" - a self-hosted mirror of your Discogs collection and wantlist\n\n")
                .append("Usage: java -jar spindle.jar [command] [options]\n\n")
                .append("Commands:\n")
                .append("  serve              run the web server and background sync (default)\n")
                .append("  sync               run one sync in the foreground, then exit\n")
                .append("  backup FILE        write a consistent copy of the database to FILE\n")
                .append("  import-dump FILE…  import a Discogs monthly dump (releases; masters, artists, labels too);\n")
                .append("                     --all imports every release, not only those you own or want\n")
                .append("  salvage            with Spindle stopped: save settings, credentials, matches and queued\n")
                .append("                     changes from a damaged database into a fresh one (the damaged file is kept)\n\n")
                .append("Options (flag / environment variable / default):\n");
        for (Option o : OPTIONS) {
            String flag = o.takesValue() ? o.flag() + " VALUE" : o.flag();
            out.append(String.format(Locale.ROOT, "  %-28s %-30s %s%n      %s%s%n", flag, o.env(),
                    o.defaultValue() == null ? "" : "(default: " + (o.defaultValue().isEmpty() ? "none" : o.defaultValue()) + ")",
                    o.description(), o.range() == null ? "" : "; " + o.range()));
        }
        out.append("  --help                       show this help\n")
                .append("  --version                    print the version\n");
        return out.toString();
    }

    private static void refuseControlCharacters(String flag, String value) {
        if (value != null && value.chars().anyMatch(c -> c < 0x20 || c == 0x7f)) {
            throw new ConfigException(flag + " must not contain control characters");
        }
    }

    private static boolean isHttpUrl(String value) {
        try {
            URI uri = new URI(value);
            return ("http".equals(uri.getScheme()) || "https".equals(uri.getScheme())) && uri.getHost() != null;
        } catch (URISyntaxException e) {
            return false;
        }
    }

    private static Path dataFolder(String value) {
        try {
            return Path.of(value);
        } catch (InvalidPathException e) {
            throw new ConfigException("--data is not a usable folder name (got '" + value + "')");
        }
    }

    private static String nonEmpty(String flag, String value) {
        if (value == null || value.isBlank()) {
            throw new ConfigException(flag + " must not be empty");
        }
        return value.trim();
    }
}
