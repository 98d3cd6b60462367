package app.spindle.web.actions;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.text.StringEscapeUtils;

/** The values a button in an answer sends (Undo, Confirm), read from its hx-vals attribute as htmx would. */
public final class HxVals {
    private HxVals() {
    }

    /** The hx-vals of the first button whose text starts with {@code words}. */
    public static Map<String, String> of(String html, String words) {
        Matcher m = Pattern.compile("hx-vals=\"([^\"]*)\"[^>]*>\\s*" + Pattern.quote(words)).matcher(html);
        assertTrue(m.find(), html);
        String json = StringEscapeUtils.unescapeHtml4(m.group(1));
        try {
            return new ObjectMapper().readValue(json, new TypeReference<Map<String, String>>() { });
        } catch (IOException e) {
            throw new AssertionError(json, e);
        }
    }
}
