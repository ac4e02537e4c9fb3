package dev.sluice.detection;

/**
 * Character-class checks at span boundaries. Offsets are UTF-16 char indices, and checks that look at letters
 * decode the full code point so that a surrogate pair counts as one letter. Lone surrogates are neither letters
 * nor digits.
 */
final class TextChars {

    private TextChars() {
    }

    static boolean isAsciiDigit(char c) {
        return c >= '0' && c <= '9';
    }

    static boolean isAsciiLetter(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }

    static boolean isAsciiAlphanumeric(char c) {
        return isAsciiDigit(c) || isAsciiLetter(c);
    }

    /** Returns whether the char at {@code index} exists and is an ASCII digit. */
    static boolean digitAt(String text, int index) {
        return index >= 0 && index < text.length() && isAsciiDigit(text.charAt(index));
    }

    /** Returns whether the char at {@code index} exists and is an ASCII letter or digit. */
    static boolean asciiAlphanumericAt(String text, int index) {
        return index >= 0 && index < text.length() && isAsciiAlphanumeric(text.charAt(index));
    }

    /** Returns whether the code point ending just before {@code index} is a letter, digit or underscore. */
    static boolean wordCharBefore(String text, int index) {
        if (index <= 0) {
            return false;
        }
        int codePoint = Character.codePointBefore(text, index);
        return Character.isLetterOrDigit(codePoint) || codePoint == '_';
    }

    /** Returns whether the code point starting at {@code index} is a letter, digit or underscore. */
    static boolean wordCharAt(String text, int index) {
        if (index >= text.length()) {
            return false;
        }
        int codePoint = Character.codePointAt(text, index);
        return Character.isLetterOrDigit(codePoint) || codePoint == '_';
    }

    /** Returns the number of ASCII digits in {@code text[start, end)}. */
    static int countDigits(CharSequence text, int start, int end) {
        int digits = 0;
        for (int i = start; i < end; i++) {
            if (isAsciiDigit(text.charAt(i))) {
                digits++;
            }
        }
        return digits;
    }

    /** Returns the ASCII digits of {@code text[start, end)} with every other char removed. */
    static String digitsOf(CharSequence text, int start, int end) {
        StringBuilder digits = new StringBuilder(end - start);
        for (int i = start; i < end; i++) {
            char c = text.charAt(i);
            if (isAsciiDigit(c)) {
                digits.append(c);
            }
        }
        return digits.toString();
    }
}
