package dev.sluice.detection;

/**
 * Validates IPv6 address literals (RFC 4291 section 2.2): eight groups of 1-4 hex digits, at most one "::"
 * standing for one or more zero groups, and an optional embedded dotted IPv4 address as the last 32 bits.
 * Zone ids and prefix lengths are not accepted.
 */
final class Ipv6Parser {

    private static final int GROUPS = 8;

    private Ipv6Parser() {
    }

    static boolean isValid(String candidate) {
        int compression = candidate.indexOf("::");
        if (compression >= 0 && candidate.indexOf("::", compression + 1) >= 0) {
            return false;
        }
        if (compression < 0) {
            return countGroups(candidate, true) == GROUPS;
        }
        String head = candidate.substring(0, compression);
        String tail = candidate.substring(compression + 2);
        int headGroups = head.isEmpty() ? 0 : countGroups(head, false);
        int tailGroups = tail.isEmpty() ? 0 : countGroups(tail, true);
        return headGroups >= 0 && tailGroups >= 0 && headGroups + tailGroups < GROUPS;
    }

    /**
     * Returns the number of 16-bit groups in a colon-separated list with no empty entries, counting an
     * embedded IPv4 address in the last position as two, or -1 when the list is malformed.
     */
    private static int countGroups(String part, boolean ipv4AllowedLast) {
        int groups = 0;
        int groupStart = 0;
        for (int i = 0; i <= part.length(); i++) {
            if (i < part.length() && part.charAt(i) != ':') {
                continue;
            }
            boolean last = i == part.length();
            if (last && ipv4AllowedLast && part.indexOf('.', groupStart) >= 0) {
                if (!IpAddressDetector.isValidIpv4(part, groupStart, i) || countDots(part, groupStart) != 3) {
                    return -1;
                }
                groups += 2;
            } else if (isHexGroup(part, groupStart, i)) {
                groups++;
            } else {
                return -1;
            }
            groupStart = i + 1;
        }
        return groups;
    }

    private static int countDots(String part, int from) {
        int dots = 0;
        for (int i = from; i < part.length(); i++) {
            if (part.charAt(i) == '.') {
                dots++;
            }
        }
        return dots;
    }

    private static boolean isHexGroup(String part, int start, int end) {
        int length = end - start;
        if (length < 1 || length > 4) {
            return false;
        }
        for (int i = start; i < end; i++) {
            if (Character.digit(part.charAt(i), 16) < 0) {
                return false;
            }
        }
        return true;
    }
}
