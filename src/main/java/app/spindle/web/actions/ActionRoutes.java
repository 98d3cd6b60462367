package app.spindle.web.actions;

import app.spindle.actions.Action;
import app.spindle.actions.ActionQueue;
import app.spindle.actions.ActionReads;
import app.spindle.actions.ActionState;
import app.spindle.web.ErrorPages.NotFound;
import app.spindle.web.Params;
import app.spindle.web.PageContext;
import app.spindle.web.Paths;
import app.spindle.web.RouteGroup;
import app.spindle.web.Templates;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;

/** The page of pending, failed and recent actions, with retry and dismiss. */
public final class ActionRoutes implements RouteGroup {
    private static final int SHOWN = 200;

    private final Templates templates;
    private final PageContext pages;
    private final ActionQueue queue;
    private final ActionReads actions;
    private final String basePath;

    public ActionRoutes(Templates templates, PageContext pages, ActionQueue queue, ActionReads actions, String basePath) {
        this.templates = templates;
        this.pages = pages;
        this.queue = queue;
        this.actions = actions;
        this.basePath = basePath;
    }

    @Override
    public void addRoutes(RoutesConfig routes) {
        routes.get(Paths.ACTIONS, this::list);
        routes.post(Paths.ACTION_RETRY, this::retry);
        routes.post(Paths.ACTION_DISMISS, this::dismiss);
    }

    private void list(Context ctx) {
        templates.page(ctx, "actions/index.jte", new ActionsPage(pages.layout(ctx, "Actions", "actions"),
                actions.count(ActionState.PENDING), actions.count(ActionState.FAILED),
                actions.recent(SHOWN).stream().map(a -> ActionRow.of(a, basePath)).toList()));
    }

    private void retry(Context ctx) {
        long id = Params.pathId(ctx, "id");
        if (!queue.retry(id)) {
            ctx.status(409);
        }
        row(ctx, id);
    }

    private void dismiss(Context ctx) {
        long id = Params.pathId(ctx, "id");
        if (!queue.dismiss(id)) {
            ctx.status(409);
        }
        row(ctx, id);
    }

    private void row(Context ctx, long id) {
        Action action = queue.find(id).orElseThrow(() -> new NotFound("There is no action " + id + "."));
        templates.page(ctx, "actions/row.jte", ActionRow.of(action, basePath));
    }
}
