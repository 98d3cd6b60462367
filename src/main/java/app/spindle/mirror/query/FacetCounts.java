package app.spindle.mirror.query;

import java.util.List;

/** The values of one facet over the filtered shelf, most useful first. */
public record FacetCounts(Facet facet, List<FacetCount> values) {
}
