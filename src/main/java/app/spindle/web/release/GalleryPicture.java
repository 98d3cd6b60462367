package app.spindle.web.release;

import app.spindle.mirror.query.ReleaseImages;
import app.spindle.sync.ReleaseImageCache.Size;
import app.spindle.web.Paths;
import java.util.ArrayList;
import java.util.List;

/**
 * One picture of a release's gallery: a small thumbnail linking to the large image, which the page's script opens in
 * place. Labels, inner sleeves and runouts are how pressings are told apart, so every image is shown. Each is fetched
 * from Discogs the first time it is shown: the large ones only when opened.
 */
public record GalleryPicture(String smallUrl, String largeUrl, String label) {

    /**
     * Every image with both URLs, in Discogs' order; none when there is only the cover, or when the sync could not
     * fetch even the cover's thumbnail (the image host is out of reach, or the release is not yours: pages then show
     * what they showed before rather than a gallery of gaps).
     */
    static List<GalleryPicture> of(long releaseId, List<ReleaseImages.Image> images, String thumbnailFile) {
        if (thumbnailFile == null) {
            return List.of();
        }
        List<ReleaseImages.Image> shown = images.stream().filter(i -> i.hasSmall() && i.hasLarge()).toList();
        if (shown.size() < 2) {
            return List.of();
        }
        List<GalleryPicture> pictures = new ArrayList<>();
        for (ReleaseImages.Image image : shown) {
            int number = pictures.size() + 1;
            pictures.add(new GalleryPicture(Paths.releaseImage(releaseId, image.position(), Size.SMALL.word()),
                    Paths.releaseImage(releaseId, image.position(), Size.LARGE.word()),
                    "Image " + number + " of " + shown.size() + (image.position() == 0 ? ", the cover" : "")));
        }
        return pictures;
    }

    /** The cover at a size fit to look at when Discogs gave its URL, else the sync's thumbnail, else none. */
    static String coverUrl(long releaseId, List<ReleaseImages.Image> images, String thumbnailFile) {
        boolean large = thumbnailFile != null && !images.isEmpty() && images.get(0).position() == 0 && images.get(0).hasLarge();
        if (large) {
            return Paths.releaseImage(releaseId, 0, Size.LARGE.word());
        }
        return thumbnailFile == null ? null : Paths.imageUrl(thumbnailFile);
    }
}
