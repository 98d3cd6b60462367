package app.spindle.web.release;

import app.spindle.mirror.Timestamps;
import app.spindle.mirror.query.ReleaseDetails;
import app.spindle.prices.LatestPrice;
import com.fasterxml.jackson.annotation.JsonUnwrapped;

/** {@code /api/releases/{id}}: the mirrored release, and the newest marketplace price with its date (null if none seen). */
record ReleaseJson(@JsonUnwrapped ReleaseDetails release, Price latestPrice) {

    record Price(Double lowestPrice, int numForSale, String currency, String observedAt) {
    }

    static ReleaseJson of(ReleaseDetails release, LatestPrice latest) {
        return new ReleaseJson(release, latest == null ? null : new Price(latest.lowestPrice(), latest.numForSale(),
                latest.currency(), Timestamps.format(latest.observedAt())));
    }
}
