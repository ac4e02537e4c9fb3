package dev.sluice.detection;

/** Span helpers shared by the token detectors. */
final class SecretSpans {

    private SecretSpans() {
    }

    /** Returns {@code end} moved back over trailing '.', which end a sentence and never end a token. */
    static int trimTrailingDots(String text, int start, int end) {
        int trimmed = end;
        while (trimmed > start + 1 && text.charAt(trimmed - 1) == '.') {
            trimmed--;
        }
        return trimmed;
    }

    /** Returns whether {@code text[start, end)} contains an ASCII digit, an upper-case and a lower-case letter. */
    static boolean hasMixedAlphanumerics(CharSequence text, int start, int end) {
        boolean digit = false;
        boolean upper = false;
        boolean lower = false;
        for (int i = start; i < end; i++) {
            char c = text.charAt(i);
            digit |= c >= '0' && c <= '9';
            upper |= c >= 'A' && c <= 'Z';
            lower |= c >= 'a' && c <= 'z';
        }
        return digit && upper && lower;
    }

    /**
     * Returns the index of the first occurrence of {@code lowerCaseAscii} in {@code text} at or after
     * {@code from}, in any mix of ASCII letter case, or -1. The word must start with an ASCII letter, which is
     * compared first so that most positions cost one char test.
     */
    static int indexOfIgnoreCase(String text, String lowerCaseAscii, int from) {
        char first = lowerCaseAscii.charAt(0);
        int last = text.length() - lowerCaseAscii.length();
        for (int i = Math.max(0, from); i <= last; i++) {
            char c = text.charAt(i);
            if ((c == first || c == first - 32) && text.regionMatches(true, i, lowerCaseAscii, 0, lowerCaseAscii.length())) {
                return i;
            }
        }
        return -1;
    }
}
