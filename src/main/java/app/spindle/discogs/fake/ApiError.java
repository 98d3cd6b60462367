package app.spindle.discogs.fake;

/** An answer with Discogs' JSON error body {"message": …}; thrown by routes, written by {@link Responder}. */
final class ApiError extends RuntimeException {
    static final String NOT_FOUND = "The requested resource was not found.";
    static final String UNAUTHENTICATED = "You must authenticate to access this resource.";
    static final String FOLDER_MISSING = "The requested folder does not exist.";

    private final int status;

    ApiError(int status, String message) {
        super(message, null, false, false);
        this.status = status;
    }

    int status() {
        return status;
    }

    static ApiError notFound() {
        return new ApiError(404, NOT_FOUND);
    }

    static ApiError unauthenticated() {
        return new ApiError(401, UNAUTHENTICATED);
    }

    static ApiError folderMissing() {
        return new ApiError(404, FOLDER_MISSING);
    }

    static ApiError badRequest(String message) {
        return new ApiError(400, message);
    }

    static ApiError pageOutOfRange(int page, int pages) {
        return new ApiError(404, "Page " + page + " is outside of valid range [1, " + pages + "].");
    }
}
