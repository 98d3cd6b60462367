package app.spindle.web.release;

import app.spindle.mirror.query.ReleaseImages;
import app.spindle.sync.ReleaseImageCache.Size;
import app.spindle.web.Paths;
import java.util.ArrayList;
import java.util.List;

/**
 * One picture of a release's gallery: a small thumbnail that opens the large image in place ({@code anchor} is the
 * id of its view). Labels, inner sleeves and runouts are how pressings are told apart, so every image is shown.
 */
public record GalleryPicture(String anchor, String smallUrl, String largeUrl, String label) {

    /** Every image with both URLs, in Discogs' order; none when there is only the cover. */
    static List<GalleryPicture> of(long releaseId, List<ReleaseImages.Image> images) {
        List<ReleaseImages.Image> shown = images.stream().filter(i -> i.hasSmall() && i.hasLarge()).toList();
        if (shown.size() < 2) {
            return List.of();
        }
        List<GalleryPicture> pictures = new ArrayList<>();
        for (ReleaseImages.Image image : shown) {
            int number = pictures.size() + 1;
            pictures.add(new GalleryPicture("image-" + number,
                    Paths.releaseImage(releaseId, image.position(), Size.SMALL.word()),
                    Paths.releaseImage(releaseId, image.position(), Size.LARGE.word()),
                    "Image " + number + " of " + shown.size() + (image.position() == 0 ? ", the cover" : "")));
        }
        return pictures;
    }

    /** The cover at a size fit to look at when Discogs gave its URL, else the sync's thumbnail, else none. */
    static String coverUrl(long releaseId, List<ReleaseImages.Image> images, String thumbnailFile) {
        boolean large = !images.isEmpty() && images.get(0).position() == 0 && images.get(0).hasLarge();
        if (large) {
            return Paths.releaseImage(releaseId, 0, Size.LARGE.word());
        }
        return thumbnailFile == null ? null : Paths.imageUrl(thumbnailFile);
    }
}
