package dev.sluice.detection;

/**
 * The fast check of {@link NormalizedText}: whether a string is already in matching form, so that it needs no copy
 * and no offset map, or differs from it only by one-for-one char replacements, so that it needs a copy but no map.
 * One pass over the chars: ASCII costs one comparison and any other BMP char one table lookup. Only combining
 * marks, supplementary code points and letters that look like Latin letters need a closer look.
 */
final class MatchingFormCheck {

    private MatchingFormCheck() {
    }

    /** Result of {@link #check}: the text is in matching form. */
    static final int IN_MATCHING_FORM = 0;
    /** Result of {@link #check}: the matching form replaces some chars, each by one ASCII char, and nothing else. */
    static final int ONE_FOR_ONE = 1;
    /** Result of {@link #check}: the matching form needs {@link MatchingFormBuilder#build}. */
    static final int NEEDS_BUILD = 2;

    /**
     * Returns how far {@code text} is from its matching form: {@link #IN_MATCHING_FORM}, {@link #ONE_FOR_ONE} or
     * {@link #NEEDS_BUILD}. A word with a look-alike letter is searched for a Latin letter once, however many
     * look-alikes it has.
     */
    static int check(String text) {
        int length = text.length();
        int firstNonAscii = firstNonAscii(text);
        if (firstNonAscii == length) {
            return IN_MATCHING_FORM;
        }

        int checkedWordEnd = 0;
        int result = IN_MATCHING_FORM;
        for (int i = firstNonAscii; i < length; i++) {
            char c = text.charAt(i);
            if (c < 0x80) {
                continue;
            }
            int kind = MatchingChars.kind(c);
            if (kind == MatchingChars.PASS) {
                continue;
            }

            if (kind == MatchingChars.ONE_FOR_ONE) {
                result = ONE_FOR_ONE;
            } else if (kind == MatchingChars.MARK) {
                if (!inCanonicalOrder(text, i, c)) {
                    return NEEDS_BUILD;
                }
            } else if (kind == MatchingChars.CONFUSABLE) {
                if (i >= checkedWordEnd) {
                    checkedWordEnd = Words.end(text, i);
                    if (Words.containsLatinLetter(text, Words.start(text, i), checkedWordEnd)) {
                        return NEEDS_BUILD;
                    }
                }
            } else if (kind == MatchingChars.SURROGATE) {
                if (!supplementaryStays(text, i)) {
                    return NEEDS_BUILD;
                }
                i += Character.charCount(text.codePointAt(i)) - 1;
            } else {
                return NEEDS_BUILD;
            }
        }
        return result;
    }

    /**
     * Returns the index of the first char of {@code text} that is not ASCII, or its length if none. A loop of its
     * own, so that its compiled code does not depend on how often other texts took the branches of {@link #check}.
     */
    private static int firstNonAscii(String text) {
        int length = text.length();
        int i = 0;
        while (i < length && text.charAt(i) < 0x80) {
            i++;
        }
        return i;
    }

    /**
     * Returns whether the code point at {@code index}, which starts with a surrogate, stays as it is. A lone
     * surrogate stays: normalisation passes it through.
     */
    private static boolean supplementaryStays(String text, int index) {
        int codePoint = text.codePointAt(index);
        if (Character.isBmpCodePoint(codePoint)) {
            return true;
        }
        int kind = MatchingChars.properties(codePoint) & MatchingChars.KIND_MASK;
        if (kind == MatchingChars.MARK) {
            return inCanonicalOrder(text, index, codePoint);
        }
        return kind == MatchingChars.PASS;
    }

    /**
     * Returns whether the combining mark {@code mark} at {@code index} is in canonical order after the code point
     * before it: NFKC reorders it only when that code point is a mark of a higher combining class.
     */
    private static boolean inCanonicalOrder(String text, int index, int mark) {
        if (index == 0) {
            return true;
        }
        int before = MatchingChars.combiningClass(text.codePointBefore(index));
        return before == 0 || before <= MatchingChars.combiningClass(mark);
    }
}
