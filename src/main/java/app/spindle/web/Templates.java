package app.spindle.web;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import gg.jte.output.Utf8ByteOutput;
import io.javalin.http.Context;
import java.util.function.Supplier;

/**
 * Renders the JTE templates compiled into the jar at build time; each takes one typed page record. The templates'
 * fixed text is compiled as UTF-8 bytes (the plugin's {@code binaryStaticContent}), so a page is written as bytes:
 * only what a page fills in is encoded per request.
 */
public final class Templates {
    private final TemplateEngine engine = TemplateEngine.createPrecompiled(ContentType.Html);

    public String render(String name, Object page) {
        StringOutput out = new StringOutput();
        engine.render(name, page, out);
        return out.toString();
    }

    public void page(Context ctx, String name, Object page) {
        send(ctx, bytes(name, page));
    }

    private Utf8ByteOutput bytes(String name, Object page) {
        Utf8ByteOutput out = new Utf8ByteOutput();
        engine.render(name, page, out);
        return out;
    }

    private static void send(Context ctx, Utf8ByteOutput out) {
        ctx.contentType(io.javalin.http.ContentType.TEXT_HTML);
        ctx.result(out.toByteArray());
    }

    /**
     * The one rule for a page whose part htmx swaps (the shelf's results, the tracks' results): an htmx request,
     * but not a back-button restore, gets {@code fragment} and the address bar follows it to {@code fragment.url};
     * anything else gets the whole page, built only then.
     */
    public void pageOrFragment(Context ctx, Fragment fragment, String pageTemplate, Supplier<?> page) {
        HtmxRequest.varyByHtmx(ctx);
        if (HtmxRequest.wantsFragment(ctx)) {
            ctx.header("HX-Push-Url", fragment.url());
            fragment(ctx, fragment.template(), fragment.view(), fragment.announcement());
        } else {
            page(ctx, pageTemplate, page.get());
        }
    }

    /** The part of a page htmx swaps, at the URL of the page that shows it. */
    public record Fragment(String template, Object view, String announcement, String url) {
    }

    /** An htmx fragment that also tells the page's live region what happened ({@code announcement} may be null). */
    public void fragment(Context ctx, String name, Object page, String announcement) {
        Utf8ByteOutput out = bytes(name, page);
        out.writeContent(LiveRegion.outOfBand(ctx, announcement));
        send(ctx, out);
    }
}
