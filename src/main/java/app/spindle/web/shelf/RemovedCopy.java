package app.spindle.web.shelf;

import app.spindle.web.actions.UndoButton;

/**
 * What takes a removed copy's card or row: what happened, and Undo (which puts a copy back with the same
 * folder, rating and fields). After Undo, {@code undo} is null and {@code message} says where the copy went.
 */
public record RemovedCopy(String domId, boolean list, String message, String pending, UndoButton undo) {
}
