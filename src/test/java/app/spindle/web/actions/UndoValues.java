package app.spindle.web.actions;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.text.StringEscapeUtils;

/** The values an answer's Undo button sends, read from its hx-vals attribute as htmx would. */
public final class UndoValues {
    private static final Pattern UNDO = Pattern.compile("hx-vals=\"([^\"]*)\"[^>]*>\\s*Undo");

    private UndoValues() {
    }

    public static Map<String, String> of(String html) {
        Matcher m = UNDO.matcher(html);
        assertTrue(m.find(), html);
        String json = StringEscapeUtils.unescapeHtml4(m.group(1));
        try {
            return new ObjectMapper().readValue(json, new TypeReference<Map<String, String>>() { });
        } catch (IOException e) {
            throw new AssertionError(json, e);
        }
    }
}
