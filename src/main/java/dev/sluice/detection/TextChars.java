package dev.sluice.detection;

/**
 * Character-class checks at span boundaries. Offsets are UTF-16 char indices, and checks that look at letters
 * decode the full code point so that a surrogate pair counts as one letter. Lone surrogates are neither letters
 * nor digits.
 */
final class TextChars {

    private static final char FULL_WIDTH_FIRST = '\uFF01';
    private static final char FULL_WIDTH_LAST = '\uFF5E';
    private static final char IDEOGRAPHIC_SPACE = '\u3000';

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

    /**
     * Returns whether the match {@code text[matchStart, end)} runs on into a longer word. The code point at
     * {@code end} continues the word when it is an underscore, or a letter or digit of the same script as the
     * last code point of the match that has a script of its own. So "Tamarind" in "Tamarindチーム" is a whole
     * word and "Ken" in "Kenya" is not.
     */
    static boolean continuesWordAfter(String text, int matchStart, int end) {
        if (end >= text.length() || end <= matchStart) {
            return false;
        }
        int neighbour = Character.codePointAt(text, end);
        if (neighbour == '_') {
            return true;
        }
        if (!Character.isLetterOrDigit(neighbour)) {
            return false;
        }
        int inside = end;
        int edge = Character.codePointBefore(text, inside);
        while (isScriptNeutral(edge) && inside - Character.charCount(edge) > matchStart) {
            inside -= Character.charCount(edge);
            edge = Character.codePointBefore(text, inside);
        }
        return sameWord(edge, neighbour);
    }

    /**
     * Returns whether the match {@code text[start, matchEnd)} continues a word that starts before it, by the
     * rule of {@link #continuesWordAfter(String, int, int)} applied to the first code point of the match.
     */
    static boolean continuesWordBefore(String text, int start, int matchEnd) {
        if (start <= 0 || start >= matchEnd) {
            return false;
        }
        int neighbour = Character.codePointBefore(text, start);
        if (neighbour == '_') {
            return true;
        }
        if (!Character.isLetterOrDigit(neighbour)) {
            return false;
        }
        int inside = start;
        int edge = Character.codePointAt(text, inside);
        while (isScriptNeutral(edge) && inside + Character.charCount(edge) < matchEnd) {
            inside += Character.charCount(edge);
            edge = Character.codePointAt(text, inside);
        }
        return sameWord(edge, neighbour);
    }

    /**
     * Returns whether the letter or digit {@code neighbour} joins {@code edge} into one word: both have the
     * same {@link Character.UnicodeScript}, or either has none of its own (COMMON, INHERITED or UNKNOWN, as
     * the digits 0-9 do). So "Ken2" stays one word, while Latin letters touching Han, Kana, Hangul or Arabic
     * letters do not.
     */
    private static boolean sameWord(int edge, int neighbour) {
        if (isScriptNeutral(edge) || isScriptNeutral(neighbour)) {
            return true;
        }
        return Character.UnicodeScript.of(edge) == Character.UnicodeScript.of(neighbour);
    }

    private static boolean isScriptNeutral(int codePoint) {
        Character.UnicodeScript script = Character.UnicodeScript.of(codePoint);
        return script == Character.UnicodeScript.COMMON || script == Character.UnicodeScript.INHERITED
                || script == Character.UnicodeScript.UNKNOWN;
    }

    /**
     * Returns {@code text} with the full-width forms of ASCII (U+FF01 to U+FF5E, such as '＋', '８', '＠') replaced
     * by U+0021 to U+007E and the ideographic space U+3000 by a space, or {@code text} itself when it has
     * none. Each replacement swaps one BMP char for one char, so every offset into the result is the same
     * offset into {@code text}.
     */
    static String foldFullWidth(String text) {
        int first = firstFullWidthIndex(text);
        if (first < 0) {
            return text;
        }
        char[] folded = text.toCharArray();
        for (int i = first; i < folded.length; i++) {
            folded[i] = foldFullWidth(folded[i]);
        }
        return new String(folded);
    }

    private static int firstFullWidthIndex(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (foldFullWidth(c) != c) {
                return i;
            }
        }
        return -1;
    }

    private static char foldFullWidth(char c) {
        if (c >= FULL_WIDTH_FIRST && c <= FULL_WIDTH_LAST) {
            return (char) (c - FULL_WIDTH_FIRST + '!');
        }
        return c == IDEOGRAPHIC_SPACE ? ' ' : c;
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
