package app.spindle.web.tracks;

import app.spindle.web.Layout;

public record TracksPage(Layout layout, TrackResults results) {
}
