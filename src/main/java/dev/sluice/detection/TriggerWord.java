package dev.sluice.detection;

/**
 * A literal whose every occurrence {@link ScanContext} records in its one pass over the text, so that a detector
 * can start its pattern only where the literal occurs. Each word matches by the rule of the search it replaces,
 * so its occurrences are exactly the ones that search found.
 */
final class TriggerWord {

    /** The rule by which a char of the text matches a char of the word. */
    enum CaseRule {
        /** Equal chars, as {@link String#indexOf(String)} compares them. */
        EXACT,
        /**
         * Equal after {@link Character#toLowerCase(char)} on both, as the Aho-Corasick tries of org.ahocorasick
         * 0.6.3 compare with {@code ignoreCase()}.
         */
        LOWER_CASE,
        /**
         * Equal upper-case forms, or equal lower-case forms of the upper-case forms, as
         * {@link String#regionMatches(boolean, int, String, int, int)} compares with {@code ignoreCase}. So 'ſ'
         * (U+017F) matches 's'.
         */
        REGION_IGNORE_CASE
    }

    private final int id;
    private final String word;
    private final char[] chars;
    private final char[] lowerCase;
    private final char[] caseKeys;
    private final CaseRule caseRule;
    private final boolean boundedStart;
    private final boolean boundedEnd;

    TriggerWord(int id, String word, CaseRule caseRule) {
        this(id, word, caseRule, false);
    }

    /**
     * Makes a word whose occurrences count only as whole words when {@code wholeWord} is set: then an occurrence
     * is not recorded where an ASCII letter, digit or '_' touches an end of the word that is an ASCII letter.
     * Such an occurrence continues a word by the rule of {@link TextChars#continuesWordBefore} and
     * {@link TextChars#continuesWordAfter}, because every char that matches an ASCII letter is of Latin script,
     * so its detector would drop it anyway.
     */
    TriggerWord(int id, String word, CaseRule caseRule, boolean wholeWord) {
        if (word.length() < 2) {
            throw new IllegalArgumentException("trigger word must have at least 2 chars: \"" + word + "\"");
        }
        this.id = id;
        this.word = word;
        this.caseRule = caseRule;
        this.chars = word.toCharArray();
        this.lowerCase = new char[word.length()];
        this.caseKeys = new char[word.length()];
        for (int i = 0; i < word.length(); i++) {
            lowerCase[i] = Character.toLowerCase(word.charAt(i));
            caseKeys[i] = caseKey(word.charAt(i));
        }
        this.boundedStart = wholeWord && TextChars.isAsciiLetter(word.charAt(0));
        this.boundedEnd = wholeWord && TextChars.isAsciiLetter(word.charAt(word.length() - 1));
    }

    int id() {
        return id;
    }

    String word() {
        return word;
    }

    int length() {
        return word.length();
    }

    CaseRule caseRule() {
        return caseRule;
    }

    /** Returns whether an occurrence after an ASCII letter, digit or '_' is left out. */
    boolean boundedStart() {
        return boundedStart;
    }

    /** Returns whether an occurrence before an ASCII letter, digit or '_' is left out. */
    boolean boundedEnd() {
        return boundedEnd;
    }

    /** Returns the word's char at {@code index} lower-cased by {@link Character#toLowerCase(char)}. */
    char lowerCaseAt(int index) {
        return lowerCase[index];
    }

    /** Returns whether the word occurs in {@code text} at {@code start}, with this word's case rule. */
    boolean occursAt(CharSequence text, int start) {
        int length = lowerCase.length;
        if (start < 0 || start + length > text.length()) {
            return false;
        }
        for (int i = 0; i < length; i++) {
            if (!sameChar(text.charAt(start + i), i)) {
                return false;
            }
        }
        return true;
    }

