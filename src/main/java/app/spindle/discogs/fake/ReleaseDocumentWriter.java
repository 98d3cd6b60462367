package app.spindle.discogs.fake;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.Locale;

/** The full GET /releases/{id} document of a generated release, in the shape of the 2022 captures. */
final class ReleaseDocumentWriter {
    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
    private static final int KIND_DOCUMENT = 6;

    private final GeneratedReleases releases;
    private final BasicInformation basics = new BasicInformation();
    private final TracklistWriter tracklists = new TracklistWriter();

    ReleaseDocumentWriter(GeneratedReleases releases) {
        this.releases = releases;
    }

    ObjectNode write(int k) {
        GeneratedCatalogue catalogue = releases.catalogue();
        GeneratedWork work = releases.work(catalogue.workOf[k]);
        ReleaseFacts facts = releases.facts(k, work);
        Dice dice = Dice.of(catalogue.seed, KIND_DOCUMENT, k);
        String api = BasicInformation.API;
        FormatKind kind = catalogue.format(k);
        boolean reissue = k != catalogue.workStart[work.index()];

        ObjectNode release = JSON.objectNode();
        release.put("id", facts.id());
        release.put("status", "Accepted");
        release.put("year", facts.year());
        release.put("resource_url", api + "/releases/" + facts.id());
        release.put("uri", "https://www.discogs.com/release/" + facts.id() + "-" + slug(facts.artistDisplay() + " " + facts.title()));
        release.set("artists", basics.artists(facts));
        release.put("artists_sort", facts.artistDisplay());
        release.set("labels", basics.labels(facts));
        release.putArray("series");
        release.putArray("companies");
        release.set("formats", basics.formats(facts));
        release.put("data_quality", dice.chance(0.7) ? "Needs Vote" : "Correct");
        release.set("community", community(facts, dice));
        int quantity = facts.formats().stream().filter(f -> !f.name().equals("Box Set"))
                .mapToInt(f -> Integer.parseInt(f.qty())).sum();
        release.put("format_quantity", quantity);
        int addedYear = Math.max(2001, Math.min(2024, facts.year()));
        release.put("date_added", String.format("%d-%02d-%02dT%02d:%02d:%02d-07:00", addedYear, dice.between(1, 12),
                dice.between(1, 28), dice.between(0, 23), dice.between(0, 59), dice.between(0, 59)));
        release.put("date_changed", String.format("2024-%02d-%02dT%02d:%02d:%02d-07:00", dice.between(1, 12),
                dice.between(1, 28), dice.between(0, 23), dice.between(0, 59), dice.between(0, 59)));
        SaleListing sale = SaleListing.of(catalogue.seed, facts.id());
        release.put("num_for_sale", sale.numForSale());
        if (sale.lowestPrice() == null) {
            release.putNull("lowest_price");
        } else {
            release.put("lowest_price", sale.lowestPrice());
        }
        if (facts.masterId() != 0) {
            release.put("master_id", facts.masterId());
            release.put("master_url", api + "/masters/" + facts.masterId());
        }
        release.put("title", facts.title());
        release.put("country", facts.country());
        writeReleased(release, facts.year(), dice);
        if (dice.chance(0.35)) {
            release.put("notes", (reissue ? "Reissue of the " + catalogue.yearOf[catalogue.workStart[work.index()]] + " original. " : "")
                    + "Recorded at " + dice.pick(Vocabulary.NOUNS) + " Studios."
                    + (kind.isVinyl() ? "\nPressed at " + dice.pick(Vocabulary.PLANTS) + "." : ""));
        }
        release.set("identifiers", identifiers(k, facts, kind, dice));
        release.putArray("videos");
        ArrayNode genres = release.putArray("genres");
        facts.genres().forEach(genres::add);
        ArrayNode styles = release.putArray("styles");
        facts.styles().forEach(styles::add);
        release.set("tracklist", tracklists.write(work, kind, releases.boxRecords(k), reissue, dice));
        ArrayNode extraartists = release.putArray("extraartists");
        if (dice.chance(0.5)) {
            int producer = dice.below(catalogue.artistNames.length);
            extraartists.add(basics.credit(new ReleaseFacts.Credit(catalogue.artistId(producer),
                    catalogue.artistNames[producer], "", ""), "Producer"));
        }
        release.set("images", images(facts.id(), dice.between(1, 3)));
        release.put("thumb", facts.thumb());
        release.put("estimated_weight", weight(kind, quantity));
        release.put("blocked_from_sale", false);
        return release;
    }

