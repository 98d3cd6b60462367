package app.spindle.web.match;

import app.spindle.match.MatchResult;
import app.spindle.match.Matching;
import app.spindle.match.Score;
import app.spindle.match.ScorePart;
import app.spindle.match.VinylMatcher;
import app.spindle.web.BadRequest;
import app.spindle.web.DiscogsProblem;
import io.javalin.http.Context;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code GET /api/match?artist=&title=&album=&year=&catno=}: the ranked candidates as JSON, each with
 * its confidence, the explanation (as one sentence and part by part), where on the record and its
 * source ({@code mirror} | {@code discogs}). Bad parameters are a 400 with {@code {"error": …}}.
 */
final class MatchApi {
    private final Matching matching;

    MatchApi(Matching matching) {
        this.matching = matching;
    }

    void match(Context ctx) {
        MatchForm form = MatchForm.from(ctx::queryParam);
        if (form.isEmpty()) {
            throw new BadRequest("Give at least one of artist, title, album or catno.");
        }
        MatchResult result = matching.matcher().match(form.track(), VinylMatcher.Mode.INTERACTIVE);
        Map<String, Object> body = new LinkedHashMap<>();
        Map<String, Object> query = new LinkedHashMap<>();
        query.put("artist", form.artist());
        query.put("title", form.title());
        query.put("album", form.album());
        query.put("year", form.year());
        query.put("catno", form.catno());
        body.put("query", query);
        body.put("state", result.state().key());
        body.put("requests", result.requests());
        if (result.failure() != null) {
            body.put("warning", "Discogs could not be asked: " + DiscogsProblem.of(result.failure()).message());
        }
        body.put("candidates", result.candidates().stream().map(MatchApi::candidate).toList());
        ctx.json(body);
    }

    private static Map<String, Object> candidate(Score s) {
        var c = s.candidate();
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("releaseId", c.releaseId());
        out.put("source", c.source().word());
        out.put("confidence", Math.round(s.confidence() * 1000) / 1000.0);
        out.put("artist", c.artist());
        out.put("title", c.title());
        out.put("year", c.year());
        out.put("labels", c.labels());
        out.put("catnos", c.catnos());
        out.put("formats", c.formats());
        out.put("country", c.country());
        out.put("owned", c.owned());
        out.put("wanted", c.wanted());
        if (s.track() != null) {
            out.put("track", Map.of("position", s.track().position(), "side", s.track().side() == null ? "" : s.track().side(),
                    "title", s.track().title()));
        }
        out.put("explanation", s.explanation());
        List<Map<String, Object>> parts = s.parts().stream().map(MatchApi::part).toList();
        out.put("parts", parts);
        out.put("missing", s.missing());
        return out;
    }

    private static Map<String, Object> part(ScorePart p) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("field", p.name());
        out.put("weight", p.weight());
        out.put("similarity", Math.round(p.similarity() * 1000) / 1000.0);
        out.put("why", p.explanation());
        return out;
    }
}
