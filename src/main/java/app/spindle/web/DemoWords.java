package app.spindle.web;

/** What the demo says when its stand-in of Discogs finds nothing: it is the demo that does not know the name. */
public final class DemoWords {
    public static final String UNKNOWN_NAME = "The demo does not know that name: its stand-in for Discogs holds "
            + "its own made-up records and about 1,000 real releases of a Discogs data dump sample (David Bowie, "
            + "Elton John, Big Star, Fats Domino…), not all of Discogs. Connected to your own account, Discogs itself answers.";

    private DemoWords() {
    }
}
