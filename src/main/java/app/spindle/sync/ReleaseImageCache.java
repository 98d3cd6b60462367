package app.spindle.sync;

import app.spindle.mirror.CoverImageRepository;
import app.spindle.mirror.ImageRow;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A release's images at a size fit to look at (Discogs' {@code uri}, a few hundred pixels) and as gallery thumbnails
 * ({@code uri150}), each fetched the first time a page shows it and kept in {@code <data>/images/gallery/}. The
 * sync caches only the cover thumbnails the grid needs; these come one page view at a time, through the same paced
 * door to the image host, within a daily budget (Discogs has capped image downloads at 1,000 a day before).
 */
public final class ReleaseImageCache {
    private static final Logger log = LoggerFactory.getLogger(ReleaseImageCache.class);
    private static final Duration RETRY_AFTER = Duration.ofDays(1);

    /** Which of a Discogs image's two URLs. */
    public enum Size {
        SMALL, LARGE;

        public String word() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    /** Downloads a day for pages, and none for a real Discogs beyond it; a local stand-in has no such cap. */
    public static final int GENTLE_PER_DAY = 300;
    public static final int LOCAL_PER_DAY = Integer.MAX_VALUE;

    private final ImageFetcher downloads;
    private final CoverImageRepository covers;
    private final Path dataDir;
    private final Path folder;
    private final Clock clock;
    private final int perDay;
    private final Map<String, Instant> failedAt = new ConcurrentHashMap<>();
    private LocalDate day;
    private int downloadedToday;

    public ReleaseImageCache(ImageFetcher downloads, CoverImageRepository covers, Path dataDir, Clock clock, int perDay) {
        this.downloads = downloads;
        this.covers = covers;
        this.dataDir = dataDir;
        this.folder = dataDir.resolve("images").resolve("gallery");
        this.clock = clock;
        this.perDay = perDay;
    }

    /**
     * The image's file, fetched now if it is not cached yet. When it cannot be had (no URL, the host refused it in the
     * last day, the day's budget is spent), the cover falls back to the sync's thumbnail; other images to nothing.
     */
    public Optional<Path> file(long releaseId, int position, Size size) {
        String name = releaseId + "-" + position + "-" + size.word();
        return cached(name)
                .or(() -> fetched(releaseId, position, size, name))
                .or(() -> position == 0 ? thumbnail(releaseId) : Optional.empty());
    }

    private Optional<Path> fetched(long releaseId, int position, Size size, String name) {
        Optional<String> url = covers.images(releaseId).stream()
                .filter(image -> image.position() == position)
                .map(image -> size == Size.LARGE ? image.uri() : image.uri150())
                .filter(u -> u != null && !u.isBlank())
                .findFirst();
        if (url.isEmpty()) {
            return Optional.empty();
        }
        synchronized (this) {
            Optional<Path> meanwhile = cached(name);
            if (meanwhile.isPresent() || failedRecently(name) || !budgetLeft()) {
                return meanwhile;
            }
            try {
                byte[] bytes = downloads.fetch(url.get());
                downloadedToday++;
                return Optional.of(folder.resolve(ImageFiles.store(folder, name, bytes)));
            } catch (IOException | RuntimeException e) {
                log.debug("Image {} of release {} not fetched: {}", position, releaseId, e.toString());
                failedAt.put(name, clock.instant());
                return Optional.empty();
            }
        }
    }

    private Optional<Path> cached(String name) {
        for (String extension : new String[] {".jpg", ".png"}) {
            Path file = folder.resolve(name + extension);
            if (Files.isRegularFile(file)) {
                return Optional.of(file);
            }
        }
        return Optional.empty();
    }

    private Optional<Path> thumbnail(long releaseId) {
        return covers.thumbnailFile(releaseId).map(dataDir::resolve).filter(Files::isRegularFile);
    }

    private boolean failedRecently(String name) {
        Instant at = failedAt.get(name);
        return at != null && at.isAfter(clock.instant().minus(RETRY_AFTER));
    }

    private boolean budgetLeft() {
        LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
        if (!today.equals(day)) {
            day = today;
            downloadedToday = 0;
        }
        return downloadedToday < perDay;
    }
}
