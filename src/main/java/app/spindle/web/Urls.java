package app.spindle.web;

/**
 * The one way templates build a link inside the app: a path from {@link Paths}, prefixed with the
 * reverse-proxy base path. Full pages reach it through their {@link Layout}; fragments that htmx swaps
 * alone carry one in their view record.
 */
public record Urls(String basePath) {

    public String url(String path) {
        return basePath + path;
    }
}
