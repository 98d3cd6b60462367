package app.spindle.mirror;

import java.util.List;

/** Every row that makes up one release in the mirror. */
public record ReleaseRows(
        ReleaseRow release,
        List<CreditRow> credits,
        List<TrackRow> tracks,
        List<CreditRow> trackCredits,
        List<LabelRow> labels,
        List<FormatRow> formats,
        List<IdentifierRow> identifiers,
        List<String> genres,
        List<String> styles,
        List<ImageRow> images,
        List<VideoRow> videos) {
}
