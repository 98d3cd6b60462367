package app.spindle.discogs;

import app.spindle.discogs.model.DiscogsIdentity;
import java.util.Optional;

/**
 * Who a user's credentials belong to, remembered between processes, so that {@code spindle sync}
 * run from cron does not ask {@code /oauth/identity} every time (a no-change sync stays at 3 requests).
 * A revoked token is still noticed: the sync's next request answers 401.
 */
public interface IdentityMemory {
    Optional<DiscogsIdentity> recall(DiscogsCredentials credentials);

    void remember(DiscogsCredentials credentials, DiscogsIdentity identity);

    /** Remembers nothing: every new process asks again. */
    IdentityMemory NONE = new IdentityMemory() {
        @Override
        public Optional<DiscogsIdentity> recall(DiscogsCredentials credentials) {
            return Optional.empty();
        }

        @Override
        public void remember(DiscogsCredentials credentials, DiscogsIdentity identity) {
        }
    };
}
