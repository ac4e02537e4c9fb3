package dev.sluice.detection;

import java.util.List;

/**
 * The words that the IP address detector's version patterns end with, before the optional blanks and ':' or '='.
 * A text whose last ASCII letters fit none of them cannot match any of those patterns, so the detector skips the
 * lower-casing and the RE2/J searches for it.
 */
final class VersionWordEndings {

    // The last word of every alternative of VERSION_CONTEXT and UPDATED_TO in IpAddressDetector, lower case. A
    // word added to those patterns must be added here; IpAddressDetectorTest compares both paths on random text.
    private static final List<String> WORDS = List.of(
            "v", "ver", "version", "to", "build", "release", "candidate", "rc", "tag", "versionsnummer",
            "versión", "versão", "auf", "vers", "a", "para");

    private VersionWordEndings() {
    }

    /**
     * Returns false only when the ASCII letters that end {@code text[from, end)} cannot end one of the words:
     * neither is the lower-cased run of letters a suffix of a word, nor a word a suffix of that run. The char
     * before {@code end} must be an ASCII letter.
     */
    static boolean mayEndWith(String text, int from, int end) {
        int runStart = end;
        while (runStart > from && TextChars.isAsciiLetter(text.charAt(runStart - 1))) {
            runStart--;
        }
        for (String word : WORDS) {
            if (endsAlike(text, runStart, end, word)) {
                return true;
            }
        }
        return false;
    }

    /** Returns whether the shorter of {@code text[start, end)} and {@code word} ends the longer, ignoring case. */
    private static boolean endsAlike(String text, int start, int end, String word) {
        int compared = Math.min(end - start, word.length());
        for (int k = 1; k <= compared; k++) {
            char c = text.charAt(end - k);
            char lower = c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
            if (lower != word.charAt(word.length() - k)) {
                return false;
            }
        }
        return true;
    }
}
