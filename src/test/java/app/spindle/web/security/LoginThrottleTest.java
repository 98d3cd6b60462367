package app.spindle.web.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.spindle.Spindle;
import app.spindle.config.ConfigParser;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The login throttle against the tricks a guesser has: many connections that send their headers, wait,
 * then all send a password at the same instant; and the same spread over many source addresses (every
 * 127.x.x.x address is this machine, so one test can speak from a hundred of them).
 */
class LoginThrottleTest {
    private static final String CSRF = "c".repeat(43);

    @TempDir
    Path dir;

    private Spindle start() {
        return Spindle.start(ConfigParser.parse(new String[] {"--data", dir.toString(), "--port", "0",
                "--password", "right one"}, k -> null));
    }

    @Test
    void guesses_held_back_and_sent_at_once_get_no_more_than_five_tries() throws Exception {
        try (Spindle s = start()) {
            List<HeldLogin> held = new ArrayList<>();
            for (int i = 0; i < 40; i++) {
                held.add(HeldLogin.open(s.port(), "127.0.0.1", "guess " + i));
            }
            // let the server start every handler and wait on the body, as the attack does
            Thread.sleep(300);
            held.forEach(HeldLogin::sendBody);
            int compared = 0;
            int refused = 0;
            for (HeldLogin login : held) {
                int status = login.status();
                compared += status == 401 ? 1 : 0;
                refused += status == 429 ? 1 : 0;
            }
            assertEquals(LoginThrottle.MAX_FAILURES, compared, "tries that reached the password compare");
            assertEquals(40 - LoginThrottle.MAX_FAILURES, refused);
            HeldLogin right = HeldLogin.open(s.port(), "127.0.0.1", "right one");
            right.sendBody();
            assertEquals(429, right.status(), "the right password after the spent tries is refused too");
        }
    }

    @Test
    void guesses_from_many_addresses_are_bounded_all_together() throws Exception {
        try (Spindle s = start()) {
            for (int i = 0; i < LoginThrottle.MAX_FAILURES_ALL_ADDRESSES; i++) {
                HeldLogin login = HeldLogin.open(s.port(), "127.0.1." + (i + 1), "guess " + i);
                login.sendBody();
                assertEquals(401, login.status(), "guess " + i);
            }
            HeldLogin fresh = HeldLogin.open(s.port(), "127.0.2.1", "another guess");
            fresh.sendBody();
            assertEquals(429, fresh.status(), "a new address once the bound for all addresses is spent");
        }
    }

    @Test
    void a_right_password_frees_its_address_tries() throws Exception {
        try (Spindle s = start()) {
            for (int round = 0; round < 3; round++) {
                for (int i = 0; i < LoginThrottle.MAX_FAILURES - 1; i++) {
                    HeldLogin wrong = HeldLogin.open(s.port(), "127.0.0.1", "guess " + i);
                    wrong.sendBody();
                    assertEquals(401, wrong.status());
                }
                HeldLogin right = HeldLogin.open(s.port(), "127.0.0.1", "right one");
                right.sendBody();
                assertEquals(302, right.status());
            }
        }
    }

    /** A login POST whose headers are sent at once and whose body is sent later. */
    private record HeldLogin(Socket socket, byte[] body) {
        static HeldLogin open(int port, String from, String password) throws IOException {
            byte[] body = ("password=" + java.net.URLEncoder.encode(password, StandardCharsets.UTF_8) + "&_csrf=" + CSRF)
                    .getBytes(StandardCharsets.UTF_8);
            Socket socket = new Socket();
            socket.bind(new InetSocketAddress(InetAddress.getByName(from), 0));
            socket.connect(new InetSocketAddress("127.0.0.1", port), 5_000);
            socket.setSoTimeout(15_000);
            String head = "POST /login HTTP/1.1\r\nHost: 127.0.0.1:" + port + "\r\nConnection: close\r\n"
                    + "Cookie: " + CsrfGuard.COOKIE + "=" + CSRF + "\r\n"
                    + CsrfGuard.HEADER + ": " + CSRF + "\r\n"
                    + "Content-Type: application/x-www-form-urlencoded\r\n"
                    + "Content-Length: " + body.length + "\r\n\r\n";
            socket.getOutputStream().write(head.getBytes(StandardCharsets.ISO_8859_1));
            socket.getOutputStream().flush();
            return new HeldLogin(socket, body);
        }

        void sendBody() {
            try {
                OutputStream out = socket.getOutputStream();
                out.write(body);
                out.flush();
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }

        int status() throws IOException {
            try (socket) {
                InputStream in = socket.getInputStream();
                String answer = new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
                assertTrue(answer.startsWith("HTTP/1.1 "), answer);
                return Integer.parseInt(answer.substring(9, 12));
            }
        }
    }
}
