package app.spindle.mirror;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.HandleCallback;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.JdbiException;
import org.jdbi.v3.core.statement.SqlStatements;
import org.jdbi.v3.sqlobject.SqlObjectPlugin;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteDataSource;
import org.sqlite.SQLiteException;

/**
 * The one SQLite file that holds the mirror. Opening it sets the pragmas every connection needs
 * (WAL so pages read while sync writes, a busy timeout, foreign keys) and migrates the schema up.
 */
public final class Database implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(Database.class);
    public static final String FILE_NAME = "spindle.db";
    /** The longest a check left for later waits for {@link #startIntegrityCheck()} before it starts anyway. */
    static final Duration LATER_CHECK_WAITS_AT_MOST = Duration.ofSeconds(30);

    private final Path file;
    private final Jdbi jdbi;
    private final KeptConnections connections;
    private final DatabaseHealth health;
    private final CountDownLatch checkNow = new CountDownLatch(1);
    private volatile boolean closed;
    private Handle keeper;

    private Database(Path file, Jdbi jdbi, KeptConnections connections) {
        this.file = file;
        this.jdbi = jdbi;
        this.connections = connections;
        this.health = new DatabaseHealth(file);
    }

    /**
     * When SQLite's integrity check runs: before anything else, or later, once the server has answered its
     * first page ({@link #startIntegrityCheck()}) or {@link #LATER_CHECK_WAITS_AT_MOST} after opening.
     */
    public enum IntegrityCheck { FIRST, AFTER_START }

    /** Opens (creating if needed) the database in {@code dataDir}, checks it and applies every migration. */
    public static Database open(Path dataDir) {
        return open(dataDir, Migrations.all(), IntegrityCheck.FIRST);
    }

    /**
     * Opens the database without waiting for the integrity check when no migration is due (it reads every
     * page: seconds for a mirror of the whole catalogue, most of a server's start). The check runs on its own
     * thread once started (or after a while); damage it finds goes to {@link #health()}, and pages then answer
     * 503 saying what to do.
     */
    public static Database open(Path dataDir, IntegrityCheck when) {
        return open(dataDir, Migrations.all(), when);
    }

    static Database open(Path dataDir, List<Migration> migrations) {
        return open(dataDir, migrations, IntegrityCheck.FIRST);
    }

    private static Database open(Path dataDir, List<Migration> migrations, IntegrityCheck when) {
        Path file = dataDir.resolve(FILE_NAME);
        createOwnerOnly(file);
        KeptConnections connections = new KeptConnections(dataSource(file));
        Jdbi jdbi = Jdbi.create(connections).installPlugin(new SqlObjectPlugin());
        jdbi.getConfig(SqlStatements.class).setTemplateEngine(StatementSyntax.INSTANCE).setSqlParser(StatementSyntax.INSTANCE);
        jdbi.setTransactionHandler(new FairWriteTransactions(jdbi.getTransactionHandler()));
        Database db = new Database(file, jdbi, connections);
        try {
            if (when == IntegrityCheck.AFTER_START && !db.migrationDue(migrations)) {
                db.checkIntactLater();
            } else {
                db.checkIntact();
            }
            int version = db.jdbi.withHandle(h -> new Migrator(h, migrations).migrate());
            log.info("Database {} at schema version {}", file, version);
            db.keepOpen();
        } catch (RuntimeException e) {
            db.close(); // a file refused (damaged, too new) is not held open by the connections kept meanwhile
            throw e;
        }
        return db;
    }

    /**
     * Runs work on a connection that is closed afterwards rather than kept for the next handle: for work that
     * changes the connection's own settings (the bulk import turns foreign keys off on it).
     */
    public <T> T withOwnConnection(HandleCallback<T, RuntimeException> work) {
        return jdbi.withHandle(handle -> { // withHandle, not open(): the work's own jdbi calls join this handle
            connections.closeAfterUse(handle.getConnection());
            return work.withHandle(handle);
        });
    }

    /**
     * SQLite's quick check reads every page once (about a second for 500 MB, see BENCHMARKS.md), so a
     * damaged file is refused at start in a sentence rather than failing page after page later.
     */
    private void checkIntact() {
        String problem;
        try {
            problem = quickCheck();
        } catch (JdbiException e) {
            throw damaged(e);
        }
        if (problem != null) {
            throw new DatabaseDamagedException(file, "SQLite's check says: " + problem);
        }
    }

    /**
     * On two cores the check, reading every page of the file, took the CPU the first page needed (about 2.7 s
     * of the 4.4 s spent before it on a 506 MB mirror, BENCHMARKS.md): it waits until the server has answered
     * once, or until a server nobody visits has had time to start.
     */
    private void checkIntactLater() {
        Thread check = new Thread(() -> {
            try {
                if (!checkNow.await(LATER_CHECK_WAITS_AT_MOST.toMillis(), TimeUnit.MILLISECONDS)) {
                    log.debug("Checking {} without waiting longer for the first page", file);
                }
            } catch (InterruptedException e) {
                return;
            }
            if (closed) {
                return;
            }
            try {
                String problem = quickCheck();
                if (problem != null) {
                    health.noteDamage(problem);
                }
            } catch (RuntimeException e) {
                if (!health.noteIfDamaged(e)) {
                    log.warn("The integrity check of {} could not run: {}", file, e.getMessage());
                }
            }
        }, "integrity-check");
        check.setDaemon(true);
        check.start();
    }

    /** Lets an integrity check left for later ({@link IntegrityCheck#AFTER_START}) begin now; does nothing otherwise. */
    public void startIntegrityCheck() {
        checkNow.countDown();
    }

    /** Null when SQLite finds the file sound, else its first complaint. */
    private String quickCheck() {
        String result = jdbi.withHandle(h -> h.createQuery("PRAGMA quick_check(1)").mapTo(String.class).one());
        return "ok".equals(result) ? null : result.lines().findFirst().orElse("");
    }

    private boolean migrationDue(List<Migration> migrations) {
        int latest = migrations.stream().mapToInt(Migration::version).max().orElse(0);
        try {
            return schemaVersion() < latest;
        } catch (JdbiException e) {
            throw damaged(e);
        }
    }

    private DatabaseDamagedException damaged(JdbiException e) {
        SQLiteException damage = DatabaseHealth.damage(e).orElseThrow(() -> e);
        return new DatabaseDamagedException(file, "SQLite says: " + damage.getResultCode().message);
    }

    /**
     * Closing the last connection to a WAL database checkpoints and deletes the WAL: when every handle
     * opened and closed its own connection, that was a checkpoint and an fsync after every transaction, six
     * times the cost of the write itself. One connection held for the life of the Database (besides those
     * {@link KeptConnections} keeps idle) keeps the WAL in place, and SQLite checkpoints as usual.
     */
    private void keepOpen() {
        keeper = jdbi.open();
        keeper.createQuery("SELECT count(*) FROM sqlite_master").mapTo(Integer.class).one();
    }

    /**
     * Releases the connections held open; the WAL is checkpointed when the last connection closes. An integrity
     * check left for later that has not begun is dropped.
     */
    @Override
    public synchronized void close() {
        closed = true;
        checkNow.countDown();
        try {
            connections.close();
        } catch (SQLException e) {
            log.warn("Closing the kept connections to {}: {}", file, e.getMessage());
        }
        if (keeper != null) {
            keeper.close();
            keeper = null;
        }
    }

    public Jdbi jdbi() {
        return jdbi;
    }

    public Path file() {
        return file;
    }

    /** Whether SQLite found the file damaged since start (pages then answer with what to do). */
    public DatabaseHealth health() {
        return health;
    }

    /**
     * Writes a consistent copy of the whole database to {@code target} while others keep reading and
     * writing (VACUUM INTO reads one snapshot). The target must not exist yet.
     */
    public void backupTo(Path target) {
        Path abs = target.toAbsolutePath().normalize();
        if (Files.exists(abs, LinkOption.NOFOLLOW_LINKS)) {
            throw new IllegalArgumentException(abs + " already exists" + (Files.isSymbolicLink(abs) ? " (as a link)" : "")
                    + "; choose a new file name");
        }
        if (abs.getParent() != null && !Files.isDirectory(abs.getParent())) {
            throw new IllegalArgumentException("folder " + abs.getParent() + " does not exist");
        }
        try {
            Files.createFile(abs, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            Files.delete(abs); // VACUUM INTO refuses an existing file, even an empty one
        } catch (UnsupportedOperationException e) {
            log.debug("No POSIX permissions here; {} keeps the default mode", abs);
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot write " + abs + " (" + IoWords.of(e) + ")");
        }
        jdbi.useHandle(h -> h.createUpdate("VACUUM INTO :target").bind("target", abs.toString()).execute());
        try {
            Files.setPosixFilePermissions(abs, PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException | IOException e) {
            log.debug("Could not restrict permissions of {}", abs);
        }
    }

    public int schemaVersion() {
        return jdbi.withHandle(h -> h.createQuery("PRAGMA user_version").mapTo(Integer.class).one());
    }

    private static SQLiteDataSource dataSource(Path file) {
        SQLiteConfig config = new SQLiteConfig();
        config.setJournalMode(SQLiteConfig.JournalMode.WAL);
        config.setSynchronous(SQLiteConfig.SynchronousMode.NORMAL);
        config.setBusyTimeout(10_000);
        // A deferred transaction that reads and then writes cannot wait for a concurrent writer in WAL
        // mode: it fails with SQLITE_BUSY at once. Taking the write lock at BEGIN lets the busy timeout
        // work; pages read outside transactions, so they never wait on the sync.
        config.setTransactionMode(SQLiteConfig.TransactionMode.IMMEDIATE);
        config.enforceForeignKeys(true);
        config.setTempStore(SQLiteConfig.TempStore.MEMORY);
        // deleted rows are zeroed on disk: a forgotten token does not linger in free pages
        config.setPragma(SQLiteConfig.Pragma.SECURE_DELETE, "true");
        SQLiteDataSource ds = new SQLiteDataSource(config);
        ds.setUrl("jdbc:sqlite:" + file.toAbsolutePath());
        return ds;
    }

    /** The file holds account tokens: create it owner-only (SQLite gives its -wal and -shm the same mode). */
    private static void createOwnerOnly(Path file) {
        if (Files.exists(file)) {
            return;
        }
        try {
            Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        } catch (UnsupportedOperationException e) {
            log.debug("No POSIX permissions here; {} keeps the default mode", file);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException("cannot create " + file, e);
        }
    }
}
