package app.spindle.web;

import app.spindle.config.Config;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.javalin.Javalin;
import io.javalin.compression.CompressionStrategy;
import io.javalin.config.SizeUnit;
import io.javalin.json.JavalinJackson;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The Javalin server: static files and htmx ({@link StaticFiles}), every route, error pages. */
public final class WebServer {
    private static final Logger log = LoggerFactory.getLogger(WebServer.class);

    private final Config config;
    private final Javalin app;
    private final CompletableFuture<Void> answered = new CompletableFuture<>();

    /**
     * Jetty pads its queues to a cache line; unless told how many references fit in one, it asks the platform MBean
     * server whether oops are compressed, which starts JMX before the first page (~50 ms of CPU). Spindle's heap is
     * far under 32 GB, so references are 4 bytes: 16 to a 64-byte line.
     */
    private static final String REFERENCES_PER_CACHE_LINE = "org.eclipse.jetty.util.referencesPerCacheLine";

    public WebServer(Config config, Templates templates, List<RouteGroup> routes, ErrorPages errors) {
        this.config = config;
        if (System.getProperty(REFERENCES_PER_CACHE_LINE) == null) {
            System.setProperty(REFERENCES_PER_CACHE_LINE, "16");
        }
        ObjectMapper json = new ObjectMapper().disable(SerializationFeature.FAIL_ON_EMPTY_BEANS);
        this.app = Javalin.create(cfg -> {
            cfg.startup.showJavalinBanner = false;
            cfg.startup.showOldJavalinVersionWarning = false;
            cfg.jetty.host = config.host();
            cfg.jetty.port = config.port();
            if (!config.basePath().isEmpty()) {
                cfg.router.contextPath = config.basePath();
            }
            cfg.jsonMapper(new JavalinJackson(json, false));
            cfg.http.compressionStrategy = CompressionStrategy.GZIP;
            cfg.jetty.multipartConfig.maxFileSize(config.maxUploadBytes() + UploadLimit.SLACK, SizeUnit.BYTES);
            cfg.jetty.multipartConfig.maxTotalRequestSize(config.maxUploadBytes() + 2 * UploadLimit.SLACK, SizeUnit.BYTES);
            cfg.routes.before(ctx -> UploadLimit.check(ctx, config.maxUploadBytes()));
            new StaticFiles().addRoutes(cfg.routes);
            routes.forEach(group -> group.addRoutes(cfg.routes));
            errors.addRoutes(cfg.routes);
            cfg.routes.after(ctx -> answered.complete(null));
        });
    }

    public WebServer start() {
        app.start();
        log.info("Spindle is serving on http://{}:{}{}/", config.host(), app.port(), config.basePath());
        return this;
    }

    /** Completes when the server has answered its first request (its page is built, work kept for later may start). */
    public CompletionStage<Void> firstAnswer() {
        return answered;
    }

    public int port() {
        return app.port();
    }

    public void stop() {
        app.stop();
    }
}