    /**
     * Returns whether {@link ScanContext} records an occurrence at {@code start} of {@code text[0, length)}:
     * the word occurs there, and no ASCII word char touches a bounded end.
     */
    boolean recordedAt(char[] text, int length, int start) {
        int end = start + chars.length;
        if (end > length) {
            return false;
        }
        // The bounds first: most starts of a whole-word phrase ("hi", "dr", "mme") are inside a longer word.
        // Math.max and Math.min let the JIT prove each read in bounds. Otherwise C2 hoisted the bounds checks out
        // of the loop over a start's words as guesses, which failed at the first and last char of a text and
        // made it compile the loop again.
        if (boundedStart && start > 0 && isAsciiWordChar(text[Math.max(start - 1, 0)])) {
            return false;
        }
        if (boundedEnd && end < length && isAsciiWordChar(text[Math.min(end, length - 1)])) {
            return false;
        }
        return charsMatch(text, start);
    }

    /** Compares the word with {@code text} at {@code start}, one loop per rule, as {@link #sameChar} does. */
    private boolean charsMatch(char[] text, int start) {
        switch (caseRule) {
            case EXACT -> {
                for (int i = 0; i < chars.length; i++) {
                    if (text[start + i] != chars[i]) {
                        return false;
                    }
                }
            }
            case LOWER_CASE -> {
                for (int i = 0; i < chars.length; i++) {
                    char c = text[start + i];
                    if (c != chars[i] && LOWER_CASE_FORMS[c] != lowerCase[i]) {
                        return false;
                    }
                }
            }
            case REGION_IGNORE_CASE -> {
                for (int i = 0; i < chars.length; i++) {
                    if (CASE_KEYS[text[start + i]] != caseKeys[i]) {
                        return false;
                    }
                }
            }
        }
        return true;
    }

    /** Returns whether {@code c} is an ASCII letter, an ASCII digit or '_'. */
    static boolean isAsciiWordChar(char c) {
        return c < ASCII_WORD_CHARS.length && ASCII_WORD_CHARS[c];
    }

    private static final boolean[] ASCII_WORD_CHARS = asciiWordChars();

    private static boolean[] asciiWordChars() {
        boolean[] wordChars = new boolean[0x80];
        for (char c = 0; c < 0x80; c++) {
            wordChars[c] = TextChars.isAsciiAlphanumeric(c) || c == '_';
        }
        return wordChars;
    }

    private boolean sameChar(char c, int index) {
        char expected = word.charAt(index);
        if (c == expected) {
            return true;
        }
        // regionMatches with ignoreCase takes two chars as equal when their upper-case forms are equal or the
        // lower-case forms of those are, which is exactly when their case keys are equal.
        return switch (caseRule) {
            case EXACT -> false;
            case LOWER_CASE -> LOWER_CASE_FORMS[c] == lowerCase[index];
            case REGION_IGNORE_CASE -> CASE_KEYS[c] == CASE_KEYS[expected];
        };
    }

    /**
     * Returns the char that every char matching {@code c} under any {@link CaseRule} maps to: the lower-case form
     * of its upper-case form. Two chars that match by any rule have the same case key, so a filter on case keys
     * never drops an occurrence.
     */
    static char caseKey(char c) {
        return c < ASCII_CASE_KEYS.length ? ASCII_CASE_KEYS[c] : CASE_KEYS[c];
    }

    // The case key of every char, 128 KB, so the scan pays one array read per char instead of two lookups in
    // the JDK's Unicode tables.
    private static final char[] CASE_KEYS = caseKeys();

    // The first 128 entries of CASE_KEYS, which stay in the L1 cache where a read of the large table may not.
    private static final char[] ASCII_CASE_KEYS = java.util.Arrays.copyOf(CASE_KEYS, 0x80);

    // Character.toLowerCase of every char, for the LOWER_CASE rule, which the scan applies to every filter hit.
    private static final char[] LOWER_CASE_FORMS = lowerCaseForms();

    private static char[] caseKeys() {
        char[] keys = new char[Character.MAX_VALUE + 1];
        for (int c = 0; c <= Character.MAX_VALUE; c++) {
            keys[c] = Character.toLowerCase(Character.toUpperCase((char) c));
        }
        return keys;
    }

    private static char[] lowerCaseForms() {
        char[] forms = new char[Character.MAX_VALUE + 1];
        for (int c = 0; c <= Character.MAX_VALUE; c++) {
            forms[c] = Character.toLowerCase((char) c);
        }
        return forms;
    }

    @Override
    public String toString() {
        return word + " (" + caseRule + ")";
    }
}
