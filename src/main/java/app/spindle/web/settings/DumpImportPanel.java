package app.spindle.web.settings;

import app.spindle.dump.ImportStatus;

/** The Settings page's dump import card: the form, or the progress of the import that runs. */
public record DumpImportPanel(ImportStatus status, String basePath, String csrfToken, String path, String error) {

    public String url(String p) {
        return basePath + p;
    }
}
