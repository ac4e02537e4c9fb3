package dev.sluice.detection;

import java.util.List;

/**
 * A char test of the text after a house number that rejects most numbers of prose ("45 y llega", "100 palavras",
 * "45 Uhr etwa") before {@link StreetPatterns#NUMBER_FIRST} runs. It returns false only where neither form of
 * the pattern can match:
 * <ul>
 *   <li>the US form: at most six digits, an optional ASCII letter, an optional '-' and one to four digits, a
 *       space, and then words one space apart that each start with a capital letter or a digit (a direction,
 *       name or ordinal), up to a street type in the pattern's letter case as the second to sixth word;</li>
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

    /** The street types of {@code StreetPatterns.US_STREET_TYPE}, in the letter case it matches them. */
    private static final List<String> US_TYPES = List.of("Street", "Avenue", "Road", "Boulevard", "Drive", "Lane",
            "Way", "Court", "Place", "Terrace", "Parkway", "Highway", "Circle", "Square", "Trail", "St", "Ave", "Rd",
            "Blvd", "Dr", "Ln", "Ct", "Pl", "Ter", "Pkwy", "Hwy", "Cir", "Sq", "Trl");

    /** {@link #US_TYPES} grouped by their first letter, at index {@code letter - 'A'}. */
    private static final String[][] US_TYPES_BY_START = usTypesByStart();

    /**
     * The highest index of the token that is the US street type, counting from 0 after the house number: a
     * direction, the first name or ordinal, and three more names come before it at most.
     */
    private static final int MAX_TYPE_TOKEN = 5;

    /** {@link #FRENCH_TYPES} as an array, which the scan walks without an iterator. */
    private static final String[] FRENCH_TYPE_ARRAY = FRENCH_TYPES.toArray(String[]::new);

    /**
     * The French street types that an ASCII char may start, in either case, indexed by the char: an empty array
     * for a char that starts none.
     */
    private static final String[][] TYPES_BY_ASCII_START = typesByAsciiStart();

    private NumberFirstShape() {
    }

    private static String[][] usTypesByStart() {
        String[][] table = new String[26][];
        for (char letter = 'A'; letter <= 'Z'; letter++) {
            char start = letter;
            table[letter - 'A'] = US_TYPES.stream().filter(type -> type.charAt(0) == start).toArray(String[]::new);
        }
        return table;
    }

    private static String[][] typesByAsciiStart() {
        String[][] table = new String[0x80][];
        for (char c = 0; c < 0x80; c++) {
            char start = c;
            table[c] = FRENCH_TYPES.stream().filter(type -> mayFoldTo(start, type.charAt(0))).toArray(String[]::new);
        }
        return table;
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
        if (i >= windowEnd || text.charAt(i) != ' ') {
            return false;
        }

        // No token of the US form contains a space, and one space parts each token from the next, so the
        // tokens up to the street type start right after the spaces that follow this one.
        int token = i + 1;
        for (int index = 0; index <= MAX_TYPE_TOKEN; index++) {
            if (!mayStartUsWord(text, token, windowEnd)) {
                return false;
            }
            if (index >= 1 && isUsTypeAt(text, token, windowEnd)) {
                return true;
            }
            while (token < windowEnd && text.charAt(token) != ' ') {
                token++;
            }
            token++;
        }
        return false;
    }

    /**
     * Returns whether a US street type, in the letter case of the pattern, starts at {@code at} and ends at a
     * word boundary of the pattern ({@code \b}, which treats only ASCII letters, digits and '_' as word chars).
     */
    private static boolean isUsTypeAt(String text, int at, int windowEnd) {
        char first = text.charAt(at);
        if (first < 'A' || first > 'Z') {
            return false;
        }
        for (String type : US_TYPES_BY_START[first - 'A']) {
            int end = at + type.length();
            if (end <= windowEnd && text.startsWith(type, at)
                    && (end == windowEnd || !isPatternWordChar(text.charAt(end)))) {
                return true;
            }
        }
        return false;
    }

    private static boolean isPatternWordChar(char c) {
        return TextChars.isAsciiAlphanumeric(c) || c == '_';
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
     * Returns whether a French street type, in any letter case, and a space start at {@code at}. An ASCII first
     * char is compared only with the types it may start, in either case.
     */
    static boolean isFrenchTypeAt(String text, int at, int windowEnd) {
        if (at >= windowEnd) {
            return false;
        }
        char first = text.charAt(at);
        String[] types = first < 0x80 ? TYPES_BY_ASCII_START[first] : FRENCH_TYPE_ARRAY;
        for (String type : types) {
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
