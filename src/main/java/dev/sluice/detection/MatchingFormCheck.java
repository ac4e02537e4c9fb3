package dev.sluice.detection;

/**
 * The fast path of {@link NormalizedText}. It finds whether a string is already in matching form, so that it needs
 * no copy and no offset map, or differs from it only by one-for-one char replacements. Such a string needs a copy
 * but no map, and the copy is made in the same pass.
 *
 * <p>An ASCII prefix costs one comparison per char. From the first non-ASCII char on, the chars are read four at a
 * time, and four chars of kind {@link MatchingChars#PASS} (ASCII, accented Latin letters, Kana, Han, most of
 * Devanagari...) cost four reads of the {@link MatchingChars} table and one test. Only the chars of another kind
 * get a closer look: combining marks, supplementary code points, letters that look like Latin letters and
 * one-for-one replacements.
 */
final class MatchingFormCheck {

    /** Chars whose kinds {@link #nextToExamine} tests together. */
    private static final int STEP = 4;

    private MatchingFormCheck() {
    }

    /**
     * Returns the matching form of {@code text} when it has the same length and offsets as {@code text}:
     * {@code text} itself when it is in matching form, or a copy in which some chars are replaced, each by one
     * ASCII char ({@link MatchingChars#oneForOneTarget}). Returns null when the matching form needs
     * {@link MatchingFormBuilder#build}. A word with a look-alike letter is searched for a Latin letter once,
     * however many look-alikes it has.
     */
    static String sameOffsetsForm(String text) {
        int length = text.length();
        int firstNonAscii = firstNonAscii(text);
        if (firstNonAscii == length) {
            return text;
        }

        char[] replaced = null;
        int checkedWordEnd = 0;
        int i = nextToExamine(text, firstNonAscii);
        while (i < length) {
            char c = text.charAt(i);
            int kind = MatchingChars.kind(c);
            int next = i + 1;

            if (kind == MatchingChars.ONE_FOR_ONE) {
                if (replaced == null) {
                    replaced = text.toCharArray();
                }
                replaced[i] = MatchingChars.oneForOneTarget(c);
            } else if (kind == MatchingChars.MARK) {
                if (!inCanonicalOrder(text, i, c)) {
                    return null;
                }
            } else if (kind == MatchingChars.CONFUSABLE) {
                if (i >= checkedWordEnd) {
                    checkedWordEnd = Words.end(text, i);
                    if (Words.containsLatinLetter(text, Words.start(text, i), checkedWordEnd)) {
                        return null;
                    }
                }
            } else if (kind == MatchingChars.SURROGATE) {
                if (!supplementaryStays(text, i)) {
                    return null;
                }
                next = i + Character.charCount(text.codePointAt(i));
            } else {
                return null;
            }

            i = nextToExamine(text, next);
        }
        return replaced == null ? text : new String(replaced);
    }

    /**
     * Returns the index of the first char of {@code text} that is not ASCII, or its length if none. A loop of its
     * own, so that its compiled code does not depend on how often other texts took the branches of
     * {@link #sameOffsetsForm}.
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
     * Returns the index of the first char at or after {@code from} whose kind is not {@link MatchingChars#PASS},
     * or the length of {@code text} if none. Reading {@value #STEP} chars per test and no branch between them is
     * what makes mixed text, where ASCII and other chars alternate every few chars, cheap.
     */
    private static int nextToExamine(String text, int from) {
        int length = text.length();
        int i = from;
        while (i + STEP <= length
                && MatchingChars.allPass(text.charAt(i), text.charAt(i + 1), text.charAt(i + 2), text.charAt(i + 3))) {
            i += STEP;
        }
        while (i < length && MatchingChars.kind(text.charAt(i)) == MatchingChars.PASS) {
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
    static boolean inCanonicalOrder(String text, int index, int mark) {
        if (index == 0) {
            return true;
        }
        int before = MatchingChars.combiningClass(text.codePointBefore(index));
        return before == 0 || before <= MatchingChars.combiningClass(mark);
    }
}
