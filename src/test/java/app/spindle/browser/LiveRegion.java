package app.spindle.browser;

import com.codeborne.selenide.Selenide;

/** The layout's live region: what a screen reader is told after a swap. */
final class LiveRegion {
    private LiveRegion() {
    }

    /** Waits until the live region says exactly {@code words}. */
    static void shouldSay(String words) {
        Selenide.Wait().withMessage(() -> "the live region should say \"" + words + "\" but says \"" + says() + "\"")
                .until(d -> says().equals(words));
    }

    private static String says() {
        return Selenide.executeJavaScript("return document.getElementById('live-region').textContent.trim()");
    }
}
