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
}
