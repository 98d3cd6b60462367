package app.spindle.testing;

import app.spindle.Spindle;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * The mirror the read-only page tests share: one small FakeDiscogs account (60 copies, 30 wants, the
 * real captured releases among them) synced once per test run and served by one Spindle. A test class
 * extended with this asks for {@link Served} as a parameter of its {@code @BeforeAll} method; it is
 * closed when the run ends. Tests that change the mirror keep an account of their own.
 */
public final class SharedAccount implements ParameterResolver {
    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(SharedAccount.class);

    /** The synced account, the Spindle serving it, and a client for that Spindle. */
    public record Served(SyncedAccount account, Spindle spindle, TestHttp http, Path dir) implements AutoCloseable {
        @Override
        public void close() throws IOException {
            spindle.close();
            account.close();
            Folders.delete(dir);
        }
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == Served.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        return context.getRoot().getStore(NAMESPACE).getOrComputeIfAbsent(Served.class, key -> start(), Served.class);
    }

    private static Served start() {
        try {
            Path dir = Folders.temporary("spindle-shared-account");
            SyncedAccount account = SyncedAccount.sync(dir, 60, 30);
            Spindle spindle = account.startSpindle();
            return new Served(account, spindle, new TestHttp(spindle.port()), dir);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
