package dev.sluice.detection;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The walk back from a house number over the words before it on the same line, which lists where
 * {@link StreetPatterns#STREET_FIRST} may start: at a street word (a compound such as "Lindenstraße", a prefix such
 * as "Calle", "Via" or "Jl.") or at a capitalised word before a separate street word ("Berliner Straße"). The walk
 * crosses at most {@value #MAX_WORDS_BACK} words within {@value #MAX_CHARS_BACK} chars, and only words, spaces and
 * commas.
 *
 * <p>It reads each word once and stops early at a word that no street-first match can cross (see
 * {@link #isPassable}), because nearly every number of prose has such a word right before it.
 */
final class StreetWordWalk {

    static final int MAX_WORDS_BACK = 6;
    static final int MAX_CHARS_BACK = 80;

    private static final int[] NO_STARTS = new int[0];

    private static final Set<String> STREET_PREFIXES = Set.of("calle", "c/", "carrer", "avenida", "avda.", "av.",
            "rua", "via", "viale", "piazza", "piazzale", "corso", "largo", "vicolo", "strada", "travessa", "praça",
            "plaza", "paseo", "camino", "alameda", "rue", "avenue", "boulevard", "jl.", "jln.", "jalan");

    private static final String[] COMPOUND_ENDINGS = {"straße", "strasse", "str.", "weg", "gasse", "platz",
            "allee", "damm", "ufer", "straat", "laan", "gracht", "plein", "kade", "singel"};

    /** {@link #COMPOUND_ENDINGS} grouped by their last char, which is at most U+00FF. */
    private static final String[][] ENDINGS_BY_LAST_CHAR = endingsByLastChar();

    private static final Set<String> SEPARATE_STREET_WORDS = Set.of("straße", "strasse", "str.", "allee", "gasse",
            "chaussee");

    private static final LowerCaseWordSet STREET_PREFIX_WORDS = new LowerCaseWordSet(STREET_PREFIXES);
    private static final LowerCaseWordSet SEPARATE_STREET_WORD_SET = new LowerCaseWordSet(SEPARATE_STREET_WORDS);

    /**
     * The words that start with no capital but may stand between the street word and the house number of a
     * {@link StreetPatterns#STREET_FIRST} match: its particles and its number words, in the letter case it
     * matches them. "n°" is missing because '°' ends a word of the walk.
     */
    private static final List<String> PASSABLE_WORDS = List.of("de", "la", "los", "las", "del", "da", "do", "dos",
            "das", "di", "della", "delle", "dei", "degli", "e", "y", "n.", "nº", "núm.", "número", "numero");

    /** The particles that the pattern joins to the next name without a space, as in "Via dell'Amore". */
    private static final List<String> JOINED_PARTICLES = List.of("dell'", "d'");

    private StreetWordWalk() {
    }

    /**
     * Returns the starts of the street words among the words before the house number at {@code number}, farthest
     * first, so that "Jl. Melati No. 27" starts at "Jl.". It lists every start that the full walk of
     * {@value #MAX_WORDS_BACK} words lists and from which {@link StreetPatterns#STREET_FIRST} can reach the
     * number, and never lists a start that the full walk does not list. Like the old detector, it lists none
     * when {@link #mayEndStreetBefore} returns false.
     */
    static int[] streetWordsBefore(String text, int number) {
        int limit = Math.max(0, number - MAX_CHARS_BACK);
        int end = separatorsStartBefore(text, number, limit);
        int start = wordStartBefore(text, end, limit);
        if (start == end || !mayEndStreet(text.charAt(start))) {
            return NO_STARTS;
        }

        int[] found = NO_STARTS;
        boolean separateWordSeen = false;
        int words = 0;
        while (true) {
            // Every street word and every name after a separate street word starts with a capital letter.
            if (StreetChars.isUpperCase(text.charAt(start))) {
                boolean afterSeparateWord = separateWordSeen && !NameWords.isNeverName(text, start, end);
                if (afterSeparateWord || isStreetWord(text, start, end)) {
                    found = Arrays.copyOf(found, found.length + 1);
                    found[found.length - 1] = start;
                }
            } else if (!isPassable(text, start, end)) {
                // No match from a start farther back can cross this word.
                break;
            }
            separateWordSeen = SEPARATE_STREET_WORD_SET.contains(text, start, end);

            words++;
            if (words == MAX_WORDS_BACK) {
                break;
            }
            end = separatorsStartBefore(text, start, limit);
            start = wordStartBefore(text, end, limit);
            if (start == end) {
                break;
            }
        }
        return reversed(found);
    }

    /**
     * Returns whether the word nearest to the house number at {@code number} starts with a capital or 'n'. The
     * walk crosses only words, spaces and commas, so that word is either the last word of the street name or a
     * number word ("n.", "nº", "núm.", "número", "No.", "Nr."). The first starts with a capital, the second with a
     * capital or 'n'.
     */
    // NOTE: a name joined to its particle ("Via dell'Amore 3") starts with 'd', so this test rejects it although
    // STREET_FIRST matches it. The detector has always skipped such addresses, and keeps doing so.
    static boolean mayEndStreetBefore(String text, int number) {
        int limit = Math.max(0, number - MAX_CHARS_BACK);
        int end = separatorsStartBefore(text, number, limit);
        int start = wordStartBefore(text, end, limit);
        return start != end && mayEndStreet(text.charAt(start));
    }

    private static boolean mayEndStreet(char first) {
        return first == 'n' || StreetChars.isUpperCase(first);
    }

    /**
     * Returns whether a {@link StreetPatterns#STREET_FIRST} match may cross the word {@code text[start, end)},
     * which starts with no capital, on its way to the house number. The walk stops only at words, spaces and
     * commas, and no token of the pattern before the house number contains a space or comma except the particles
     * "de la", "de los" and "de las", so each word that the walk crosses is a whole token there. The tokens that
     * start with no {@code \p{Lu}} are {@link #PASSABLE_WORDS} and the names after {@link #JOINED_PARTICLES}.
     */
    static boolean isPassable(String text, int start, int end) {
        char first = text.charAt(start);
        if (first != 'd' && first != 'l' && first != 'e' && first != 'y' && first != 'n') {
            return false;
        }
        int length = end - start;
        for (String word : PASSABLE_WORDS) {
            if (word.length() == length && text.startsWith(word, start)) {
                return true;
            }
        }
        for (String particle : JOINED_PARTICLES) {
            if (particle.length() < length && text.startsWith(particle, start)) {
                return true;
            }
        }
        return false;
    }

    /** Returns where the spaces and commas that end at {@code end} begin, not before {@code limit}. */
    private static int separatorsStartBefore(String text, int end, int limit) {
        int start = end;
        while (start > limit && (text.charAt(start - 1) == ' ' || text.charAt(start - 1) == ',')) {
            start--;
        }
        return start;
    }

    /** Returns where the word chars that end at {@code end} begin, not before {@code limit}. */
    private static int wordStartBefore(String text, int end, int limit) {
        int start = end;
        while (start > limit && StreetChars.isNameChar(text.charAt(start - 1))) {
            start--;
        }
        return start;
    }

    /**
     * Returns what {@link #isStreetWord(String)} returns for {@code text[start, end)}, without copying the word
     * unless it ends in a compound ending but is too short for one by its own length.
     */
    static boolean isStreetWord(String text, int start, int end) {
        if (!StreetChars.isUpperCase(text.charAt(start))) {
            return false;
        }
        if (STREET_PREFIX_WORDS.contains(text, start, end)) {
            return true;
        }

        // Character.toLowerCase returns the one-char lower-case form of every char that has one, so only the
        // endings that end in that form of the last char can match. No ending contains a char of a longer form
        // ("i̇" from 'İ'), so the word's tail lower-cased char by char ends in an ending exactly when the whole
        // word lower-cased does. Only the length may differ, because a longer form makes the word longer.
        char last = Character.toLowerCase(text.charAt(end - 1));
        if (last >= ENDINGS_BY_LAST_CHAR.length) {
            return false;
        }
        for (String ending : ENDINGS_BY_LAST_CHAR[last]) {
            if (LowerCaseWordSet.endsWithLowerCase(text, end, ending)) {
                return end - start > ending.length() + 2 || isStreetWord(text.substring(start, end));
            }
        }
        return false;
    }

    static boolean isStreetWord(String word) {
        String lower = word.toLowerCase(Locale.ROOT);
        if (STREET_PREFIXES.contains(lower) && Character.isUpperCase(word.charAt(0))) {
            return true;
        }
        if (!Character.isUpperCase(word.charAt(0))) {
            return false;
        }
        for (String ending : COMPOUND_ENDINGS) {
            if (lower.length() > ending.length() + 2 && lower.endsWith(ending)) {
                return true;
            }
        }
        return false;
    }

    private static int[] reversed(int[] starts) {
        for (int i = 0, j = starts.length - 1; i < j; i++, j--) {
            int swap = starts[i];
            starts[i] = starts[j];
            starts[j] = swap;
        }
        return starts;
    }

    private static String[][] endingsByLastChar() {
        String[][] table = new String[0x100][];
        Arrays.fill(table, new String[0]);
        for (String ending : COMPOUND_ENDINGS) {
            char last = ending.charAt(ending.length() - 1);
            table[last] = Arrays.copyOf(table[last], table[last].length + 1);
            table[last][table[last].length - 1] = ending;
        }
        return table;
    }
}
