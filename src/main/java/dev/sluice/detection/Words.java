package dev.sluice.detection;

/**
 * Word bounds for the confusable-letter rule of the matching form: a word is a maximal run of code points with the
 * {@link MatchingChars#WORD} flag (letters, digits and combining marks). Offsets are UTF-16 indices and a surrogate
 * pair counts as one code point.
 */
final class Words {

    private Words() {
    }

    /** Returns the start of the word that contains the word char at {@code index}. */
    static int start(CharSequence text, int index) {
        int start = index;
        while (start > 0) {
            int before = Character.codePointBefore(text, start);
            if ((MatchingChars.properties(before) & MatchingChars.WORD) == 0) {
                break;
            }
            start -= Character.charCount(before);
        }
        return start;
    }

    /** Returns the end of the word that contains the word char at {@code index}. */
    static int end(CharSequence text, int index) {
        int end = index;
        while (end < text.length()) {
            int codePoint = Character.codePointAt(text, end);
            if ((MatchingChars.properties(codePoint) & MatchingChars.WORD) == 0) {
                break;
            }
            end += Character.charCount(codePoint);
        }
        return end;
    }

    /** Returns whether {@code text[start, end)} contains a letter of the Latin script. */
    static boolean containsLatinLetter(CharSequence text, int start, int end) {
        int i = start;
        while (i < end) {
            int codePoint = Character.codePointAt(text, i);
            if ((MatchingChars.properties(codePoint) & MatchingChars.LATIN_LETTER) != 0) {
                return true;
            }
            i += Character.charCount(codePoint);
        }
        return false;
    }
}
