package app.spindle.discogs.fake;

import io.javalin.config.RoutesConfig;
import io.javalin.http.HttpResponseException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Every failure becomes Discogs' JSON error body; no stack trace ever reaches a client. */
final class ErrorMapping {
    private static final Logger log = LoggerFactory.getLogger(ErrorMapping.class);

    private final Responder responder;

    ErrorMapping(Responder responder) {
        this.responder = responder;
    }

    void addRoutes(RoutesConfig routes) {
        routes.exception(ApiError.class, (error, ctx) -> responder.error(ctx, error));
        routes.exception(HttpResponseException.class, (error, ctx) -> responder.error(ctx,
                error.getStatus() == 404 ? ApiError.notFound() : new ApiError(error.getStatus(), error.getMessage())));
        routes.exception(Exception.class, (error, ctx) -> {
            log.error("FakeDiscogs failed on {} {}", ctx.method(), ctx.path(), error);
            responder.error(ctx, new ApiError(500, "An internal server error occurred."));
        });
    }
}
