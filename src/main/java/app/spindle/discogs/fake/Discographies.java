package app.spindle.discogs.fake;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * An artist's discography and a label's catalogue in the shapes of {@code /artists/{id}/releases} and
 * {@code /labels/{id}/releases}: an artist lists each master once (with its main release) and each release
 * without a master; a label lists every release with its catalog number. stats.user is left at 0 for the
 * route, which knows the account.
 */
final class Discographies {
    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
    private static final String API = BasicInformation.API;

    private final Catalogue catalogue;
    private volatile int[][] worksByArtist;

    Discographies(Catalogue catalogue) {
        this.catalogue = catalogue;
    }

    /** Every entry of an artist, in Discogs' sort ({@code year} | {@code title} | {@code format}). */
    List<ObjectNode> artistReleases(long artistId, String sort, boolean descending) {
        catalogue.artist(artistId, true); // 404 for an unknown artist, as Discogs answers
        List<ObjectNode> entries = new ArrayList<>();
        for (Map.Entry<Long, ReleaseFacts> real : catalogue.realFacts().entrySet()) {
            ReleaseFacts facts = real.getValue();
            if (facts.artists().stream().anyMatch(c -> c.id() == artistId)) {
                entries.add(releaseEntry(facts, "Main"));
            }
        }
        GeneratedCatalogue generated = catalogue.generated();
        int a = generated.artistIndex(artistId);
        if (a >= 0) {
            for (int j : worksOf(a)) {
                entries.add(workEntry(j));
            }
        }
        Comparator<ObjectNode> order = switch (sort) {
            case "title" -> Comparator.comparing((ObjectNode e) -> e.path("title").asText().toLowerCase());
            case "format" -> Comparator.comparing((ObjectNode e) -> e.path("format").asText(""));
            default -> Comparator.comparingInt((ObjectNode e) -> e.path("year").asInt());
        };
        order = order.thenComparingLong(e -> e.path("id").asLong());
        entries.sort(descending ? order.reversed() : order);
        return entries;
    }

    /** Every release on a label, in catalogue order. */
    List<ObjectNode> labelReleases(long labelId) {
        catalogue.label(labelId, true);
        List<ObjectNode> entries = new ArrayList<>();
        for (ReleaseFacts facts : catalogue.realFacts().values()) {
            facts.labels().stream().filter(l -> l.id() == labelId).findFirst()
                    .ifPresent(l -> entries.add(labelEntry(facts, l.catno())));
        }
        GeneratedCatalogue generated = catalogue.generated();
        int l = generated.labelIndex(labelId);
        if (l >= 0) {
            for (int k : generated.labelReleases[l]) {
                ReleaseFacts facts = catalogue.generatedReleases().facts(k);
                entries.add(labelEntry(facts, facts.firstCatno()));
            }
        }
        return entries;
    }

    private ObjectNode workEntry(int j) {
        GeneratedCatalogue generated = catalogue.generated();
        int first = generated.workStart[j];
        ReleaseFacts facts = catalogue.generatedReleases().facts(first);
        if (!generated.hasMaster[j]) {
            return releaseEntry(facts, "Main");
        }
        ObjectNode entry = JSON.objectNode();
        entry.put("id", facts.masterId());
        entry.put("title", facts.title());
        entry.put("type", "master");
        entry.put("main_release", facts.id());
        entry.put("artist", facts.artistDisplay());
        entry.put("role", "Main");
        entry.put("resource_url", API + "/masters/" + facts.masterId());
        entry.put("year", facts.year());
        entry.put("thumb", facts.thumb());
        stats(entry, facts);
        return entry;
    }

    private static ObjectNode releaseEntry(ReleaseFacts facts, String role) {
        ObjectNode entry = JSON.objectNode();
        entry.put("id", facts.id());
        entry.put("status", "Accepted");
        entry.put("type", "release");
        entry.put("format", shortFormat(facts));
        entry.put("label", facts.labels().isEmpty() ? "" : facts.labels().get(0).name());
        entry.put("title", facts.title());
        entry.put("resource_url", API + "/releases/" + facts.id());
        entry.put("role", role);
        entry.put("artist", facts.artistDisplay());
        entry.put("year", facts.year());
        entry.put("thumb", facts.thumb());
        stats(entry, facts);
        return entry;
    }

    private static ObjectNode labelEntry(ReleaseFacts facts, String catno) {
        ObjectNode entry = JSON.objectNode();
        entry.put("status", "Accepted");
        entry.put("format", shortFormat(facts));
        entry.put("catno", catno);
        entry.put("thumb", facts.thumb());
        entry.put("resource_url", API + "/releases/" + facts.id());
        entry.put("title", facts.title());
        entry.put("id", facts.id());
        entry.put("year", facts.year());
        entry.put("artist", facts.artistDisplay());
        stats(entry, facts);
        return entry;
    }

    private static void stats(ObjectNode entry, ReleaseFacts facts) {
        ObjectNode stats = entry.putObject("stats");
        stats.putObject("community").put("in_wantlist", facts.want()).put("in_collection", facts.have());
        stats.putObject("user").put("in_wantlist", 0).put("in_collection", 0);
    }

    /** "12\", EP" as the discography shows it: the first format's descriptions, else its name. */
    private static String shortFormat(ReleaseFacts facts) {
        if (facts.formats().isEmpty()) {
            return "";
        }
        ReleaseFacts.Format first = facts.formats().get(facts.formats().size() - 1);
        String qty = first.qty() == null || first.qty().equals("1") ? "" : first.qty() + "x";
        List<String> parts = new ArrayList<>();
        parts.add(qty + (first.descriptions().isEmpty() ? first.name() : first.descriptions().get(0)));
        parts.addAll(first.descriptions().stream().skip(1).filter(d -> !d.contains("RPM")).limit(2).toList());
        return String.join(", ", parts);
    }

    private int[] worksOf(int artist) {
        int[][] index = worksByArtist;
        if (index == null) {
            synchronized (this) {
                if (worksByArtist == null) {
                    worksByArtist = buildIndex(catalogue.generated());
                }
                index = worksByArtist;
            }
        }
        return index[artist];
    }

    private static int[][] buildIndex(GeneratedCatalogue generated) {
        int[] counts = new int[generated.artistNames.length];
        for (int j = 0; j < generated.workCount; j++) {
            counts[generated.artistOf[j]]++;
        }
        int[][] index = new int[counts.length][];
        for (int a = 0; a < counts.length; a++) {
            index[a] = new int[counts[a]];
        }
        int[] filled = new int[counts.length];
        for (int j = 0; j < generated.workCount; j++) {
            int a = generated.artistOf[j];
            index[a][filled[a]++] = j;
        }
        return index;
    }
}
