package app.spindle.mirror;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.ColonPrefixSqlParser;
import org.jdbi.v3.core.statement.DefinedAttributeTemplateEngine;
import org.jdbi.v3.core.statement.ParsedSql;
import org.jdbi.v3.core.statement.StatementContext;
import org.jdbi.v3.core.statement.TemplateEngine;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The one-pass reader of statements reads every text as Jdbi's own ANTLR readers do: the same SQL sent to SQLite,
 * the same parameters in the same order, the same refusals — for the tricky corners of the grammar, for thousands
 * of random texts made of the characters that matter, and for every string and text block of the main code.
 */
class StatementSyntaxTest {
    private static final ColonPrefixSqlParser JDBI_PARAMETERS = new ColonPrefixSqlParser();
    private static final TemplateEngine JDBI_ATTRIBUTES = new DefinedAttributeTemplateEngine();
    private static final List<String> CORNERS = List.of(
            "SELECT * FROM t WHERE a = :a AND b = :b_2 OR c = :c.d", "SELECT 1 -- :x\n, :y", "SELECT 1 // :x\n, :y",
            "SELECT '::a' , :b::c", "a /* :x */ :y", "a /* :x  :y", "a ' :x", "a '\\' :x ' :y", "a \"\" :x", "a \" :x",
            "a \\:x :y", "a \\", ":a.b :c?.d", ":e? x", "x ? y", "x ?? y ???", ":a:b", ":é1 :$x", "a 'it''s :x' :y",
            "x\\'y :z", "end :", "::", ":::a", "a [:x] `:y`", "json_extract(j, '$.a') = :v", "x = ? AND y = :y",
            "'\\\\' :x", "'a\\'", "'a\\' b' :c", "/*/ :x */ :y", "-- only a comment", "--", "\\é :x", ":\uD83C\uDFB5a",
            ":a\uD83C", "\uDC00:x", "a <x> -- <x>\n<x>", "a // <x>\n<x>", "<a.b> <é> <$x> <_1> <x y>",
            "'<x>' \"<x>\" /*<x>*/ \\<x> <x", "a <> b < c > d <<x>>", "\\:y \\\\ '\\' <x> '", "<zz>", "<a?.b> <a-b> <1> <.>",
            "IN (<ids>) AND kind = :kind", "");

    private static Handle handle;
    private static StatementContext context;

    @BeforeAll
    static void openContext() {
        handle = Jdbi.create("jdbc:sqlite::memory:").open();
        var query = handle.createQuery("SELECT 1");
        for (String name : List.of("x", "ids", "a.b", "é", "$x", "_1", "1", ".", "a1", "b")) {
            query.define(name, "[" + name + "]");
        }
        context = query.getContext();
    }

    @AfterAll
    static void close() {
        handle.close();
    }

    @Test
    void the_corners_of_the_grammar_read_as_jdbi_reads_them() {
        for (String sql : CORNERS) {
            assertSameReading(sql);
        }
    }

    @Test
    void random_texts_of_the_characters_that_matter_read_as_jdbi_reads_them() {
        String alphabet = ":?'\"\\/*-<>.$_ab1é\n \uD83C\uDFB5\uDC00";
        Random random = new Random(20261204);
        for (int i = 0; i < 3_000; i++) {
            StringBuilder text = new StringBuilder();
            int length = random.nextInt(16);
            for (int c = 0; c < length; c++) {
                text.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            assertSameReading(text.toString());
        }
    }

    @Test
    void every_string_and_text_block_of_the_main_code_reads_as_jdbi_reads_it() throws IOException {
        Pattern literal = Pattern.compile("\"\"\"\\n(.*?)\"\"\"|\"((?:[^\"\\\\\\n]|\\\\.)*)\"", Pattern.DOTALL);
        List<String> texts = new ArrayList<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                Matcher m = literal.matcher(Files.readString(file));
                while (m.find()) {
                    String text = m.group(1) != null ? m.group(1) : m.group(2);
                    if (text.indexOf(':') >= 0 || text.indexOf('?') >= 0 || text.indexOf('<') >= 0 || text.indexOf('\\') >= 0) {
                        texts.add(text);
                    }
                }
            }
        }
        assertTrue(texts.size() > 300, "texts found: " + texts.size());
        texts.forEach(StatementSyntaxTest::assertSameReading);
    }

    @Test
    void a_statement_read_once_is_not_read_again() {
        String sql = "SELECT :a FROM t WHERE b = :b";
        ParsedSql first = StatementSyntax.INSTANCE.parse(sql, (StatementContext) null);
        assertTrue(first == StatementSyntax.INSTANCE.parse(new String(sql.toCharArray()), (StatementContext) null));
    }

    private static void assertSameReading(String sql) {
        assertEquals(jdbiParameters(sql), outcome(() -> describe(StatementSyntax.parameters(sql))), "parameters of " + sql);
        assertEquals(jdbiAttributes(sql), outcome(() -> StatementSyntax.INSTANCE.render(sql, context)), "attributes of " + sql);
    }

    private static String jdbiParameters(String sql) {
        return outcome(() -> describe(JDBI_PARAMETERS.parse(sql, null)));
    }

    private static String jdbiAttributes(String sql) {
        return outcome(() -> JDBI_ATTRIBUTES.render(sql, context));
    }

    /** What a reading gives, or which refusal with which message (and the message of its cause). */
    private static String outcome(java.util.function.Supplier<String> reading) {
        try {
            return reading.get();
        } catch (RuntimeException e) {
            String cause = e.getCause() == null ? "" : " / " + e.getCause().getMessage();
            return e.getClass().getSimpleName() + ": " + e.getMessage() + cause;
        }
    }

    private static String describe(ParsedSql parsed) {
        return parsed.getSql() + " | " + parsed.getParameters().getParameterNames() + " positional "
                + parsed.getParameters().isPositional();
    }
}
