package app.spindle.web;

/** The status partial: figures plus the links its polling needs. */
public record StatusPanel(ApiStatus status, Urls urls) {

    /** For the page's live region: the state, phase and rough progress, so that polling does not chatter. */
    public String announcement() {
        ApiStatus.Sync sync = status.sync();
        if (sync.state().equals("disconnected")) {
            return "Not connected to Discogs.";
        }
        if (!sync.state().equals("running")) {
            return "Sync " + sync.state() + ".";
        }
        return "Sync running" + (sync.phase() == null ? "" : ": " + sync.phase())
                + LiveRegion.roughly(sync.done(), sync.total()) + ".";
    }
}
