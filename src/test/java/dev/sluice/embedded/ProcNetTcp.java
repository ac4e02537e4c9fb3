package dev.sluice.embedded;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.StringTokenizer;

/**
 * Reads the Linux socket tables /proc/net/tcp and /proc/net/tcp6, whose rows contain the local address as
 * {@code HEXADDRESS:HEXPORT} in the second column and the state in the fourth, where 0A means LISTEN.
 */
final class ProcNetTcp {

    private static final String LISTEN_STATE = "0A";
    private static final String IPV4_LOOPBACK = "0100007F";
    private static final String IPV4_MAPPED_LOOPBACK = "0000000000000000FFFF00000100007F";

    private ProcNetTcp() {
    }

    /** Returns the local address of every listening socket on one of the ports, as written in the table. */
    static List<String> listeningAddresses(Path table, int... ports) throws IOException {
        Set<String> hexPorts = new HashSet<>();
        for (int port : ports) {
            hexPorts.add(hexPort(port));
        }

        List<String> addresses = new ArrayList<>();
        List<String> lines = Files.readAllLines(table);
        for (String line : lines.subList(1, lines.size())) {
            StringTokenizer columns = new StringTokenizer(line);
            if (columns.countTokens() < 4) {
                continue;
            }
            columns.nextToken();
            String localAddress = columns.nextToken();
            columns.nextToken();
            String state = columns.nextToken();
            String localPort = localAddress.substring(localAddress.lastIndexOf(':') + 1);
            if (state.equals(LISTEN_STATE) && hexPorts.contains(localPort)) {
                addresses.add(localAddress);
            }
        }
        return addresses;
    }

    /**
     * Tells whether a table address is 127.0.0.1, written as 0100007F in tcp or as the IPv4-mapped
     * 0000000000000000FFFF00000100007F in tcp6.
     */
    static boolean isLoopbackIpv4(String tableAddress) {
        String host = tableAddress.substring(0, tableAddress.lastIndexOf(':'));
        return host.equals(IPV4_LOOPBACK) || host.equals(IPV4_MAPPED_LOOPBACK);
    }

    static String hexPort(int port) {
        return String.format(Locale.ROOT, "%04X", port);
    }
}
