package app.spindle.match;

/** How the tracks of a batch stand: still to match, and each outcome; {@code accepted} counts links made. */
public record BatchCounts(int pending, int owned, int found, int ambiguous, int none, int failed, int accepted) {

    public int matched() {
        return owned + found + ambiguous + none + failed;
    }

    public int total() {
        return pending + matched();
    }
}
