package app.spindle.browser;

import com.codeborne.selenide.Selenide;
import com.codeborne.selenide.SelenideElement;
import java.time.Duration;
import org.openqa.selenium.Keys;

/** Where the keyboard focus is, and the keys a keyboard user presses: for the journeys that check focus. */
final class Focus {
    private Focus() {
    }

    /** "a#view-list List", for failure messages. */
    static String describe() {
        return Selenide.executeJavaScript("var e = document.activeElement; return !e ? 'nothing' : e.tagName.toLowerCase()"
                + " + (e.id ? '#' + e.id : '') + ' \"' + (e.textContent || '').trim().replace(/\\s+/g, ' ').slice(0, 60) + '\"'");
    }

    static boolean isOn(String css) {
        return Boolean.TRUE.equals(Selenide.executeJavaScript(
                "return !!document.activeElement && document.activeElement.matches(arguments[0])", css));
    }

    /** Whether the focus moves off the body (where a page starts) within {@code wait}. */
    static boolean leftTheBody(Duration wait) {
        long end = System.nanoTime() + wait.toNanos();
        while (System.nanoTime() < end) {
            if (!isOn("body")) {
                return true;
            }
            Selenide.sleep(100);
        }
        return !isOn("body");
    }

    /** Waits until the focus is on an element matching {@code css}. */
    static void shouldBeOn(String css) {
        Selenide.Wait().withMessage(() -> "focus should be on " + css + " but is on " + describe())
                .until(d -> isOn(css));
    }

    /** Puts the focus on an element as Tab would, then presses Enter on it. */
    static void enterOn(SelenideElement element) {
        Selenide.executeJavaScript("arguments[0].focus()", element);
        press(Keys.ENTER);
    }

    static void press(CharSequence key) {
        Selenide.actions().sendKeys(key).perform();
    }
}
