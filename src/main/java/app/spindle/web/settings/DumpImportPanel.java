package app.spindle.web.settings;

import app.spindle.dump.ImportStatus;
import app.spindle.web.LiveRegion;
import app.spindle.web.Urls;

/** The Settings page's dump import card: the form, or the progress of the import that runs. */
public record DumpImportPanel(ImportStatus status, Urls urls, String csrfToken, String path, String error) {

    /** For the page's live region; a failure needs none, its role="alert" message speaks for itself. */
    public String announcement() {
        return switch (status.state()) {
            case LISTING -> "Listing your collection and wantlist first.";
            case RUNNING -> "Importing " + status.file() + LiveRegion.roughly(status.percent(), 100) + ".";
            case SUCCEEDED -> "Imported " + status.file() + ".";
            case INTERRUPTED -> "Stopped importing " + status.file() + ".";
            case IDLE, FAILED -> null;
        };
    }
}
