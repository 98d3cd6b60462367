package app.spindle.discogs;

import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Where the connected account's credentials live between runs. {@code discogs} never touches the
 * database, so the mirror implements this over its settings table.
 */
public interface CredentialStore {
    Optional<StoredCredentials> load();

    void save(StoredCredentials credentials);

    void clear();

    /** The application's consumer key and secret as typed into Settings; an account's {@link #clear} keeps it. */
    Optional<DiscogsCredentials.Consumer> loadConsumer();

    void saveConsumer(DiscogsCredentials.Consumer consumer);

    /** Kept in memory only: for tests and demo mode. */
    final class InMemory implements CredentialStore {
        private final AtomicReference<StoredCredentials> stored = new AtomicReference<>();
        private final AtomicReference<DiscogsCredentials.Consumer> consumer = new AtomicReference<>();

        @Override
        public Optional<StoredCredentials> load() {
            return Optional.ofNullable(stored.get());
        }

        @Override
        public void save(StoredCredentials credentials) {
            stored.set(credentials);
        }

        @Override
        public void clear() {
            stored.set(null);
        }

        @Override
        public Optional<DiscogsCredentials.Consumer> loadConsumer() {
            return Optional.ofNullable(consumer.get());
        }

        @Override
        public void saveConsumer(DiscogsCredentials.Consumer app) {
            consumer.set(app);
        }
    }
}
