package app.spindle.web;

import io.javalin.http.Context;

/**
 * Refuses a request body larger than an upload may be, from its Content-Length, before anything reads
 * it: the CSRF check would otherwise parse the whole multipart body (written to a temporary file) first.
 * Jetty's own multipart limits, set just above, catch bodies sent without a length.
 */
final class UploadLimit {
    /** Room for the other form fields and the multipart boundaries. */
    static final long SLACK = 256 * 1024;

    private UploadLimit() {
    }

    static void check(Context ctx, long maxUploadBytes) {
        String length = ctx.header("Content-Length");
        if (length == null) {
            return;
        }
        long bytes;
        try {
            bytes = Long.parseLong(length.strip());
        } catch (NumberFormatException e) {
            throw new BadRequest("The request's Content-Length is not a number.");
        }
        if (bytes > maxUploadBytes + SLACK) {
            throw new TooLarge("That upload is " + megabytes(bytes) + ", larger than the limit of " + megabytes(maxUploadBytes)
                    + ". Split the file into smaller ones, or start Spindle with a larger --max-upload.");
        }
    }

    private static String megabytes(long bytes) {
        return bytes >= 1024 * 1024 ? (bytes + 512 * 1024) / (1024 * 1024) + " MB" : (bytes + 512) / 1024 + " KB";
    }

    /** Answered with 413 and this message. */
    public static final class TooLarge extends RuntimeException {
        public TooLarge(String message) {
            super(message);
        }
    }
}
