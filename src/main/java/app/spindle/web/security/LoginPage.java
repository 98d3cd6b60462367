package app.spindle.web.security;

import app.spindle.web.Layout;

/** The login form, with an error when the last try failed. */
public record LoginPage(Layout layout, String error, String next) {
}
