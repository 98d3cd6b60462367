package app.spindle.web;

import io.javalin.config.RoutesConfig;

/** One page group's routes; {@link WebServer} mounts them all in one place. */
public interface RouteGroup {
    void addRoutes(RoutesConfig routes);
}
