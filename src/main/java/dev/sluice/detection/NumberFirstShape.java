package dev.sluice.detection;

import java.util.List;

/**
 * A char test of the text after a house number that rejects most numbers of prose ("45 y llega", "100 palavras",
 * "45 Uhr etwa") before {@link StreetPatterns#NUMBER_FIRST} runs. It returns false only where neither form of
 * the pattern can match:
 * <ul>
 *   <li>the US form: at most six digits, an optional ASCII letter, an optional '-' and one to four digits, a
 *       space, and then two words, one space apart, that each start with a capital letter or a digit (a
 *       direction, name, ordinal or street type);</li>
 *   <li>the French form: at most five digits, at most {@value #MAX_FRENCH_GAP} chars of "bis", "ter", a letter,
 *       spaces or ',', a space, and a French street type in any letter case followed by a space.</li>
 * </ul>
 * Every char outside ASCII may start a US word, because the pattern's {@code \p{Lu}} matches capitals of every
 * script.
 */
final class NumberFirstShape {

    private static final int MAX_US_DIGITS = 6;
    private static final int MAX_FRENCH_DIGITS = 5;
    private static final int MAX_UNIT_DIGITS = 4;

    /** Chars between the house number and the space before the French street type, as in " bis,". */
    private static final int MAX_FRENCH_GAP = 5;

    /** The long s, which RE2/J's case-insensitive matching takes as 's' and {@code toLowerCase} keeps. */
    private static final char LONG_S = '\u017F';

    /** The street types of {@code StreetPatterns.FRENCH_STREET_TYPE}, in lower case. */
    static final List<String> FRENCH_TYPES = List.of("rue", "avenue", "av.", "boulevard", "bd", "chemin", "allée",
            "allee", "place", "impasse", "quai", "route", "cours", "passage");

    /** {@link #FRENCH_TYPES} as an array, which the scan walks without an iterator. */
    private static final String[] FRENCH_TYPE_ARRAY = FRENCH_TYPES.toArray(String[]::new);

    /** Whether an ASCII char is a first letter of a French street type, in either case. */
    private static final boolean[] ASCII_TYPE_STARTS = asciiTypeStarts();

    private NumberFirstShape() {
    }

    private static boolean[] asciiTypeStarts() {
        boolean[] starts = new boolean[0x80];
        for (String type : FRENCH_TYPES) {
            starts[type.charAt(0)] = true;
            starts[Character.toUpperCase(type.charAt(0))] = true;
        }
        return starts;
    }

    /**
     * Returns false only when {@link StreetPatterns#NUMBER_FIRST} cannot match at the house number
     * {@code text[start, digitsEnd)}, judged within the pattern's window, which ends at {@code windowEnd}.
     */
    static boolean mayMatch(String text, int start, int digitsEnd, int windowEnd) {
        int digits = digitsEnd - start;
        return (digits <= MAX_US_DIGITS && mayStartUsStreet(text, digitsEnd, windowEnd))
                || (digits <= MAX_FRENCH_DIGITS && mayStartFrenchStreet(text, digitsEnd, windowEnd));
    }

    private static boolean mayStartUsStreet(String text, int digitsEnd, int windowEnd) {
        int i = digitsEnd;
        if (i < windowEnd && TextChars.isAsciiLetter(text.charAt(i))) {
            i++;
        }
        if (i < windowEnd && text.charAt(i) == '-') {
            int unitStart = i + 1;
            i = unitStart;
            while (i < windowEnd && TextChars.isAsciiDigit(text.charAt(i))) {
                i++;
            }
            if (i == unitStart || i - unitStart > MAX_UNIT_DIGITS) {
                return false;
            }
        }
        if (i >= windowEnd || text.charAt(i) != ' ' || !mayStartUsWord(text, i + 1, windowEnd)) {
            return false;
        }

        // No word of the US form contains a space, so the first word ends at the next one.
        int space = i + 1;
        while (space < windowEnd && text.charAt(space) != ' ') {
            space++;
        }
        return mayStartUsWord(text, space + 1, windowEnd);
    }

    private static boolean mayStartUsWord(String text, int i, int windowEnd) {
        if (i >= windowEnd) {
            return false;
        }
        char c = text.charAt(i);
        return c >= 0x80 || (c >= 'A' && c <= 'Z') || TextChars.isAsciiDigit(c);
    }

    private static boolean mayStartFrenchStreet(String text, int digitsEnd, int windowEnd) {
        int last = Math.min(windowEnd - 1, digitsEnd + MAX_FRENCH_GAP);
        for (int space = digitsEnd; space <= last; space++) {
            if (text.charAt(space) == ' ' && isFrenchTypeAt(text, space + 1, windowEnd)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Returns whether a French street type, in any letter case, and a space start at {@code at}. An ASCII char
     * that starts no type in either case rules them all out at once.
     */
    private static boolean isFrenchTypeAt(String text, int at, int windowEnd) {
        if (at >= windowEnd) {
            return false;
        }
        char first = text.charAt(at);
        if (first < 0x80 && !ASCII_TYPE_STARTS[first]) {
            return false;
        }
        for (String type : FRENCH_TYPE_ARRAY) {
            int end = at + type.length();
            if (end < windowEnd && text.charAt(end) == ' ' && equalsInAnyCase(text, at, type)) {
                return true;
            }
        }
        return false;
    }

    private static boolean equalsInAnyCase(String text, int at, String word) {
        for (int k = 0; k < word.length(); k++) {
            if (!mayFoldTo(text.charAt(at + k), word.charAt(k))) {
                return false;
            }
        }
        return true;
    }

    /**
     * Returns true for every char {@code c} that RE2/J's case-insensitive matching takes as the lower-case
     * letter {@code letter} of a French street type: the letter itself, its capital, and the long s for 's'.
     * It may return true for more chars.
     */
    static boolean mayFoldTo(char c, char letter) {
        return c == letter || Character.toLowerCase(c) == letter || (c == LONG_S && letter == 's');
    }
}
