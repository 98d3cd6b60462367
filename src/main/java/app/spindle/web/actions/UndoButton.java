package app.spindle.web.actions;

import app.spindle.actions.CopyValues;
import app.spindle.web.BadRequest;
import app.spindle.web.Params;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.http.Context;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * The Undo button an answer offers after a removal: it posts what was removed ({@code values}, the JSON htmx
 * sends along) to {@code url}, which puts it back through the queue. A removed copy travels as the same form
 * fields the copy's edit form uses: folder, rating and field-N.
 */
public record UndoButton(String url, String values) {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String FIELD = "field-";

    public static UndoButton of(String url, Map<String, String> values) {
        return new UndoButton(url, json(values));
    }

    /** Values for an htmx {@code hx-vals} attribute. */
    public static String json(Map<String, String> values) {
        try {
            return JSON.writeValueAsString(values);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    public static UndoButton forCopy(String url, CopyValues copy, Map<String, String> more) {
        Map<String, String> values = new LinkedHashMap<>(more);
        values.put("release", Long.toString(copy.releaseId()));
        values.put("folder", Long.toString(copy.folderId()));
        values.put("rating", Integer.toString(copy.rating()));
        copy.fields().forEach((id, value) -> values.put(FIELD + id, value));
        return of(url, values);
    }

    /** The removed copy as the Undo button sent it back. */
    public static CopyValues copyFrom(Context ctx, long releaseId) {
        Map<Integer, String> fields = new TreeMap<>();
        ctx.formParamMap().forEach((name, values) -> {
            if (name.startsWith(FIELD) && !values.isEmpty()) {
                fields.put((int) Params.id(name.substring(FIELD.length()), "No such collection field: " + name + "."),
                        values.get(0));
            }
        });
        if (ctx.formParam("folder") == null) {
            throw new BadRequest("Say which folder the copy goes back into.");
        }
        return new CopyValues(releaseId, Params.folder(ctx.formParam("folder"), 1), Params.rating(ctx.formParam("rating")),
                fields);
    }
}
