package app.spindle.web;

/** A request refused for safety (CSRF, another site); answered with 403 and this message. */
public class Forbidden extends RuntimeException {
    public Forbidden(String message) {
        super(message);
    }
}
