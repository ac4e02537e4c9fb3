package dev.sluice.detection;

/**
 * Char classes that {@link StreetAddressDetector} and {@link StreetWordWalk} test at every digit run, read from
 * one table of 64 KB so that each test is a single array read.
 */
final class StreetChars {

    /** A letter, digit or '_' that is not a surrogate: what {@link TextChars#wordCharBefore} looks for. */
    private static final byte LETTER_OR_DIGIT = 1;

    /** A char that may be part of a word of a street or city name: a letter, a combining mark or .-/'’ . */
    private static final byte NAME_CHAR = 2;

    /** A char for which {@link Character#isUpperCase(char)} returns true. */
    private static final byte UPPER_CASE = 4;

    private static final byte[] FLAGS = flags();

    private StreetChars() {
    }

    /** Returns what {@link TextChars#wordCharBefore} returns, by one table read unless the char is a surrogate. */
    static boolean wordCharBefore(String text, int index) {
        if (index == 0) {
            return false;
        }
        char before = text.charAt(index - 1);
        if (Character.isSurrogate(before)) {
            return TextChars.wordCharBefore(text, index);
        }
        return (FLAGS[before] & LETTER_OR_DIGIT) != 0;
    }

    /** Returns whether {@code c} may be part of a word of a street or city name. */
    static boolean isNameChar(char c) {
        return (FLAGS[c] & NAME_CHAR) != 0;
    }

    /** Returns what {@link Character#isUpperCase(char)} returns. */
    static boolean isUpperCase(char c) {
        return (FLAGS[c] & UPPER_CASE) != 0;
    }

    private static byte[] flags() {
        byte[] table = new byte[Character.MAX_VALUE + 1];
        for (int c = 0; c <= Character.MAX_VALUE; c++) {
            int flags = 0;
            if (!Character.isSurrogate((char) c) && (Character.isLetterOrDigit(c) || c == '_')) {
                flags |= LETTER_OR_DIGIT;
            }
            if (Character.isLetter(c) || c == '.' || c == '/' || c == '-' || c == '\'' || c == '’'
                    || Character.getType(c) == Character.NON_SPACING_MARK) {
                flags |= NAME_CHAR;
            }
            if (Character.isUpperCase((char) c)) {
                flags |= UPPER_CASE;
            }
            table[c] = (byte) flags;
        }
        return table;
    }
}
