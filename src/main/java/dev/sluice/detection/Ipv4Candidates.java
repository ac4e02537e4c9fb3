package dev.sluice.detection;

/**
 * Finds the IPv4 candidates of one run of digits and dots with a char scan, reporting exactly the matches that a
 * {@code find()} loop of {@code \d{1,3}\.\d{1,3}\.\d{1,3}\.\d{1,3}} reports. A match of the first three octets
 * takes every digit up to its dot, so it may start inside a longer digit group ("1234.5.6.7" gives "234.5.6.7"),
 * and the last octet takes at most three digits. {@code CandidateScanDifferentialTest} compares the spans with
 * the pattern's.
 */
final class Ipv4Candidates {

    private static final int MAX_OCTET_DIGITS = 3;
    private static final int DOTTED_OCTETS = 3;

    private Ipv4Candidates() {
    }

    /** Reports every match in {@code text[start, end)}, a window that no match crosses. */
    static void findAll(String text, int start, int end, CandidateSpans.Consumer consumer) {
        int i = start;
        while (i < end) {
            int matchEnd = matchEndAt(text, i, end);
            if (matchEnd < 0) {
                i++;
                continue;
            }
            consumer.accept(i, matchEnd);
            i = matchEnd;
        }
    }

    /** Returns the end of the match starting at {@code start}, or -1 when none starts there. */
    private static int matchEndAt(String text, int start, int end) {
        int i = start;
        for (int octet = 0; octet < DOTTED_OCTETS; octet++) {
            int digitsEnd = skipDigits(text, i, Math.min(end, i + MAX_OCTET_DIGITS + 1));
            int digits = digitsEnd - i;
            if (digits < 1 || digits > MAX_OCTET_DIGITS || digitsEnd >= end || text.charAt(digitsEnd) != '.') {
                return -1;
            }
            i = digitsEnd + 1;
        }
        int lastEnd = skipDigits(text, i, Math.min(end, i + MAX_OCTET_DIGITS));
        return lastEnd > i ? lastEnd : -1;
    }

    private static int skipDigits(String text, int i, int limit) {
        while (i < limit && TextChars.isAsciiDigit(text.charAt(i))) {
            i++;
        }
        return i;
    }
}
