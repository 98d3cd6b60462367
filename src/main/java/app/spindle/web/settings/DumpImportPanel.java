package app.spindle.web.settings;

import app.spindle.dump.ImportStatus;
import app.spindle.web.Urls;

/** The Settings page's dump import card: the form, or the progress of the import that runs. */
public record DumpImportPanel(ImportStatus status, Urls urls, String csrfToken, String path, String error) {
}
