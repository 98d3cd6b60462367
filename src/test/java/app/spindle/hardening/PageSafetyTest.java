package app.spindle.hardening;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The page checks themselves: what counts as a stack trace on a page, and what does not. */
class PageSafetyTest {
    @Test
    void a_frame_an_exception_or_a_source_line_is_a_stack_trace_and_words_about_java_are_not() {
        for (String trace : List.of("java.lang.IllegalStateException: no rows", "\tat app.spindle.web.Routes.show(Routes.java:12)",
                "<pre>at org.jdbi.v3.core.Handle.execute(Unknown Source)</pre>", "at java.util.List.of(", "at java.base/java.lang.Thread.run(Thread.java:833)",
                "(ShelfReader.java:42)", "x at io.javalin.http.Context.result(")) {
            assertThrows(AssertionError.class, () -> PageSafety.assertNoStackTrace("page", "<p>" + trace + "</p>"), trace);
        }
        for (String words : List.of("Look at that: a Java record", "what a java.util fan", "at javanese speed", "format: 12\"",
                "<p>Exception handling</p>", "bat org.x(")) {
            assertDoesNotThrow(() -> PageSafety.assertNoStackTrace("page", words), words);
        }
    }
}
