package app.spindle.config;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * Everything Spindle was told at start, already validated. Built by {@link ConfigParser} from flags
 * and environment variables (flags win); settings stored in the database fill what neither gives.
 */
public record Config(
        Command command,
        List<String> arguments,
        String host,
        int port,
        Path dataDir,
        String password,
        String discogsToken,
        String consumerKey,
        String consumerSecret,
        String apiUrl,
        Duration syncInterval,
        Duration refreshAge,
        Duration fullListingInterval,
        String basePath,
        long maxUploadBytes,
        boolean demo,
        int demoSize,
        boolean importAll,
        Duration backupEvery,
        int backupKeep) {

    public static final String DEFAULT_API_URL = "https://api.discogs.com";

    public boolean hasPassword() {
        return password != null && !password.isEmpty();
    }

    /** Whether every address the host resolves to is loopback (a name that resolves nowhere is a ConfigException). */
    public boolean isLoopbackHost() {
        return ListenHost.isLoopback(host);
    }

    public Config withDataDir(Path dir) {
        return new Config(command, arguments, host, port, dir, password, discogsToken, consumerKey,
                consumerSecret, apiUrl, syncInterval, refreshAge, fullListingInterval, basePath,
                maxUploadBytes, demo, demoSize, importAll, backupEvery, backupKeep);
    }

    public Config withPort(int newPort) {
        return new Config(command, arguments, host, newPort, dataDir, password, discogsToken, consumerKey,
                consumerSecret, apiUrl, syncInterval, refreshAge, fullListingInterval, basePath,
                maxUploadBytes, demo, demoSize, importAll, backupEvery, backupKeep);
    }

    public Config withApiUrl(String url) {
        return new Config(command, arguments, host, port, dataDir, password, discogsToken, consumerKey,
                consumerSecret, url, syncInterval, refreshAge, fullListingInterval, basePath,
                maxUploadBytes, demo, demoSize, importAll, backupEvery, backupKeep);
    }

    /** Default settings with the data folder given: what tests start from. */
    public static Config defaults(Path dataDir) {
        return ConfigParser.parse(new String[] {"--data", dataDir.toString()}, key -> null);
    }
}