    static ArrayNode images(long releaseId, int count) {
        ArrayNode images = JSON.arrayNode();
        for (int n = 1; n <= count; n++) {
            ObjectNode image = images.addObject();
            image.put("type", n == 1 ? "primary" : "secondary");
            image.put("uri", GeneratedReleases.image(releaseId, n, false));
            image.put("resource_url", GeneratedReleases.image(releaseId, n, false));
            image.put("uri150", GeneratedReleases.image(releaseId, n, true));
            image.put("width", 600);
            image.put("height", 600);
        }
        return images;
    }

    static String slug(String text) {
        return text.replaceAll("[^A-Za-z0-9]+", "-").replaceAll("(^-|-$)", "");
    }

    private ObjectNode community(ReleaseFacts facts, Dice dice) {
        ObjectNode community = JSON.objectNode();
        community.put("have", facts.have());
        community.put("want", facts.want());
        ObjectNode rating = community.putObject("rating");
        rating.put("count", Math.max(0, facts.have() / 10));
        rating.put("average", Math.round((3 + 2 * dice.unit()) * 100) / 100.0);
        String submitter = dice.pick(Vocabulary.FIRST_NAMES).toLowerCase() + dice.between(1, 99);
        ObjectNode by = community.putObject("submitter");
        by.put("username", submitter);
        by.put("resource_url", BasicInformation.API + "/users/" + submitter);
        ArrayNode contributors = community.putArray("contributors");
        contributors.add(by.deepCopy());
        community.put("data_quality", "Needs Vote");
        community.put("status", "Accepted");
        return community;
    }

    private static void writeReleased(ObjectNode release, int year, Dice dice) {
        double u = dice.unit();
        int month = dice.between(1, 12);
        int day = dice.between(1, 28);
        String monthName = Month.of(month).getDisplayName(TextStyle.SHORT, Locale.ENGLISH);
        if (u < 0.4) {
            release.put("released", String.format("%d-%02d-%02d", year, month, day));
            release.put("released_formatted", String.format("%02d %s %d", day, monthName, year));
        } else if (u < 0.75) {
            release.put("released", String.format("%d-%02d-00", year, month));
            release.put("released_formatted", monthName + " " + year);
        } else {
            release.put("released", String.valueOf(year));
            release.put("released_formatted", String.valueOf(year));
        }
    }

    private ArrayNode identifiers(int k, ReleaseFacts facts, FormatKind kind, Dice dice) {
        GeneratedCatalogue catalogue = releases.catalogue();
        ArrayNode identifiers = JSON.arrayNode();
        if (facts.year() >= 1979 || kind == FormatKind.CD) {
            identifier(identifiers, "Barcode", catalogue.barcode(k), null);
        }
        String country = facts.country();
        if (facts.year() >= 1975 && !country.equals("US") && !country.equals("Japan") && !country.equals("Canada")) {
            identifier(identifiers, "Label Code", String.format("LC %05d", 1000 + catalogue.labelOf[k] % 9000), null);
        }
        String matrix = facts.firstCatno().replace(" ", "");
        String plant = dice.pick(Vocabulary.PLANTS);
        if (kind == FormatKind.CD) {
            identifier(identifiers, "Matrix / Runout", matrix + " 01 " + plant, null);
        } else {
            int sides = kind.sides(releases.boxRecords(k));
            for (int side = 0; side < sides; side++) {
                char letter = (char) ('A' + side);
                identifier(identifiers, "Matrix / Runout", matrix + " " + letter + dice.between(1, 3) + " " + plant,
                        "Side " + letter + " runout, " + (dice.chance(0.7) ? "etched" : "stamped"));
            }
        }
        if (dice.chance(0.4)) {
            identifier(identifiers, "Rights Society", dice.pick(new String[] {"BIEM", "GEMA", "MCPS", "ASCAP", "BMI", "SACEM"}), null);
        }
        return identifiers;
    }

    private static void identifier(ArrayNode identifiers, String type, String value, String description) {
        ObjectNode identifier = identifiers.addObject();
        identifier.put("type", type);
        identifier.put("value", value);
        if (description != null) {
            identifier.put("description", description);
        }
    }

    private static int weight(FormatKind kind, int quantity) {
        return switch (kind) {
            case SEVEN_INCH -> 40;
            case TEN_INCH -> 120;
            case CD -> 85 * quantity;
            case BOX_SET -> 230 * quantity + 400;
            default -> 230 * quantity;
        };
    }
}
