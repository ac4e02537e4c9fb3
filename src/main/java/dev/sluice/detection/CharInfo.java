package dev.sluice.detection;

/**
 * Table of the case key and class flags of every char, as the {@link ScanContext} pass reads them: the case key
 * ({@link TriggerWord#caseKey}) in the low 16 bits and the flags above them. One read replaces the class lookup
 * and the case-key lookup of each char.
 */
final class CharInfo {

    /** Mask of the case key. */
    static final int KEY_MASK = 0xFFFF;

    /** Bit shift of the flag of the ASCII digits 0-9. */
    static final int DIGIT_SHIFT = 16;
    /** Bit shift of the flag of the ASCII capital letters A-Z. */
    static final int UPPER_CASE_SHIFT = 17;
    /** Bit shift of the flag of ':', '-' and '.', the separators that {@link ScanContext} records. */
    static final int SEPARATOR_SHIFT = 18;

    static final int DIGIT = 1 << DIGIT_SHIFT;
    static final int UPPER_CASE = 1 << UPPER_CASE_SHIFT;
    static final int SEPARATOR = 1 << SEPARATOR_SHIFT;
    /** Flag of '@'. */
    static final int AT_SIGN = 1 << 19;
    /**
     * Flag of a char that is a person keyword on its own ({@link PersonTriggers#isOneCharKeyword}: 様, 씨, 님), which
     * {@link TriggerWord} cannot hold, so that person triggers search for those chars only in text that has one.
     */
    static final int PERSON_KEYWORD_CHAR = 1 << 20;
    /**
     * Flag of a char that the matching form replaces by one ASCII char ({@link MatchingChars#ONE_FOR_ONE}): a
     * full-width form, a no-break space, a dash, a digit of another script. This and the next two flags are the
     * highest, so {@link #MATCHING_FORM_FLAGS} is the lowest value that has any of them.
     */
    static final int ONE_FOR_ONE = 1 << 21;
    /** Flag of a combining mark ({@link MatchingChars#MARK}), which stays where it is in canonical order. */
    static final int COMBINING_MARK = 1 << 22;
    /**
     * Flag of a char that may change the matching form in a way that only {@link NormalizedText#of} works out: a
     * look-alike letter, a surrogate, or a char that NFKC rewrites.
     */
    static final int OTHER_FORM_CHANGE = 1 << 23;
    /** The lowest of the three matching-form flags, which are above every other bit of an entry. */
    static final int MATCHING_FORM_FLAGS = ONE_FOR_ONE;

    private static final int[] TABLE = table();

    private CharInfo() {
    }

    /**
     * Returns the case key and flags of {@code c}, with one read of the whole table and no branch for ASCII chars,
     * whose entries stay in the first-level cache either way.
     */
    static int of(char c) {
        return TABLE[c];
    }

    private static int[] table() {
        int[] table = new int[Character.MAX_VALUE + 1];
        for (int i = 0; i <= Character.MAX_VALUE; i++) {
            char c = (char) i;
            int keywordFlag = PersonTriggers.isOneCharKeyword(c) ? PERSON_KEYWORD_CHAR : 0;
            table[i] = TriggerWord.caseKey(c) | flags(c) | keywordFlag | matchingFormFlag(c);
        }
        return table;
    }

    private static int flags(char c) {
        if (c >= '0' && c <= '9') {
            return DIGIT;
        }
        if (c >= 'A' && c <= 'Z') {
            return UPPER_CASE;
        }
        if (c == ':' || c == '-' || c == '.') {
            return SEPARATOR;
        }
        if (c == '@') {
            return AT_SIGN;
        }
        return 0;
    }

    private static int matchingFormFlag(char c) {
        return switch (MatchingChars.kind(c)) {
            case MatchingChars.PASS -> 0;
            case MatchingChars.ONE_FOR_ONE -> ONE_FOR_ONE;
            case MatchingChars.MARK -> COMBINING_MARK;
            default -> OTHER_FORM_CHANGE;
        };
    }
}
