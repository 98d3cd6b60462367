package app.spindle.web;

/** A request whose parameters Spindle cannot use; answered with 400 and this message. */
public class BadRequest extends RuntimeException {
    public BadRequest(String message) {
        super(message);
    }
}
