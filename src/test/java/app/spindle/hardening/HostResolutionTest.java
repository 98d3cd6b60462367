package app.spindle.hardening;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.spindle.Main;
import app.spindle.testing.ChildJvm;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Whether {@code --host} is loopback is decided by the addresses the name resolves to, not by how it is
 * spelled. A JVM of its own reads a hosts file of the test's making ({@code jdk.net.hosts.file}), so the
 * names resolve for real without touching the machine's DNS.
 */
class HostResolutionTest {
    @TempDir
    Path dir;

    @Test
    void a_name_that_looks_like_loopback_but_resolves_to_the_lan_needs_a_password() throws Exception {
        Outcome o = serve("127.0.0.1.lan.example");
        assertEquals(2, o.code(), o.err());
        assertTrue(o.err().startsWith("spindle: --host 127.0.0.1.lan.example lets other machines reach Spindle"), o.err());
        assertEquals(1, o.err().lines().count(), o.err());
    }

    @Test
    void a_name_with_a_loopback_and_a_lan_address_needs_a_password() throws Exception {
        Outcome o = serve("both.example");
        assertEquals(2, o.code(), o.err());
        assertTrue(o.err().contains("set a password first"), o.err());
    }

    @Test
    void a_name_that_does_not_resolve_is_one_line_and_exit_2() throws Exception {
        Outcome o = serve("nowhere.example");
        assertEquals(2, o.code(), o.err());
        assertEquals("spindle: --host nowhere.example does not resolve to any address\n", o.err());
    }

    private record Outcome(int code, String err) {
    }

    private Outcome serve(String host) throws Exception {
        Path hosts = Files.writeString(dir.resolve("hosts"),
                "192.168.77.20 127.0.0.1.lan.example\n127.0.0.1 both.example\n192.168.77.21 both.example\n");
        ProcessBuilder pb = ChildJvm.of(Main.class, "--host", host, "--port", "0", "--data", dir.resolve("data").toString());
        pb.command().add(1, "-Djdk.net.hosts.file=" + hosts);
        pb.command().add(1, "-Dorg.slf4j.simpleLogger.defaultLogLevel=warn");
        pb.redirectOutput(ProcessBuilder.Redirect.DISCARD);
        Process p = pb.start();
        boolean ended = p.waitFor(60, TimeUnit.SECONDS);
        if (!ended) {
            p.destroyForcibly();
            return new Outcome(-1, "still running: it started on " + host);
        }
        return new Outcome(p.exitValue(), new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8));
    }
}
