package app.spindle.config;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Arrays;

/**
 * Whether the address Spindle listens on keeps it to this machine. Decided by what the name resolves
 * to — every address must be loopback — never by its spelling: {@code 127.example.org} may well point
 * into the LAN.
 */
final class ListenHost {
    private ListenHost() {
    }

    static boolean isLoopback(String host) {
        try {
            InetAddress[] addresses = InetAddress.getAllByName(host);
            return addresses.length > 0 && Arrays.stream(addresses).allMatch(InetAddress::isLoopbackAddress);
        } catch (UnknownHostException | SecurityException e) {
            throw new ConfigException("--host " + host + " does not resolve to any address");
        }
    }
}
