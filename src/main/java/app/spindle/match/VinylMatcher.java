package app.spindle.match;

import app.spindle.discogs.DiscogsClient;
import app.spindle.discogs.DiscogsException;
import app.spindle.discogs.Priority;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BooleanSupplier;
import app.spindle.mirror.query.ReadSide;
import org.jdbi.v3.core.Jdbi;

/**
 * Finds the vinyl releases a digital track is on. The mirror first (what the user owns or wants, with
 * tracklists, so it says where on the record); Discogs only when the mirror has no confident answer,
 * through {@link SearchPlan}'s searches from the most selective on, each from the cache or costing one
 * request, stopping as soon as a candidate is confident. A record found only in another format is
 * expanded to its master's vinyl pressings.
 */
public final class VinylMatcher {

    /** How far to look, and in which lane of the shared rate budget. */
    public enum Mode {
        /** The mirror alone: no request, whatever the result. */
        MIRROR_ONLY,
        /** A person is waiting: Discogs requests take the next free slot. */
        INTERACTIVE,
        /** A bulk batch: Discogs requests wait behind people's. */
        BACKGROUND
    }

    private final MirrorReleases releases;
    private final MirrorSource live;
    private final DiscogsCandidates discogs;
    private final BooleanSupplier discogsReady;
    private final Ranking ranking;
    private final MatchPolicy policy;

    /**
     * @param client       Discogs, or null to match against the mirror only
     * @param discogsReady whether an account is connected (Discogs search needs one)
     */
    public VinylMatcher(Jdbi jdbi, Clock clock, DiscogsClient client, BooleanSupplier discogsReady, MatchPolicy policy) {
        this(jdbi, ReadSide.ownConnections(jdbi), clock, client, discogsReady, policy);
    }

    /** Reads the mirror on {@code reads} (the read side's kept-open connections for the match page); caches on {@code jdbi}. */
    public VinylMatcher(Jdbi jdbi, ReadSide reads, Clock clock, DiscogsClient client, BooleanSupplier discogsReady,
                        MatchPolicy policy) {
        this(reads, new MirrorReleases(reads, clock, Duration.ofSeconds(30)),
                client == null ? null : new DiscogsCandidates(client, new SearchCache(jdbi, reads, clock, policy.searchCacheTtl())),
                discogsReady, new Ranking(new Scorer()), policy);
    }

    private VinylMatcher(ReadSide reads, MirrorReleases releases, DiscogsCandidates discogs, BooleanSupplier discogsReady,
                 Ranking ranking, MatchPolicy policy) {
        this.releases = releases;
        this.live = new LiveMirror(new MirrorLookup(reads, 30), releases);
        this.discogs = discogs;
        this.discogsReady = discogsReady;
        this.ranking = ranking;
        this.policy = policy;
    }

    public MatchPolicy policy() {
        return policy;
    }

    public MatchResult match(DigitalTrack track, Mode mode) {
        return match(track, mode, live);
    }

    /**
     * The mirror in memory for a bulk run, or null when it is too large to hold (the run then asks
     * SQLite per track). Take a new one per batch: it does not see what the mirror learns later.
     */
    public MirrorSource snapshot() {
        MirrorSnapshot.Contents contents = releases.loadAll(MirrorSnapshot.MAX_RELEASES);
        return contents == null ? null : new MirrorSnapshot(contents, 30);
    }

    /** Matches against a {@link #snapshot} of the mirror (or the live mirror when it is null). */
    public MatchResult match(DigitalTrack track, Mode mode, MirrorSource mirror) {
        if (mirror == null) {
            mirror = live;
        }
        DigitalTrack asked = track;
        track = TagConventions.undo(track);
        NormalizedTrack normalized = NormalizedTrack.of(track);
        List<NormalizedCandidate> pool = new ArrayList<>();
        Set<Long> seen = new HashSet<>();
        RankedCandidates ranked = null;
        for (MirrorLookup.Stage stage : MirrorLookup.Stage.values()) {
            for (NormalizedCandidate c : mirror.find(track, stage)) {
                if (seen.add(c.candidate().releaseId())) {
                    pool.add(c);
                }
            }
            ranked = rank(normalized, pool);
            if (confident(ranked)) {
                break;
            }
        }
        // a confident answer from the mirror ends the search even when it is a CD: no request for what the
        // user already has; the page links the master's vinyl pressings
        if (mode == Mode.MIRROR_ONLY || confident(ranked) || discogs == null || !discogsReady.getAsBoolean()) {
            return result(asked, ranked, 0, 0, null);
        }
        Priority lane = mode == Mode.INTERACTIVE ? Priority.INTERACTIVE : Priority.BACKGROUND;
        int budget = mode == Mode.INTERACTIVE ? policy.interactiveSearches() : policy.backgroundSearches();
        Map<Long, Long> masters = new HashMap<>();
        int requests = 0;
        int searches = 0;
        try {
            for (Map<String, String> query : queries(track)) {
                if (searches >= budget) {
                    break;
                }
                DiscogsCandidates.Answer answer = discogs.search(query, lane);
                searches++;
                requests += answer.requested() ? 1 : 0;
                add(pool, answer, masters, mirror);
                ranked = rank(normalized, pool);
                if (confidentOnVinyl(ranked)) {
                    break;
                }
            }
            // one search past the budget: the record is known, only its vinyl pressings are missing
            Score best = ranked.best();
            Long master = best == null ? null : masters.getOrDefault(best.candidate().releaseId(),
                    mirror.masterOf(best.candidate().releaseId()));
            if (master != null && best.confidence() >= policy.plausible() && notVinyl(best.candidate())) {
                DiscogsCandidates.Answer answer = discogs.vinylPressings(master, best.candidate().artist(), lane);
                searches++;
                requests += answer.requested() ? 1 : 0;
                add(pool, answer, masters, mirror);
                ranked = rank(normalized, pool);
            }
        } catch (DiscogsException e) {
            return result(asked, ranked, requests, searches, e);
        }
        return result(asked, ranked, requests, searches, null);
    }

