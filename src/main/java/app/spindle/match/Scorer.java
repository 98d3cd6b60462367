package app.spindle.match;

import app.spindle.mirror.TrackPosition;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * Scores how well a candidate release fits a digital track. Each field both sides have becomes a
 * {@link ScorePart}; the confidence is the weighted mean of their similarities, renormalised over
 * those parts, then lowered a little for each field the track had but the candidate lacked
 * ({@link ScoreWeights#missingFieldPenalty}). So a search result without a tracklist is not
 * punished like one whose tracklist lacks the title, and an album-title match still scores when the
 * tracklist does not hold the title.
 */
public final class Scorer {

    /** A tracklist entry at least this alike is "the" track, reported with position and side. */
    static final double TRACK_FOUND = 0.7;
    /** Without a tracklist, a release title this alike to the track title counts (singles). */
    static final double RELEASE_TITLE_AS_TRACK = 0.85;
    /**
     * A candidate that only shares the artist (nothing shows the track, the album or the catalog number is
     * on it) keeps this share of its confidence: "a record by the artist" is not a match a person would
     * accept, so it falls below {@link MatchPolicy#plausible} instead of passing for 85 %.
     */
    static final double ARTIST_ONLY_SHARE = 0.55;
    /** A part this alike names the record itself. */
    private static final double NAMES_THE_RECORD = 0.9;

    private final ScoreWeights weights;
    private final TextSimilarity similarity = new TextSimilarity();
    private final FieldSimilarity fields = new FieldSimilarity(similarity);

    public Scorer() {
        this(ScoreWeights.DEFAULT);
    }

    public Scorer(ScoreWeights weights) {
        this.weights = weights;
    }

    public ScoreWeights weights() {
        return weights;
    }

    public Score score(DigitalTrack track, Candidate candidate) {
        return score(NormalizedTrack.of(track), NormalizedCandidate.of(candidate));
    }

    public Score score(NormalizedTrack t, NormalizedCandidate c) {
        Parts parts = new Parts();
        catalogNumber(t, c, parts);
        barcode(t, c, parts);
        TrackMatch match = track(t, c, parts);
        artist(t, c, match, parts);
        album(t, c, parts);
        year(t, c, parts);
        label(t, c, parts);
        vinyl(c, parts);
        return parts.score(c.candidate(), match, asksForARecord(t));
    }

    /** Whether the track names more than an artist: a title, an album, a catalog number or a barcode. */
    private static boolean asksForARecord(NormalizedTrack t) {
        return !t.title().isEmpty() || !t.album().isEmpty() || t.catno() != null || t.barcode() != null;
    }

    private void catalogNumber(NormalizedTrack t, NormalizedCandidate c, Parts parts) {
        if (t.catno() == null) {
            return;
        }
        if (c.catnos().isEmpty()) {
            parts.missing(ScorePart.CATALOG_NUMBER, weights.catalogNumber());
            return;
        }
        CatalogNumber best = c.catnos().get(0);
        CatalogNumber.Agreement agreement = CatalogNumber.Agreement.NONE;
        for (CatalogNumber catno : c.catnos()) {
            CatalogNumber.Agreement a = t.catno().compare(catno);
            if (a.compareTo(agreement) < 0) {
                agreement = a;
                best = catno;
            }
        }
        String mine = t.catno().raw();
        switch (agreement) {
            case EXACT -> parts.add(ScorePart.CATALOG_NUMBER, weights.catalogNumber(), 1.0,
                    "catalog number " + best.raw() + " matches exactly");
            case LEADING_ZEROS -> parts.add(ScorePart.CATALOG_NUMBER, weights.catalogNumber(), 0.9,
                    "catalog number " + best.raw() + " matches " + mine + " but for leading zeros");
            case FORMAT_SUFFIX -> parts.add(ScorePart.CATALOG_NUMBER, weights.catalogNumber(), 0.5,
                    "catalog number " + best.raw() + " is " + mine + " with another format suffix");
            case NONE -> parts.add(ScorePart.CATALOG_NUMBER, weights.catalogNumber(), 0.0,
                    "catalog number " + best.raw() + " differs from " + mine);
        }
    }

    private void barcode(NormalizedTrack t, NormalizedCandidate c, Parts parts) {
        if (t.barcode() == null) {
            return;
        }
        if (c.barcodes().isEmpty()) {
            parts.missing(ScorePart.BARCODE, weights.barcode());
            return;
        }
        boolean same = c.barcodes().stream().anyMatch(b -> b.sameAs(t.barcode()));
        parts.add(ScorePart.BARCODE, weights.barcode(), same ? 1.0 : 0.0,
                same ? "barcode " + t.barcode() + " matches exactly" : "barcode " + t.barcode() + " differs");
    }

    private TrackMatch track(NormalizedTrack t, NormalizedCandidate c, Parts parts) {
        if (t.title().isEmpty()) {
            return null;
        }
        if (c.tracks().isEmpty()) {
            double s = fields.title(t.title(), c.title());
            if (s >= RELEASE_TITLE_AS_TRACK) {
                parts.add(ScorePart.TRACK, weights.track(), s, (s >= 1 ? "the record is called '" : "the record is called nearly '")
                        + c.candidate().title() + "'");
            } else {
                parts.missing(ScorePart.TRACK, weights.track());
            }
            return null;
        }
        NormalizedCandidate.Track best = null;
        double bestSimilarity = -1;
        for (NormalizedCandidate.Track track : c.tracks()) {
            double s = fields.title(t.title(), track.title());
            if (s > bestSimilarity) {
                bestSimilarity = s;
                best = track;
                if (s >= 1) {
                    break;
                }
            }
        }
        if (bestSimilarity < TRACK_FOUND) {
            parts.add(ScorePart.TRACK, weights.track(), bestSimilarity,
                    "the track is not on it (the nearest title is \u201c" + best.raw().title() + "\u201d)");
            return null;
        }
        // where the track sits is shown beside the reasons ("Side B, B2"): the reason says only how alike the titles are
        parts.add(ScorePart.TRACK, weights.track(), bestSimilarity, bestSimilarity >= 1 ? Score.SAME_TITLE
                : "nearly the same title: \u201c" + best.raw().title() + "\u201d");
        TrackPosition position = TrackPosition.parse(best.raw().position());
        return new TrackMatch(position.position(), position.side(), position.disc(), best.raw().title(), bestSimilarity);
    }

    private void artist(NormalizedTrack t, NormalizedCandidate c, TrackMatch match, Parts parts) {
        if (t.artist().isEmpty()) {
            return;
        }
        List<String> guests = new ArrayList<>(t.artist().featured());
        guests.addAll(t.title().featured());
        double s = c.artist().various() || c.artist().isEmpty() ? -1 : fields.artist(t.artist(), guests, c.artist());
        String against = c.candidate().artist();
        if (match != null) {
            // a compilation or split release credits the track itself
            for (NormalizedCandidate.Track track : c.tracks()) {
                if (track.raw().title().equals(match.title()) && !track.artist().isEmpty()) {
                    double ts = fields.artist(t.artist(), guests, track.artist());
                    if (ts > s) {
                        s = ts;
                        against = String.join(", ", track.raw().artists());
                    }
                }
            }
        }
        if (s < 0) {
            parts.missing(ScorePart.ARTIST, weights.artist());
            return;
        }
        parts.add(ScorePart.ARTIST, weights.artist(), s, s >= 1 ? Score.SAME_ARTIST
                : s >= NAMES_THE_RECORD ? "nearly the same artist: " + against
                : s >= 0.5 ? "a similar artist: " + against : "another artist: " + against);
    }

    private void album(NormalizedTrack t, NormalizedCandidate c, Parts parts) {
        if (t.album().isEmpty()) {
            return;
        }
        if (c.album().isEmpty()) {
            parts.missing(ScorePart.ALBUM, weights.album());
            return;
        }
        double s = similarity.compact(t.album(), c.album());
        parts.add(ScorePart.ALBUM, weights.album(), s, s >= 0.9
                ? "same album: " + c.candidate().title() : "another album: " + c.candidate().title());
    }

    private void year(NormalizedTrack t, NormalizedCandidate c, Parts parts) {
        Integer mine = t.year();
        Integer theirs = c.candidate().year();
        if (mine == null) {
            return;
        }
        if (theirs == null) {
            parts.missing(ScorePart.YEAR, weights.year());
            return;
        }
        int distance = Math.abs(mine - theirs);
        double s = Math.max(0, 1 - weights.yearStep() * distance);
        // the cost in confidence is only known once all parts are in: Parts.score fills it in
        parts.add(ScorePart.YEAR, weights.year(), s, distance == 0 ? "year " + theirs + " matches" : "year " + mine + " vs " + theirs);
    }

    private void label(NormalizedTrack t, NormalizedCandidate c, Parts parts) {
        if (t.label().isEmpty()) {
            return;
        }
        if (c.labels().isEmpty()) {
            parts.missing(ScorePart.LABEL, weights.label());
            return;
        }
        double s = c.labels().stream().mapToDouble(l -> similarity.compact(t.label(), l)).max().orElse(0);
        parts.add(ScorePart.LABEL, weights.label(), s,
                (s >= NAMES_THE_RECORD ? "same label: " : "another label: ") + String.join(", ", c.candidate().labels()));
    }

    private void vinyl(NormalizedCandidate c, Parts parts) {
        if (c.vinyl() == null) {
            parts.missing(ScorePart.VINYL, weights.vinyl());
            return;
        }
        parts.add(ScorePart.VINYL, weights.vinyl(), c.vinyl() ? 1.0 : 0.0, c.vinyl()
                ? "on vinyl" : c.candidate().formats().isEmpty() ? "not vinyl"
                : VinylPointer.THIS_IS_A + c.candidate().formats().get(0));
    }

    static String percent(double similarity) {
        return Math.round(similarity * 100) + " %";
    }

    /** The parts collected for one candidate, and the missing fields' weight. */
    private final class Parts {
        private final List<ScorePart> present = new ArrayList<>();
        private final List<String> missing = new ArrayList<>();
        private double missingWeight;

        void add(String name, double weight, double similarity, String explanation) {
            present.add(new ScorePart(name, weight, similarity, explanation));
        }

        void missing(String name, double weight) {
            missing.add(name);
            missingWeight += weight;
        }

        /**
         * Whether a part present names this very record: the track found on it (as alike as {@link #TRACK_FOUND}
         * asks), its title as the album, its catalog number (even with another format suffix) or barcode.
         */
        private boolean namesTheRecord() {
            return present.stream().anyMatch(p -> switch (p.name()) {
                case ScorePart.TRACK -> p.similarity() >= TRACK_FOUND;
                case ScorePart.ALBUM -> p.similarity() >= NAMES_THE_RECORD;
                case ScorePart.CATALOG_NUMBER, ScorePart.BARCODE -> p.similarity() >= 0.5;
                default -> false;
            });
        }

        Score score(Candidate candidate, TrackMatch match, boolean askedForARecord) {
            double total = present.stream().mapToDouble(ScorePart::weight).sum();
            if (total == 0) {
                return new Score(candidate, 0, List.of(), missing, match);
            }
            double mean = present.stream().mapToDouble(p -> p.weight() * p.similarity()).sum() / total;
            double coverage = total / (total + missingWeight);
            double scale = 1 - weights.missingFieldPenalty() * (1 - coverage);
            if (askedForARecord && !namesTheRecord()) {
                scale *= ARTIST_ONLY_SHARE;
                if (present.stream().noneMatch(p -> p.name().equals(ScorePart.TRACK))) {
                    present.add(new ScorePart(ScorePart.TRACK, 0, 0, "nothing shows the track is on this record"));
                }
            }
            List<ScorePart> parts = new ArrayList<>();
            for (ScorePart p : present) {
                if (p.name().equals(ScorePart.YEAR) && p.similarity() < 1) {
                    double cost = p.weight() * (1 - p.similarity()) / total * scale;
                    p = new ScorePart(p.name(), p.weight(), p.similarity(),
                            p.explanation() + String.format(Locale.ROOT, ": \u2212%.2f", cost));
                }
                parts.add(p);
            }
            parts.sort(Comparator.comparingDouble((ScorePart p) -> p.weight() * p.similarity()).reversed());
            return new Score(candidate, mean * scale, parts, missing, match);
        }
    }
}
