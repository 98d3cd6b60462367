package app.spindle;

import app.spindle.config.Config;
import app.spindle.config.ConfigException;
import app.spindle.config.DataFolder;
import app.spindle.config.Version;
import app.spindle.mirror.Database;
import app.spindle.web.ApiStatus;
import app.spindle.mirror.query.ReleaseDetailsQuery;
import app.spindle.web.ErrorPages;
import app.spindle.web.ImageRoutes;
import app.spindle.web.PageContext;
import app.spindle.web.PageRoutes;
import app.spindle.web.StatusSource;
import app.spindle.web.SystemRoutes;
import app.spindle.web.Templates;
import app.spindle.web.WebServer;
import app.spindle.web.release.ReleaseRoutes;
import app.spindle.web.security.Access;
import app.spindle.web.security.LoginThrottle;
import app.spindle.web.security.Sessions;
import java.time.Clock;
import java.util.List;

/** The composition root: builds every part from plain constructors and starts the server. */
public final class Spindle implements AutoCloseable {
    private final Config config;
    private final Database database;
    private final WebServer web;

    private Spindle(Config config, Database database, WebServer web) {
        this.config = config;
        this.database = database;
        this.web = web;
    }

    public static Spindle start(Config config) {
        if (!config.isLoopbackHost() && !config.hasPassword()) {
            throw new ConfigException("--host " + config.host() + " lets other machines reach Spindle: set a password first"
                    + " (SPINDLE_PASSWORD or --password)");
        }
        Config effective = config.withDataDir(DataFolder.prepare(
                config.demo() ? config.dataDir().resolve("demo") : config.dataDir()));
        Database database = Database.open(effective.dataDir());
        StatusSource status = () -> ApiStatus.disconnected(Version.number());
        Templates templates = new Templates();
        Clock clock = Clock.systemUTC();
        PageContext pages = new PageContext(effective, status);
        WebServer web = new WebServer(effective, templates,
                List.of(new Access(effective, templates, pages, new Sessions(clock), new LoginThrottle(clock)),
                        new SystemRoutes(templates, status), new PageRoutes(effective, templates, pages, status),
                        new ReleaseRoutes(templates, pages, new ReleaseDetailsQuery(database.jdbi())),
                        new ImageRoutes(effective.dataDir())),
                new ErrorPages(templates, pages));
        Spindle spindle = new Spindle(effective, database, web);
        web.start();
        return spindle;
    }

    public int port() {
        return web.port();
    }

    public Config config() {
        return config;
    }

    public Database database() {
        return database;
    }

    @Override
    public void close() {
        web.stop();
    }
}
