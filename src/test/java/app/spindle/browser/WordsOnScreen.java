package app.spindle.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.codeborne.selenide.Selenide;
import java.util.List;

/** Checks of how text sits on the page as the browser laid it out: words whole on one line, nothing wider than the screen. */
final class WordsOnScreen {
    /**
     * The words (runs of letters and digits between spaces and hyphens) of every visible text under the
     * selector whose characters lie on more than one line: a word on one line has one client rect.
     */
    private static final String BROKEN_WORDS = """
            const broken = [];
            let words = 0;
            for (const root of document.querySelectorAll(arguments[0])) {
              if (!root.offsetParent && getComputedStyle(root).position !== 'fixed') continue;
              const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
              for (let node = walker.nextNode(); node; node = walker.nextNode()) {
                for (const match of node.data.matchAll(/[^\\s\\-\\u2010-\\u2014\\/·]+/g)) {
                  const range = document.createRange();
                  range.setStart(node, match.index);
                  range.setEnd(node, match.index + match[0].length);
                  const rects = [...range.getClientRects()].filter(r => r.width > 0);
                  if (rects.length === 0) continue;
                  words++;
                  if (rects.length > 1) broken.push(match[0]);
                }
              }
            }
            return [String(words), ...broken];
            """;

    private WordsOnScreen() {
    }

    static void assertWordsWhole(String page, String selector) {
        assertWordsWhole(page, selector, 50);
    }

    static void assertWordsWhole(String page, String selector, int atLeast) {
        @SuppressWarnings("unchecked")
        List<String> result = (List<String>) Selenide.executeJavaScript(BROKEN_WORDS, selector);
        int words = Integer.parseInt(result.get(0));
        assertTrue(words > atLeast, page + " shows too few words to judge: " + words);
        assertEquals(List.of(), result.subList(1, result.size()), "words split across lines on the " + page);
    }

    /** The page scrolls only up and down: no element reaches past the window's right edge. */
    static void assertNoSidewaysScroll(String page) {
        @SuppressWarnings("unchecked")
        List<Object> wide = (List<Object>) Selenide.executeJavaScript("""
                const width = document.documentElement.clientWidth;
                const over = [...document.querySelectorAll('main *')]
                    .filter(e => e.getBoundingClientRect().right > width + 1 && getComputedStyle(e).position !== 'fixed')
                    .filter(e => !e.closest('dialog:not([open])'))
                    .map(e => e.tagName.toLowerCase() + (e.id ? '#' + e.id : '') + (e.className ? '.' + e.className : ''));
                return [String(document.documentElement.scrollWidth - width), ...over.slice(0, 8)];
                """);
        assertEquals("0", wide.get(0), "the " + page + " scrolls sideways; too wide: " + wide.subList(1, wide.size()));
    }
}
