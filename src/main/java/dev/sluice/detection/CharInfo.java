package dev.sluice.detection;

import java.util.Arrays;

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
    /** Flag of the ideographic space and the full-width forms U+FF01 to U+FF5E, which {@link TextChars#foldFullWidth} folds. */
    static final int FULL_WIDTH = 1 << 20;


    private static final char IDEOGRAPHIC_SPACE = '\u3000';
    private static final char FULL_WIDTH_FIRST = '\uFF01';
    private static final char FULL_WIDTH_LAST = '\uFF5E';

    private static final int[] TABLE = table();

    private CharInfo() {
    }

    // The entries of the ASCII chars, 512 bytes that stay in the first-level cache. Measured on the benchmark
    // corpora, reading them here made the pass about a tenth faster than reading every char from TABLE.
    private static final int[] ASCII = Arrays.copyOf(TABLE, 0x80);

    /** Returns the case key and flags of {@code c}. */
    static int of(char c) {
        return c < 0x80 ? ASCII[c] : TABLE[c];
    }

    private static int[] table() {
        int[] table = new int[Character.MAX_VALUE + 1];
        for (int i = 0; i <= Character.MAX_VALUE; i++) {
            char c = (char) i;
            table[i] = TriggerWord.caseKey(c) | flags(c);
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
        if (c == IDEOGRAPHIC_SPACE || (c >= FULL_WIDTH_FIRST && c <= FULL_WIDTH_LAST)) {
            return FULL_WIDTH;
        }
        return 0;
    }
}
