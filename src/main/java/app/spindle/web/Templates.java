package app.spindle.web;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import io.javalin.http.Context;

/** Renders the JTE templates compiled into the jar at build time; each takes one typed page record. */
public final class Templates {
    private final TemplateEngine engine = TemplateEngine.createPrecompiled(ContentType.Html);

    public String render(String name, Object page) {
        StringOutput out = new StringOutput();
        engine.render(name, page, out);
        return out.toString();
    }

    public void page(Context ctx, String name, Object page) {
        ctx.html(render(name, page));
    }

    /** An htmx fragment that also tells the page's live region what happened ({@code announcement} may be null). */
    public void fragment(Context ctx, String name, Object page, String announcement) {
        ctx.html(render(name, page) + LiveRegion.outOfBand(ctx, announcement));
    }
}
