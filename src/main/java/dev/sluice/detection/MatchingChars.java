package dev.sluice.detection;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.lang.UCharacterCategory;
import com.ibm.icu.lang.UProperty;
import com.ibm.icu.lang.UScript;
import com.ibm.icu.text.Normalizer;
import com.ibm.icu.text.Normalizer2;

/**
 * Per-code-point rules of the matching form ({@link NormalizedText}) and a table of their outcome for every BMP
 * char, so that the check for text already in matching form costs one array read per char after the first
 * non-ASCII one.
 *
 * <p>Each table entry contains a kind in its low bits and two flags. The kind is what a char does in text:
 * <ul>
 *   <li>{@link #PASS}: stays as it is.</li>
 *   <li>{@link #MARK}: a combining mark in NFKC, which stays unless it follows a mark of a higher combining class.</li>
 *   <li>{@link #CONFUSABLE}: stays unless its word contains a Latin letter.</li>
 *   <li>{@link #ONE_FOR_ONE}: becomes one ASCII char ({@link #oneForOneTarget}) whatever its neighbours are.</li>
 *   <li>{@link #CHANGE}: rewritten by NFKC or by {@link #fold} in some other way.</li>
 *   <li>{@link #SURROGATE}: half of a code point, which needs the whole code point.</li>
 * </ul>
 */
final class MatchingChars {

    static final int PASS = 0;
    static final int MARK = 1;
    static final int CONFUSABLE = 2;
    static final int CHANGE = 3;
    static final int SURROGATE = 4;
    static final int ONE_FOR_ONE = 5;
    static final int KIND_MASK = 7;

    /** Flag: a letter, digit or combining mark, which joins its neighbours into one word. */
    static final int WORD = 8;
    /** Flag: a letter of the Latin script, ASCII or not. */
    static final int LATIN_LETTER = 16;

    /** Dropped: a code point that {@link #fold} removes from the matching form. */
    static final int DROPPED = -1;

    static final Normalizer2 NFKC = Normalizer2.getNFKCInstance();

    private static final int BMP_SIZE = 0x10000;
    private static final int ZERO_WIDTH_JOINER = 0x200D;
    private static final int MINUS_SIGN = 0x2212;

    /** The end of the code points whose properties {@link #SUPPLEMENTARY_PROPERTIES} keeps: planes 1 and 2. */
    private static final int SUPPLEMENTARY_CACHE_END = 0x30000;
    /** Set in every filled entry of {@link #SUPPLEMENTARY_PROPERTIES}, so that an entry of 0 means not computed. */
    private static final int FILLED = 0x40;

    /**
     * Kind and flags of U+10000 to U+2FFFF (emoji, mathematical alphanumerics, CJK extension B...), each with
     * {@link #FILLED} set, computed on first use because the ICU lookups cost far more than a table read.
     * Two threads may compute the same entry, and both then write the same byte.
     */
    private static final byte[] SUPPLEMENTARY_PROPERTIES = new byte[SUPPLEMENTARY_CACHE_END - BMP_SIZE];

    private static final char[] ONE_FOR_ONE_TARGETS = new char[BMP_SIZE];
    private static final byte[] BMP_COMBINING_CLASSES = bmpCombiningClasses();
    private static final byte[] BMP_PROPERTIES = bmpProperties();

    private MatchingChars() {
    }

    /** Returns the kind of the BMP char {@code c}, one of the kind constants of this class. */
    static int kind(char c) {
        return BMP_PROPERTIES[c] & KIND_MASK;
    }

    /**
     * Returns whether the four BMP chars all have kind {@link #PASS}. The four table reads are combined without a
     * branch between them, which works because {@link #PASS} is the only kind of value 0.
     */
    static boolean allPass(char first, char second, char third, char fourth) {
        int kinds = BMP_PROPERTIES[first] | BMP_PROPERTIES[second] | BMP_PROPERTIES[third] | BMP_PROPERTIES[fourth];
        return (kinds & KIND_MASK) == PASS;
    }

    /** Returns the canonical combining class of {@code codePoint} in NFKC, 0 to 254. */
    static int combiningClass(int codePoint) {
        if (codePoint < BMP_SIZE) {
            return BMP_COMBINING_CLASSES[codePoint] & 0xFF;
        }
        return NFKC.getCombiningClass(codePoint);
    }

    /** Returns the ASCII char that the BMP char {@code c} of kind {@link #ONE_FOR_ONE} becomes. */
    static char oneForOneTarget(char c) {
        return ONE_FOR_ONE_TARGETS[c];
    }

    /**
     * Returns the kind and flags of {@code codePoint}; a lone surrogate has kind SURROGATE. Code points of planes 1
     * and 2 are computed once each and then read from {@link #SUPPLEMENTARY_PROPERTIES}.
     */
    static int properties(int codePoint) {
        if (codePoint < BMP_SIZE) {
            return BMP_PROPERTIES[codePoint];
        }
        if (codePoint >= SUPPLEMENTARY_CACHE_END) {
            return computeProperties(codePoint);
        }

        int index = codePoint - BMP_SIZE;
        int entry = SUPPLEMENTARY_PROPERTIES[index];
        if (entry == 0) {
            entry = computeProperties(codePoint) | FILLED;
            SUPPLEMENTARY_PROPERTIES[index] = (byte) entry;
        }
        return entry & ~FILLED;
    }

