package app.spindle.discogs.fake;

import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Word indexes over the generated catalogue, built once: title and track words → works, artist-name
 * words → artists → works, label-name words → labels → releases. Catalog numbers and barcodes need no
 * index: they are invertible (see {@link GeneratedCatalogue#releaseByCatno}). Queries are answered with
 * bit sets over release positions, so a search over 100,000 releases takes milliseconds.
 */
final class SearchIndex {
    private final GeneratedReleases releases;
    private final GeneratedCatalogue catalogue;
    private final Map<String, IntList> titleWorks = new HashMap<>();
    private final Map<String, IntList> trackWorks = new HashMap<>();
    private final Map<String, IntList> artistsByWord = new HashMap<>();
    private final Map<String, IntList> labelsByWord = new HashMap<>();
    private final IntList[] worksOfArtist;

    SearchIndex(GeneratedReleases releases) {
        this.releases = releases;
        this.catalogue = releases.catalogue();
        worksOfArtist = new IntList[catalogue.artistNames.length];
        for (int a = 0; a < catalogue.artistNames.length; a++) {
            worksOfArtist[a] = new IntList();
            for (String token : SearchQuery.tokens(catalogue.artistNames[a])) {
                posting(artistsByWord, token).add(a);
            }
        }
        for (int l = 0; l < catalogue.labelNames.length; l++) {
            for (String token : SearchQuery.tokens(catalogue.labelNames[l])) {
                posting(labelsByWord, token).add(l);
            }
        }
        // Generated titles repeat a lot: their postings lists are looked up once per distinct title.
        Map<String, IntList[]> titlePostings = new HashMap<>();
        Map<String, IntList[]> trackPostings = new HashMap<>();
        for (int j = 0; j < catalogue.workCount; j++) {
            GeneratedWork work = releases.work(j);
            for (IntList posting : postings(titlePostings, titleWorks, work.title())) {
                posting.add(j);
            }
            for (String title : work.trackTitles()) {
                for (IntList posting : postings(trackPostings, trackWorks, title)) {
                    posting.add(j);
                }
            }
            for (ReleaseFacts.Credit credit : work.artists()) {
                worksOfArtist[catalogue.artistIndex(credit.id())].add(j);
            }
        }
    }

    /** Generated releases (by catalogue position) that match every criterion of the query. */
    BitSet releases(SearchQuery query) {
        BitSet result = new BitSet(catalogue.releaseCount);
        result.set(0, catalogue.releaseCount);
        if (query.q() != null) {
            result.and(anyField(query.q()));
        }
        if (query.title() != null) {
            result.and(releasesOfWorks(allWords(titleWorks, SearchQuery.tokens(query.title()), catalogue.workCount)));
        }
        if (query.artist() != null) {
            result.and(releasesOfArtists(allWords(artistsByWord, SearchQuery.tokens(query.artist()), catalogue.artistNames.length)));
        }
        if (query.label() != null) {
            result.and(releasesOfLabels(allWords(labelsByWord, SearchQuery.tokens(query.label()), catalogue.labelNames.length)));
        }
        if (query.track() != null) {
            result.and(releasesOfWorks(allWords(trackWorks, SearchQuery.tokens(query.track()), catalogue.workCount)));
        }
        if (query.catno() != null) {
            result.and(byCatno(query.catno()));
        }
        if (query.barcode() != null) {
            result.and(byBarcode(query.barcode()));
        }
        if (query.year() != null || query.country() != null || query.format() != null || query.genre() != null || query.style() != null) {
            ReleaseFilter filter = new ReleaseFilter(releases, query);
            for (int k = result.nextSetBit(0); k >= 0; k = result.nextSetBit(k + 1)) {
                if (!filter.test(k)) {
                    result.clear(k);
                }
            }
        }
        return result;
    }

    /** Artists whose names contain every word. */
    BitSet artists(String words) {
        return allWords(artistsByWord, SearchQuery.tokens(words), catalogue.artistNames.length);
    }

    /** Labels whose names contain every word. */
    BitSet labels(String words) {
        return allWords(labelsByWord, SearchQuery.tokens(words), catalogue.labelNames.length);
    }

    /** q: every word must appear in the artist, title or label, or q is a catalog number or barcode. */
    private BitSet anyField(String q) {
        BitSet all = new BitSet(catalogue.releaseCount);
        all.set(0, catalogue.releaseCount);
        for (String token : SearchQuery.tokens(q)) {
            BitSet word = releasesOfWorks(words(titleWorks, token, catalogue.workCount));
            word.or(releasesOfArtists(words(artistsByWord, token, catalogue.artistNames.length)));
            word.or(releasesOfLabels(words(labelsByWord, token, catalogue.labelNames.length)));
            all.and(word);
        }
        all.or(byCatno(q));
        all.or(byBarcode(q));
        return all;
    }

    private BitSet byCatno(String catno) {
        BitSet found = new BitSet(catalogue.releaseCount);
        int k = catalogue.releaseByCatno(catno);
        if (k >= 0) {
            found.set(k);
        } else if (!catno.matches(".*\\d.*")) {
            int label = catalogue.labelByCatnoPrefix(catno);
            if (label >= 0) {
                for (int release : catalogue.labelReleases[label]) {
                    found.set(release);
                }
            }
        }
        return found;
    }

    /** A barcode, or a matrix / runout value: those start with the catalog number. */
    private BitSet byBarcode(String barcode) {
        BitSet found = new BitSet(catalogue.releaseCount);
        int k = catalogue.releaseByBarcode(barcode);
        if (k >= 0) {
            found.set(k);
            return found;
        }
        String[] parts = barcode.trim().split("\\s+");
        StringBuilder prefix = new StringBuilder();
        for (int i = 0; i < Math.min(3, parts.length); i++) {
            prefix.append(parts[i]);
            k = catalogue.releaseByCatno(prefix.toString());
            if (k >= 0) {
                found.set(k);
                return found;
            }
        }
        return found;
    }

    private BitSet releasesOfWorks(BitSet works) {
        BitSet found = new BitSet(catalogue.releaseCount);
        for (int j = works.nextSetBit(0); j >= 0; j = works.nextSetBit(j + 1)) {
            found.set(catalogue.workStart[j], catalogue.workStart[j] + catalogue.workSize[j]);
        }
        return found;
    }

    private BitSet releasesOfArtists(BitSet artists) {
        BitSet works = new BitSet(catalogue.workCount);
        for (int a = artists.nextSetBit(0); a >= 0; a = artists.nextSetBit(a + 1)) {
            IntList list = worksOfArtist[a];
            for (int i = 0; i < list.size(); i++) {
                works.set(list.get(i));
            }
        }
        return releasesOfWorks(works);
    }

    private BitSet releasesOfLabels(BitSet labels) {
        BitSet found = new BitSet(catalogue.releaseCount);
        for (int l = labels.nextSetBit(0); l >= 0; l = labels.nextSetBit(l + 1)) {
            for (int k : catalogue.labelReleases[l]) {
                found.set(k);
            }
        }
        return found;
    }

    private static BitSet allWords(Map<String, IntList> index, List<String> tokens, int size) {
        BitSet result = new BitSet(size);
        if (tokens.isEmpty()) {
            return result;
        }
        result.set(0, size);
        for (String token : tokens) {
            result.and(words(index, token, size));
        }
        return result;
    }

    private static BitSet words(Map<String, IntList> index, String token, int size) {
        BitSet found = new BitSet(size);
        IntList list = index.get(token);
        if (list != null) {
            for (int i = 0; i < list.size(); i++) {
                found.set(list.get(i));
            }
        }
        return found;
    }

    private static IntList[] postings(Map<String, IntList[]> cache, Map<String, IntList> index, String title) {
        return cache.computeIfAbsent(title, t -> SearchQuery.tokens(t).stream().map(token -> posting(index, token))
                .distinct().toArray(IntList[]::new));
    }

    private static IntList posting(Map<String, IntList> index, String token) {
        return index.computeIfAbsent(token, t -> new IntList());
    }
}