    /**
     * The searches to run, with the first artist of a credit of several. Year-filtered searches are left
     * out: a file's year is as often a reissue's or a remaster's as the record's, so the filter mostly
     * costs a request that finds nothing, while the scorer already prefers the pressing of the right
     * year among the unfiltered results.
     */
    static List<Map<String, String>> queries(DigitalTrack track) {
        List<String> names = TextNormalizer.artist(track.artist()).names();
        String firstName = names.size() > 1 ? names.get(0) : null;
        return SearchPlan.queries(track).stream().filter(q -> !q.containsKey("year"))
                .map(q -> firstName == null || !q.containsKey("artist") ? q : withArtist(q, firstName))
                .distinct().toList();
    }

    /** "A & B" as one artist finds only releases of an artist named so; the first name finds their records. */
    private static Map<String, String> withArtist(Map<String, String> query, String artist) {
        Map<String, String> changed = new java.util.LinkedHashMap<>(query);
        changed.put("artist", artist);
        return changed;
    }

    /**
     * Ranks the pool, leaving out mirrored releases whose details are not fetched yet and whose title is
     * not the track's: without a tracklist nothing says the track is on them, and an artist match alone
     * would look confident. (A Discogs search hit has no tracklist either, but the search found the track.)
     */
    private RankedCandidates rank(NormalizedTrack track, List<NormalizedCandidate> pool) {
        RankedCandidates ranked = ranking.rankNormalized(track, pool);
        if (track.title().isEmpty()) {
            return ranked;
        }
        Set<Long> unknown = new HashSet<>();
        for (Score s : ranked.scored()) {
            if (s.candidate().source() == CandidateSource.MIRROR && s.candidate().tracks().isEmpty()
                    && s.part(ScorePart.TRACK).isEmpty()) {
                unknown.add(s.candidate().releaseId());
            }
        }
        if (unknown.isEmpty()) {
            return ranked;
        }
        pool.removeIf(c -> c.candidate().source() == CandidateSource.MIRROR && unknown.contains(c.candidate().releaseId()));
        return ranking.rankNormalized(track, pool);
    }

    private boolean confident(RankedCandidates ranked) {
        return ranked.best() != null && ranked.best().confidence() >= policy.confident();
    }

    /** Sure enough to stop searching Discogs: a confident best that is a record (a CD the user owns does not end the search). */
    private boolean confidentOnVinyl(RankedCandidates ranked) {
        return ranked.best() != null && ranked.best().confidence() >= policy.confident() && !notVinyl(ranked.best().candidate());
    }

    private static boolean notVinyl(Candidate c) {
        Boolean vinyl = NormalizedCandidate.of(c).vinyl();
        return vinyl != null && !vinyl;
    }

    /** Adds the hits, and the mirror's own copy of any hit it holds: that one has the tracklist. */
    private static void add(List<NormalizedCandidate> pool, DiscogsCandidates.Answer answer, Map<Long, Long> masters,
                            MirrorSource mirror) {
        List<Long> ids = new ArrayList<>();
        for (DiscogsHit hit : answer.hits()) {
            pool.add(NormalizedCandidate.of(hit.candidate()));
            ids.add(hit.candidate().releaseId());
            if (hit.masterId() != null) {
                masters.put(hit.candidate().releaseId(), hit.masterId());
            }
        }
        pool.addAll(mirror.load(ids));
    }

    private MatchResult result(DigitalTrack track, RankedCandidates ranked, int requests, int searches,
                               DiscogsException failure) {
        List<Score> shown = ranked.scored().stream().filter(s -> s.confidence() >= policy.floor()).limit(policy.shown())
                .toList();
        RankedCandidates kept = new RankedCandidates(shown, shown.isEmpty() ? null : ranked.best(), ranked.ambiguous());
        return new MatchResult(track, kept, MatchState.of(kept, policy), requests, searches, failure);
    }
}
