package app.spindle.web.match;

import app.spindle.match.BatchMode;
import app.spindle.match.TrackState;
import app.spindle.match.ImportException;
import app.spindle.match.ImportedFile;
import app.spindle.match.MatchResult;
import app.spindle.match.MatchState;
import app.spindle.match.Matching;
import app.spindle.match.TrackImport;
import app.spindle.match.VinylMatcher;
import app.spindle.web.DemoWords;
import app.spindle.web.DiscogsProblem;
import app.spindle.web.PageContext;
import app.spindle.web.Paths;
import app.spindle.web.Templates;
import io.javalin.http.Context;
import io.javalin.http.UploadedFile;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.function.BooleanSupplier;

/** GET /match (the forms, and one track matched at once) and POST /match/batches (paste or upload). */
final class MatchPageHandlers {
    private final Templates templates;
    private final PageContext pages;
    private final Matching matching;
    private final MirrorMarks marks;
    private final BooleanSupplier connected;
    private final TrackImport imports;
    private final long maxUploadBytes;
    private final String basePath;

    MatchPageHandlers(Templates templates, PageContext pages, Matching matching, MirrorMarks marks, BooleanSupplier connected,
                      long maxUploadBytes, String basePath) {
        this.templates = templates;
        this.pages = pages;
        this.matching = matching;
        this.marks = marks;
        this.connected = connected;
        this.imports = new TrackImport(maxUploadBytes);
        this.maxUploadBytes = maxUploadBytes;
        this.basePath = basePath;
    }

    void show(Context ctx) {
        MatchForm form = MatchForm.from(ctx::queryParam);
        if (form.isEmpty()) {
            render(ctx, form, null, null, null, null);
            return;
        }
        MatchResult result = matching.matcher().match(form.track(), VinylMatcher.Mode.INTERACTIVE);
        MirrorMarks.Marks known = marks.of(result.candidates().stream().map(s -> s.candidate().releaseId()).toList());
        List<CandidateView> candidates = CandidateView.ofScores(result.candidates(), known);
        String notice = null;
        if (result.failure() != null) {
            notice = "Discogs could not be asked (" + DiscogsProblem.of(result.failure()).message()
                    + "); these are the candidates found so far.";
        } else if (result.state() == MatchState.NONE && pages.layout(ctx, "Match", "match").demo()) {
            notice = DemoWords.UNKNOWN_NAME;
        } else if (candidates.isEmpty()) {
            notice = connected.getAsBoolean() ? "Nothing in your mirror or on Discogs fits. Try fewer words or another spelling."
                    : "Nothing in your mirror fits. Connect your Discogs account in Settings to search Discogs too.";
        }
        render(ctx, form, candidates, StateFilter.label(TrackState.of(result.state())), notice, null);
    }

    void create(Context ctx) {
        ImportedFile file;
        String name;
        BatchMode mode;
        try {
            mode = mode(ctx.formParam("mode"));
            UploadedFile upload = ctx.uploadedFile("file");
            if (upload != null && upload.size() > 0) {
                if (upload.size() > maxUploadBytes) {
                    throw new ImportException("The file is larger than the limit of " + readableLimit()
                            + ". Split it into smaller files, or raise --max-upload.");
                }
                name = upload.filename() == null || upload.filename().isBlank() ? "Upload" : upload.filename();
                try (InputStream in = upload.content()) {
                    file = imports.read(name, in);
                }
            } else {
                String lines = ctx.formParam("lines");
                if (lines == null || lines.isBlank()) {
                    throw new ImportException("Paste some tracks, one \"Artist - Title\" a line, or choose a file to upload.");
                }
                name = "Pasted lines";
                file = imports.readPasted(lines);
            }
        } catch (ImportException e) {
            ctx.status(e.getMessage().contains("larger than the limit") ? 413 : 400);
            render(ctx, MatchForm.EMPTY, null, null, null, e.getMessage());
            return;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        long id = matching.batches().create(shorten(name), file, mode);
        matching.worker().wake();
        ctx.redirect(basePath + Paths.matchBatch(id), io.javalin.http.HttpStatus.SEE_OTHER);
    }

    /** Mirror first, then Discogs, unless the form asks for the mirror alone. */
    private static BatchMode mode(String raw) {
        if (raw == null || raw.isBlank()) {
            return BatchMode.DISCOGS;
        }
        return BatchMode.of(raw).orElseThrow(() -> new ImportException("Choose where to look: mode=mirror or mode=discogs."));
    }

    String readableLimit() {
        return maxUploadBytes % (1024 * 1024) == 0 ? maxUploadBytes / (1024 * 1024) + " MB"
                : maxUploadBytes % 1024 == 0 ? maxUploadBytes / 1024 + " KB" : maxUploadBytes + " bytes";
    }

    private void render(Context ctx, MatchForm form, List<CandidateView> candidates, String state, String notice, String error) {
        templates.page(ctx, "match/index.jte", new MatchPage(pages.layout(ctx, "Match", "match"), form, candidates, state,
                notice, error, matching.batches().recent(10), readableLimit(), connected.getAsBoolean()));
    }

    private static String shorten(String name) {
        return name.length() > 120 ? name.substring(0, 120) : name;
    }
}
