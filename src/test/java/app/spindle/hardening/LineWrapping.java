package app.spindle.hardening;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Whether app.css lets a place in a page break long words: {@code overflow-wrap} is inherited, so
 * some element around the text must match a rule that sets it (a rule matches when each of its
 * selector's class and element names is among the ancestors; order is not checked).
 */
final class LineWrapping {
    private static final Pattern RULE = Pattern.compile("([^{}]+)\\{([^}]*)}");
    private static final Pattern TAG = Pattern.compile("<(/?)([a-zA-Z][a-zA-Z0-9]*)([^>]*)>");
    private static final Pattern CLASS = Pattern.compile("class=\"([^\"]*)\"");
    private static final Set<String> VOID = Set.of("area", "base", "br", "col", "embed", "hr", "img", "input", "link",
            "meta", "source", "track", "wbr");

    /** A selector's names: tag names as "li", classes as ".pre". */
    private final List<Set<String>> wrappingSelectors = new ArrayList<>();

    LineWrapping(String css) {
        Matcher rule = RULE.matcher(css.replaceAll("(?s)/\\*.*?\\*/", ""));
        while (rule.find()) {
            if (!rule.group(2).matches("(?s).*overflow-wrap\\s*:\\s*(anywhere|break-word).*")
                    && !rule.group(2).matches("(?s).*word-break\\s*:\\s*break-all.*")) {
                continue;
            }
            for (String selector : rule.group(1).split(",")) {
                Set<String> names = new java.util.HashSet<>();
                Matcher name = Pattern.compile("(\\.?[a-zA-Z][\\w-]*)").matcher(selector.replaceAll(":[\\w-]+(\\([^)]*\\))?", ""));
                while (name.find()) {
                    names.add(name.group(1));
                }
                wrappingSelectors.add(names);
            }
        }
    }

    boolean wraps(String html, int at) {
        Set<String> around = new java.util.HashSet<>(ancestors(html, at));
        return wrappingSelectors.stream().anyMatch(around::containsAll);
    }

    /** Tag names and ".class" names of the elements open at {@code at}. */
    static List<String> ancestors(String html, int at) {
        Deque<List<String>> open = new ArrayDeque<>();
        Matcher tag = TAG.matcher(html).region(0, at);
        while (tag.find()) {
            String name = tag.group(2).toLowerCase(java.util.Locale.ROOT);
            if (tag.group(1).equals("/")) {
                while (!open.isEmpty() && !open.pop().get(0).equals(name)) {
                    // implicitly closed elements (a <p> before a block) go too
                }
            } else if (!VOID.contains(name) && !tag.group(3).endsWith("/")) {
                List<String> names = new ArrayList<>();
                names.add(name);
                Matcher cls = CLASS.matcher(tag.group(3));
                if (cls.find()) {
                    for (String c : cls.group(1).trim().split("\\s+")) {
                        names.add("." + c);
                    }
                }
                open.push(names);
            }
        }
        List<String> all = new ArrayList<>();
        open.forEach(all::addAll);
        return all;
    }
}
