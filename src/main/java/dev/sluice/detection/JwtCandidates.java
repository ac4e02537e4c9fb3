package dev.sluice.detection;

/**
 * Finds JWT candidates with a char scan, reporting exactly the matches that a {@code find()} loop of
 * {@code eyJ[A-Za-z0-9_\-]{5,}\.[A-Za-z0-9_\-]{2,}\.[A-Za-z0-9_\-]*} reports. No class of the pattern contains
 * '.', so each segment takes every base64url char up to the next non-base64url char, which must be the dot.
 * {@code CandidateScanDifferentialTest} compares the spans with the pattern's.
 */
final class JwtCandidates {

    private static final String HEADER_START = "eyJ";
    private static final int MIN_HEADER_CHARS = 5;
    private static final int MIN_PAYLOAD_CHARS = 2;

    private JwtCandidates() {
    }

    /** Reports every match in {@code text[start, end)}, a window that no match crosses. */
    static void findAll(String text, int start, int end, CandidateSpans.Consumer consumer) {
        int from = start;
        while (true) {
            int header = text.indexOf(HEADER_START, from);
            if (header < 0 || header + HEADER_START.length() > end) {
                return;
            }
            int headerEnd = skipBase64Url(text, header + HEADER_START.length(), end);
            int matchEnd = matchEnd(text, header, headerEnd, end);
            if (matchEnd < 0) {
                // Every later start before headerEnd shares its header end and payload, so it fails too.
                from = Math.max(headerEnd, header + 1);
                continue;
            }
            consumer.accept(header, matchEnd);
            from = matchEnd;
        }
    }

    /** Returns the end of the token whose header runs from {@code header} to {@code headerEnd}, or -1. */
    private static int matchEnd(String text, int header, int headerEnd, int end) {
        if (headerEnd - header - HEADER_START.length() < MIN_HEADER_CHARS || !dotAt(text, headerEnd, end)) {
            return -1;
        }
        int payloadEnd = skipBase64Url(text, headerEnd + 1, end);
        if (payloadEnd - headerEnd - 1 < MIN_PAYLOAD_CHARS || !dotAt(text, payloadEnd, end)) {
            return -1;
        }
        return skipBase64Url(text, payloadEnd + 1, end);
    }

    private static boolean dotAt(String text, int index, int end) {
        return index < end && text.charAt(index) == '.';
    }

    private static int skipBase64Url(String text, int i, int end) {
        while (i < end && isBase64Url(text.charAt(i))) {
            i++;
        }
        return i;
    }

    private static boolean isBase64Url(char c) {
        return TextChars.isAsciiAlphanumeric(c) || c == '_' || c == '-';
    }
}
