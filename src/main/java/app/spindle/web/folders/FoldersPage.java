package app.spindle.web.folders;

import app.spindle.web.Layout;

/** The Folders page: the panel in the page layout. */
public record FoldersPage(Layout layout, FoldersView folders) {
}