    /**
     * Returns what {@code codePoint} becomes in the matching form after NFKC: {@link #DROPPED} for a default
     * ignorable code point (zero-width space and joiners, soft hyphen, word joiner, BOM, variation selectors,
     * bidirectional controls), the ASCII digit for a decimal digit of any script, a space for a space separator,
     * '-' for dash punctuation and the minus sign U+2212, and the code point itself otherwise.
     */
    static int fold(int codePoint) {
        if (codePoint < 0x80) {
            return codePoint;
        }
        if (UCharacter.hasBinaryProperty(codePoint, UProperty.DEFAULT_IGNORABLE_CODE_POINT)) {
            return DROPPED;
        }
        int type = UCharacter.getType(codePoint);
        if (type == UCharacterCategory.DECIMAL_DIGIT_NUMBER) {
            return '0' + UCharacter.digit(codePoint, 10);
        }
        if (type == UCharacterCategory.SPACE_SEPARATOR) {
            return ' ';
        }
        if (type == UCharacterCategory.DASH_PUNCTUATION || codePoint == MINUS_SIGN) {
            return '-';
        }
        return codePoint;
    }

    /**
     * Returns whether {@code codePoint} belongs to the grapheme of the code point before it, so that a span of
     * the original text never ends just before it: a combining mark, a variation selector or a zero-width joiner.
     */
    static boolean extendsPrevious(int codePoint) {
        if (codePoint < 0x300) {
            return false;
        }
        int type = UCharacter.getType(codePoint);
        return type == UCharacterCategory.NON_SPACING_MARK || type == UCharacterCategory.COMBINING_SPACING_MARK
                || type == UCharacterCategory.ENCLOSING_MARK || codePoint == ZERO_WIDTH_JOINER
                || UCharacter.hasBinaryProperty(codePoint, UProperty.VARIATION_SELECTOR);
    }

    private static byte[] bmpCombiningClasses() {
        byte[] table = new byte[BMP_SIZE];
        for (int c = 0; c < BMP_SIZE; c++) {
            table[c] = (byte) NFKC.getCombiningClass(c);
        }
        return table;
    }

    private static byte[] bmpProperties() {
        byte[] table = new byte[BMP_SIZE];
        for (int c = 0; c < BMP_SIZE; c++) {
            table[c] = (byte) computeProperties(c);
        }
        for (int c = 0x80; c < BMP_SIZE; c++) {
            char target = oneForOneTargetOf(c, table);
            if (target != 0) {
                ONE_FOR_ONE_TARGETS[c] = target;
                table[c] = (byte) ((table[c] & ~KIND_MASK) | ONE_FOR_ONE);
            }
        }
        return table;
    }

    /**
     * Returns the ASCII char that {@code c} always becomes, or 0 when it becomes something else or depends on its
     * neighbours. The target must be ASCII, because an ASCII char never composes with the char before it, and it
     * must have the same word and Latin-letter flags as {@code c}, so that replacing it cannot change which words
     * count as mixed-script. Full-width forms, the no-break and other spaces, dashes and the digits of other
     * scripts qualify; ligatures, circled digits and anything that composes do not.
     */
    private static char oneForOneTargetOf(int c, byte[] table) {
        if ((table[c] & KIND_MASK) != CHANGE || NFKC.getCombiningClass(c) != 0) {
            return 0;
        }
        String normalized = NFKC.normalize(String.valueOf((char) c));
        if (normalized.length() != 1) {
            return 0;
        }
        int folded = fold(normalized.charAt(0));
        if (folded == DROPPED || folded >= 0x80) {
            return 0;
        }
        int flags = WORD | LATIN_LETTER;
        return (table[c] & flags) == (table[folded] & flags) ? (char) folded : 0;
    }

    private static int computeProperties(int codePoint) {
        int flags = 0;
        int type = UCharacter.getType(codePoint);
        boolean mark = type == UCharacterCategory.NON_SPACING_MARK
                || type == UCharacterCategory.COMBINING_SPACING_MARK || type == UCharacterCategory.ENCLOSING_MARK;
        if (UCharacter.isLetterOrDigit(codePoint) || mark) {
            flags |= WORD;
        }
        if (UCharacter.isLetter(codePoint) && UScript.getScript(codePoint) == UScript.LATIN) {
            flags |= LATIN_LETTER;
        }
        return flags | kindOf(codePoint);
    }

    private static int kindOf(int codePoint) {
        if (codePoint >= Character.MIN_SURROGATE && codePoint <= Character.MAX_SURROGATE) {
            return SURROGATE;
        }
        if (fold(codePoint) != codePoint) {
            return CHANGE;
        }
        if (NFKC.quickCheck(new String(Character.toChars(codePoint))) != Normalizer.YES) {
            return CHANGE;
        }
        if (NFKC.getCombiningClass(codePoint) != 0) {
            return MARK;
        }
        return ConfusableLetters.latinTarget(codePoint) != ConfusableLetters.NONE ? CONFUSABLE : PASS;
    }
}
