package app.spindle.discogs.fake;

/** Who made a request: nobody, a user (personal token or OAuth), or an application (key and secret, no user). */
record Caller(Kind kind, String username) {
    enum Kind { NONE, TOKEN, KEY, OAUTH }

    static final Caller ANONYMOUS = new Caller(Kind.NONE, null);

    boolean authenticated() {
        return kind != Kind.NONE;
    }

    boolean isUser(String name) {
        return username != null && username.equalsIgnoreCase(name);
    }

    String describe() {
        return kind.name().toLowerCase();
    }
}
