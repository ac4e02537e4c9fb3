package dev.sluice.detection;

/** Boundary checks for identifiers made of digit groups. */
final class NumberBounds {

    private NumberBounds() {
    }

    /**
     * Returns whether {@code text[start, end)} is part of a longer token: a letter, digit or underscore touches
     * it, or a '-', '.', '/' or ' ' joins it to another digit ("1-912-70-1234", "912-70-1234-5").
     */
    static boolean continuesNumber(String text, int start, int end) {
        if (TextChars.wordCharBefore(text, start) || TextChars.wordCharAt(text, end)) {
            return true;
        }
        boolean joinedBefore = start >= 2 && isJoiner(text.charAt(start - 1)) && TextChars.digitAt(text, start - 2);
        boolean joinedAfter = end + 1 < text.length() && isJoiner(text.charAt(end)) && TextChars.digitAt(text, end + 1);
        return joinedBefore || joinedAfter;
    }

    private static boolean isJoiner(char c) {
        return c == '-' || c == '.' || c == '/' || c == ' ';
    }
}
