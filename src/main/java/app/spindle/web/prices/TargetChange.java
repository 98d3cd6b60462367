package app.spindle.web.prices;

import app.spindle.web.Params;

/** What the price block's form asks for with its {@code do} button: its word is the name in lower case. */
public enum TargetChange {
    SAVE, CLEAR;

    /** The button's word; saving when none is given (Enter in the price field). */
    static TargetChange of(String word) {
        return Params.word(word, values(), SAVE, "Say what to do with the target: save or clear.");
    }

    public String word() {
        return Params.lowerCase(this);
    }
}
