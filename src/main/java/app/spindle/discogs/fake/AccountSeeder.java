package app.spindle.discogs.fake;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

/**
 * Fills a new account from the seed: the real captured releases first (one of them owned twice), then the
 * generated collection with a few duplicate copies, spread over folders, with condition notes, then the
 * wantlist. Dates run from 2008 to mid-2024 in the order things were added.
 */
final class AccountSeeder {
    private static final int KIND_ACCOUNT = 8;
    private static final long FIRST_DAY = LocalDate.of(2008, 1, 5).toEpochSecond(java.time.LocalTime.NOON, ZoneOffset.UTC);
    private static final long LAST_DAY = LocalDate.of(2024, 6, 28).toEpochSecond(java.time.LocalTime.NOON, ZoneOffset.UTC);
    private static final long FIRST_FOLDER_ID = 1_254_001;

    private final long seed;

    AccountSeeder(long seed) {
        this.seed = seed;
    }

    /** How many distinct generated releases a collection of this size owns (the rest are duplicate copies). */
    static int duplicatesIn(int collectionSize) {
        return collectionSize >= 10 ? Math.max(1, collectionSize / 40) : 0;
    }

    /**
     * @param ownedReal  which real releases are collected (null: all but {@code catalogueOnly}, one twice)
     * @param wantedReal which real releases are wanted
     * @param catalogueOnly real releases never collected when {@code ownedReal} is null: the catalogue a search finds
     */
    void seed(FakeAccount account, Catalogue catalogue, int collectionSize, int wantlistSize, int userFolders,
              boolean includeRealReleases, java.util.Set<Long> ownedReal, java.util.Set<Long> wantedReal,
              java.util.Set<Long> catalogueOnly) {
        Dice dice = Dice.of(seed, KIND_ACCOUNT, 0);
        int[] folderIds = new int[userFolders + 1];
        folderIds[0] = FakeAccount.UNCATEGORIZED;
        for (int f = 0; f < userFolders; f++) {
            folderIds[f + 1] = (int) (FIRST_FOLDER_ID + f * 7L);
            String name = f < Vocabulary.FOLDER_NAMES.length ? Vocabulary.FOLDER_NAMES[f] : "Folder " + (f + 1);
            account.addFolder(folderIds[f + 1], name);
        }
        List<Long> real = !includeRealReleases ? List.of() : catalogue.realReleaseIds().stream()
                .filter(id -> ownedReal == null ? !catalogueOnly.contains(id) : ownedReal.contains(id)).toList();
        int total = collectionSize + (real.isEmpty() ? 0 : real.size() + 1);
        int added = 0;
        for (long releaseId : real) {
            addInstance(account, dice, releaseId, folderIds, added++, total);
        }
        if (!real.isEmpty() && ownedReal == null) {
            addInstance(account, dice, real.get(0), folderIds, added++, total);
        }
        int[] order = shuffledReleases(catalogue.generated().releaseCount, dice);
        int duplicates = duplicatesIn(collectionSize);
        int unique = collectionSize - duplicates;
        int duplicateEvery = duplicates == 0 ? Integer.MAX_VALUE : collectionSize / duplicates;
        int nextUnique = 0;
        int duplicated = 0;
        for (int i = 0; i < collectionSize; i++) {
            boolean duplicate = duplicated < duplicates && nextUnique > 0 && (i + 1) % duplicateEvery == 0;
            int k = duplicate ? order[dice.below(nextUnique)] : order[nextUnique++];
            duplicated += duplicate ? 1 : 0;
            addInstance(account, dice, catalogue.generated().releaseId(k), folderIds, added++, total);
        }
        int wantedIndex = 0;
        for (long releaseId : catalogue.realReleaseIds()) {
            if (wantedReal.contains(releaseId)) {
                account.seedWant(releaseId, 0, "", FIRST_DAY + (LAST_DAY - FIRST_DAY) * wantedIndex++ / wantedReal.size());
            }
        }
        for (int w = 0; w < wantlistSize; w++) {
            int k = order[unique + w];
            long day = FIRST_DAY + (LAST_DAY - FIRST_DAY) * w / Math.max(1, wantlistSize);
            String notes = dice.chance(0.1) ? "Only the first pressing" : "";
            account.seedWant(catalogue.generated().releaseId(k), dice.chance(0.1) ? dice.between(1, 5) : 0, notes,
                    day + dice.below(3600));
        }
    }

    /** Sizes a generated catalogue so that it holds the collection, the wantlist and other versions besides. */
    static int catalogueSize(int collectionSize, int wantlistSize) {
        int owned = collectionSize - duplicatesIn(collectionSize) + wantlistSize;
        return owned + Math.max(20, owned / 3);
    }

    private static void addInstance(FakeAccount account, Dice dice, long releaseId, int[] folderIds, int index, int total) {
        long day = FIRST_DAY + (LAST_DAY - FIRST_DAY) * index / Math.max(1, total);
        int folder = dice.chance(0.35) ? FakeAccount.UNCATEGORIZED : folderIds[dice.below(folderIds.length)];
        boolean graded = dice.chance(0.7);
        String media = graded ? Vocabulary.CONDITIONS[dice.skewedBelow(Vocabulary.CONDITIONS.length)] : null;
        String sleeve = graded ? Vocabulary.SLEEVE_CONDITIONS[dice.skewedBelow(Vocabulary.SLEEVE_CONDITIONS.length)] : null;
        String note = dice.chance(0.08) ? dice.pick(Vocabulary.COLLECTOR_NOTES) : null;
        int rating = dice.chance(0.3) ? dice.between(1, 5) : 0;
        account.seedInstance(releaseId, folder, rating, day + dice.below(3600), media, sleeve, note);
    }

    private static int[] shuffledReleases(int count, Dice dice) {
        int[] order = new int[count];
        for (int k = 0; k < count; k++) {
            order[k] = k;
        }
        for (int k = count - 1; k > 0; k--) {
            int other = dice.below(k + 1);
            int swap = order[k];
            order[k] = order[other];
            order[other] = swap;
        }
        return order;
    }
}
