package app.spindle.web.settings;

import app.spindle.config.Config;
import app.spindle.dump.DumpException;
import app.spindle.dump.DumpImports;
import app.spindle.dump.ImportMode;
import app.spindle.web.PageContext;
import app.spindle.web.Params;
import app.spindle.web.RouteGroup;
import app.spindle.web.Templates;
import app.spindle.web.Urls;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.nio.file.Path;

/**
 * Settings → Import a Discogs dump: a file already on the server's disk (dumps are gigabytes; no
 * upload), imported in the background while the card polls its progress with htmx.
 */
public final class DumpImportRoutes implements RouteGroup {
    public static final String PANEL = "/settings/dump";
    public static final String STOP = "/settings/dump/stop";
    public static final String PANEL_ID = "dump-import";

    private final Config config;
    private final Templates templates;
    private final PageContext pages;
    private final DumpImports imports;

    public DumpImportRoutes(Config config, Templates templates, PageContext pages, DumpImports imports) {
        this.config = config;
        this.templates = templates;
        this.pages = pages;
        this.imports = imports;
    }

    @Override
    public void addRoutes(RoutesConfig routes) {
        routes.get(PANEL, ctx -> panel(ctx, 200, null, null));
        routes.post(PANEL, this::start);
        routes.post(STOP, ctx -> {
            imports.requestStop();
            panel(ctx, 200, null, null);
        });
    }

    private void start(Context ctx) {
        String path = ctx.formParam("path") == null ? "" : ctx.formParam("path").trim();
        if (path.isEmpty() || path.length() > 4096) {
            panel(ctx, 400, path, "Enter the path of a dump file on this server, e.g. /srv/discogs_20260201_releases.xml.gz.");
            return;
        }
        ImportMode mode = Params.word(ctx.formParam("mode"), ImportMode.values(), ImportMode::word, ImportMode.REFERENCED,
                "Choose what to import: mode=referenced (the releases of your collection and wantlist) or mode=all.");
        try {
            imports.start(Path.of(path), mode);
        } catch (DumpException | java.nio.file.InvalidPathException e) {
            panel(ctx, 400, path, e.getMessage());
            return;
        }
        panel(ctx, 200, path, null);
    }

    private void panel(Context ctx, int code, String path, String error) {
        ctx.status(code);
        DumpImportPanel panel = new DumpImportPanel(imports.status(), new Urls(config.basePath()),
                pages.layout(ctx, "Settings", "settings").csrfToken(), path, error);
        templates.fragment(ctx, "settings/dump.jte", panel, error == null ? panel.announcement() : null);
    }
}
