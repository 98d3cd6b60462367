package app.spindle.mirror;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import org.jdbi.v3.core.config.ConfigRegistry;
import org.jdbi.v3.core.statement.ParsedSql;
import org.jdbi.v3.core.statement.SqlParser;
import org.jdbi.v3.core.statement.StatementContext;
import org.jdbi.v3.core.statement.TemplateEngine;
import org.jdbi.v3.core.statement.UnableToCreateStatementException;

/**
 * Jdbi's two readings of a statement — its {@code <name>} attributes ({@code bindList}) and its {@code :name}
 * parameters — each done in one pass over the text. Jdbi reads both with ANTLR lexers whose predicates keep
 * ANTLR from caching its DFA, so every character walks the lexer's whole ATN: about 4 ms for a 750-character
 * statement under the C1-only compiler the app runs with (BENCHMARKS.md), paid for each statement a Jdbi has not
 * read before — every new filter combination of a shelf page, every list length of a {@code bindList}. The
 * grammar is Jdbi 3.55's (its ColonStatementLexer and DefineStatementLexer): comments, quoted text and quoted
 * names are copied as they are, a backslash outside them escapes the next character; StatementSyntaxTest holds
 * the output to Jdbi's own readers.
 */
final class StatementSyntax implements SqlParser, TemplateEngine.Parsing {
    static final StatementSyntax INSTANCE = new StatementSyntax();

    /** The statements in code are constants; the cap only bounds what generated SQL could pile up. */
    private static final int CACHED_AT_MOST = 4_096;
    private final Map<String, ParsedSql> parsed = new ConcurrentHashMap<>();

    private StatementSyntax() {
    }

    @Override
    public ParsedSql parse(String sql, StatementContext ctx) {
        ParsedSql known = parsed.get(sql);
        if (known != null) {
            return known;
        }
        if (parsed.size() >= CACHED_AT_MOST) {
            parsed.clear();
        }
        ParsedSql read = parameters(sql);
        parsed.put(sql, read);
        return read;
    }

    @Override
    public String nameParameter(String rawName, StatementContext ctx) {
        return ":" + rawName;
    }

    /** {@code :name} becomes a named parameter, a lone {@code ?} a positional one; {@code ::} and {@code ??} stay. */
    static ParsedSql parameters(String sql) {
        ParsedSql.Builder out = ParsedSql.builder();
        StringBuilder text = new StringBuilder(sql.length());
        int n = sql.length();
        int i = 0;
        while (i < n) {
            int verbatim = verbatimEnd(sql, i);
            if (verbatim > 0) {
                text.append(sql, i, verbatim);
                i = verbatim;
                continue;
            }
            char c = sql.charAt(i);
            if (c == '\\' && i + 1 < n) {
                i = escaped(sql, i, text);
            } else if ((c == ':' || c == '?') && i + 1 < n && sql.charAt(i + 1) == c) {
                text.append(c).append(c);
                i += 2;
            } else if (c == ':' && nameEnd(sql, i + 1, true) > i + 1) {
                int end = nameEnd(sql, i + 1, true);
                out.append(text.toString()).appendNamedParameter(sql.substring(i + 1, end));
                text.setLength(0);
                i = end;
            } else if (c == '?') {
                out.append(text.toString()).appendPositionalParameter();
                text.setLength(0);
                i++;
            } else {
                text.append(c);
                i++;
            }
        }
        return out.append(text.toString()).build();
    }

    @Override
    public Optional<Function<StatementContext, String>> parse(String template, ConfigRegistry config) {
        List<String> parts = new ArrayList<>(); // literal text and attribute tokens by turns, text first
        StringBuilder text = new StringBuilder(template.length());
        int n = template.length();
        int i = 0;
        while (i < n) {
            int verbatim = verbatimEnd(template, i);
            if (verbatim > 0) {
                text.append(template, i, verbatim);
                i = verbatim;
                continue;
            }
            char c = template.charAt(i);
            int end;
            if (c == '\\' && i + 1 < n) {
                i = escaped(template, i, text);
            } else if (c == '<' && (end = nameEnd(template, i + 1, false)) > i + 1 && end < n && template.charAt(end) == '>') {
                parts.add(text.toString());
                parts.add(template.substring(i, end + 1));
                text.setLength(0);
                i = end + 1;
            } else {
                text.append(c);
                i++;
            }
        }
        parts.add(text.toString());
        if (parts.size() == 1) {
            String only = parts.get(0);
            return Optional.of(ctx -> only);
        }
        return Optional.of(ctx -> render(template, parts, ctx));
    }

    private static String render(String template, List<String> parts, StatementContext ctx) {
        StringBuilder sql = new StringBuilder();
        for (int p = 0; p < parts.size(); p++) {
            String part = parts.get(p);
            if (p % 2 == 0) {
                sql.append(part);
                continue;
            }
            Object value = ctx.getAttribute(part.substring(1, part.length() - 1));
            if (value == null) {
                throw new UnableToCreateStatementException("Error rendering SQL template: '" + template + "'",
                        new UnableToCreateStatementException("Undefined attribute for token '" + part + "'", ctx), ctx);
            }
            sql.append(value);
        }
        return sql.toString();
    }

    /** The end of the comment, quoted text or double-quoted name starting at {@code i}, or -1 when none does. */
    private static int verbatimEnd(String sql, int i) {
        int n = sql.length();
        char c = sql.charAt(i);
        char next = i + 1 < n ? sql.charAt(i + 1) : 0;
        if (c == '/' && next == '*') {
            int close = sql.indexOf("*/", i + 2);
            return close < 0 ? -1 : close + 2;
        }
        if ((c == '/' && next == '/') || (c == '-' && next == '-')) {
            int end = i + 2;
            while (end < n && sql.charAt(end) != '\n' && sql.charAt(end) != '\r') {
                end++;
            }
            return end;
        }
        if (c == '"') {
            int close = sql.indexOf('"', i + 1);
            return close <= i + 1 ? -1 : close + 1; // at least one character between the quotes
        }
        if (c == '\'') {
            // inside, a quote may stand only right after a backslash; the text runs to the farthest quote it can
            int farthest = -1;
            for (int j = i + 1; j < n; j++) {
                if (sql.charAt(j) == '\'') {
                    if (j - 1 <= i || sql.charAt(j - 1) != '\\') {
                        return j + 1;
                    }
                    farthest = j + 1;
                }
            }
            return farthest;
        }
        return -1;
    }

    /** Appends the character after the backslash at {@code i} without the backslash; returns where to go on. */
    private static int escaped(String sql, int i, StringBuilder text) {
        int codePoint = sql.codePointAt(i + 1);
        text.appendCodePoint(codePoint);
        return i + 1 + Character.charCount(codePoint);
    }

    /**
     * The end of the name starting at {@code from}: letters (any beyond ASCII too), digits, {@code $}, {@code _},
     * {@code .}, and for a parameter {@code ?.} as well.
     */
    private static int nameEnd(String sql, int from, boolean parameter) {
        int n = sql.length();
        int j = from;
        while (j < n) {
            char c = sql.charAt(j);
            if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '$' || c == '_'
                    || c == '.') {
                j++;
            } else if (parameter && c == '?' && j + 1 < n && sql.charAt(j + 1) == '.') {
                j += 2;
            } else if (Character.isHighSurrogate(c)) {
                if (j + 1 < n && Character.isLowSurrogate(sql.charAt(j + 1))) {
                    j += 2;
                } else {
                    break;
                }
            } else if (c > 0x7f) {
                j++;
            } else {
                break;
            }
        }
        return j;
    }
}
