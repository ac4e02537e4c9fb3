package dev.sluice.detection;

import com.google.re2j.Matcher;
import com.google.re2j.Pattern;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Finds postal street addresses. Every address has a house number, so only digit runs that start a word are
 * examined. At each one the detector tries a number-first address anchored there (US "742 Evergreen Terrace,
 * Springfield, IL 62704", French "12 rue de la Paix"), then looks back at most
 * {@value StreetWordWalk#MAX_WORDS_BACK} words on the same line for a street word (a compound such as
 * "Lindenstraße", a prefix such as "Calle", "Via" or "Jl.") and tries a street-first address anchored at it. An
 * optional postcode and city belong to the same span. {@link HouseNumberScreen} rules out most digit runs first.
 */
final class StreetAddressDetector implements Detector {

    private static final int MAX_ADDRESS_CHARS = 200;
    private static final int MAX_HOUSE_NUMBER_DIGITS = 6;
    private static final double SCORE = 0.8;

    /** Lower-case first letters of the French street types and of "bis" and "ter". */
    private static final String FRENCH_FORM_FIRST_LETTERS = "abcipqrt";

    /** Chars that may stand between a house number and the space after it: "-1234" or " bis,". */
    private static final int MAX_CHARS_BEFORE_SPACE = 6;

    private static final int MAX_WORDS_AHEAD = 6;
    private static final int MAX_CHARS_AHEAD = 80;

    private static final Set<String> US_TYPES = Set.of("street", "st", "avenue", "ave", "road", "rd", "boulevard",
            "blvd", "drive", "dr", "lane", "ln", "way", "court", "ct", "place", "pl", "terrace", "ter", "parkway",
            "pkwy", "highway", "hwy", "circle", "cir", "square", "sq", "trail", "trl");

    private static final Set<String> FRENCH_TYPES = Set.copyOf(NumberFirstShape.FRENCH_TYPES);

    /** Length of the longest street type, plus one for an abbreviation's '.'. */
    private static final int MAX_TYPE_CHARS = 1 + java.util.stream.Stream.concat(US_TYPES.stream(),
            FRENCH_TYPES.stream()).mapToInt(String::length).max().orElse(0);

    private static final LowerCaseWordSet US_TYPE_WORDS = new LowerCaseWordSet(US_TYPES);
    private static final LowerCaseWordSet FRENCH_TYPE_WORDS = new LowerCaseWordSet(FRENCH_TYPES);

    /** Street types that are also common nouns of software text ("2 Google Drive folders"). */
    private static final Set<String> AMBIGUOUS_TYPES = Set.of("drive", "way", "place", "court", "circle", "square");

    @Override
    public String id() {
        return "street-address";
    }

    @Override
    public boolean mayMatch(TextProfile profile) {
        // Every address has a house number.
        return profile.digits() >= 1;
    }

    @Override
    public void detect(String text, List<Finding> findings) {
        int i = 0;
        while (i < text.length()) {
            if (!startsHouseNumber(text, i)) {
                i++;
                continue;
            }
            int end = addressAt(text, i, skipDigits(text, i), findings);
            i = end < 0 ? skipDigits(text, i) : end;
        }
    }

    /**
     * Tries only the starts of the context's digit runs. A house number is a digit with no letter, digit or '_'
     * before it, so it always starts a run, and the run's end is where its digits end.
     */
    @Override
    public void detect(ScanContext context, List<Finding> findings) {
        String text = context.text();
        int resumeAt = 0;
        for (int run = 0; run < context.digitRunCount(); run++) {
            int start = context.digitRunStart(run);
            int digitsEnd = context.digitRunEnd(run);
            if (start < resumeAt || digitsEnd - start > MAX_HOUSE_NUMBER_DIGITS
                    || StreetChars.wordCharBefore(text, start)) {
                continue;
            }
            int end = addressAt(text, start, digitsEnd, findings);
            resumeAt = end < 0 ? digitsEnd : end;
        }
    }

    /**
     * Adds the address whose house number is the digits {@code text[number, digitsEnd)} and returns its end, or
     * returns -1.
     */
    private int addressAt(String text, int number, int digitsEnd, List<Finding> findings) {
        int start = number;
        int end = -1;
        if (HouseNumberScreen.mayStartNumberFirst(text, digitsEnd)) {
            end = numberFirstEnd(text, number, digitsEnd);
        }
        if (end < 0 && HouseNumberScreen.mayEndStreetFirst(text, number)) {
            for (int candidate : StreetWordWalk.streetWordsBefore(text, number)) {
                end = matchEnd(StreetPatterns.STREET_FIRST, text, candidate);
                if (end > number) {
                    start = candidate;
                    break;
                }
                end = -1;
            }
        }
        if (end < 0) {
            return -1;
        }
        findings.add(new Finding(start, end, EntityTypes.STREET_ADDRESS, FindingCategory.PERSONAL_DATA, id(),
                SCORE));
        return end;
    }

    private static boolean startsHouseNumber(String text, int i) {
        if (!TextChars.isAsciiDigit(text.charAt(i)) || TextChars.wordCharBefore(text, i)) {
            return false;
        }
        int digitsEnd = skipDigits(text, i);
        return digitsEnd - i <= MAX_HOUSE_NUMBER_DIGITS;
    }

    static int skipDigits(String text, int i) {
        int j = i;
        while (j < text.length() && TextChars.isAsciiDigit(text.charAt(j))) {
            j++;
        }
        return j;
    }

    /** Returns the end of a number-first address whose digits are {@code text[start, digitsEnd)}, or -1. */
    private static int numberFirstEnd(String text, int start, int digitsEnd) {
        // The tests are ordered by their cost per rejected number on prose.
        int windowEnd = Math.min(text.length(), start + MAX_ADDRESS_CHARS);
        if (!NumberFirstShape.mayMatch(text, start, digitsEnd, windowEnd)
                || !mayFollowHouseNumber(text, digitsEnd) || !mayStartStreetAfterNumber(text, digitsEnd)
                || !hasStreetTypeAhead(text, digitsEnd)) {
            return -1;
        }
        return numberFirstMatchEnd(text, start);
    }

    /**
     * Returns false only when {@link StreetPatterns#NUMBER_FIRST} cannot match at a house number ending at
     * {@code digitsEnd}. In both of its forms the digits are followed by a space within
     * {@value #MAX_CHARS_BEFORE_SPACE} chars, after an optional ASCII letter, "-" and digits, "bis", "ter" or
     * ',', so the char right after the digits is an ASCII letter, '-', ',' or the space.
     */
    static boolean mayFollowHouseNumber(String text, int digitsEnd) {
        if (digitsEnd >= text.length()) {
            return false;
        }
        char next = text.charAt(digitsEnd);
        if (!TextChars.isAsciiLetter(next) && next != '-' && next != ',' && next != ' ') {
            return false;
        }
        int limit = Math.min(text.length(), digitsEnd + MAX_CHARS_BEFORE_SPACE + 1);
        for (int i = digitsEnd; i < limit; i++) {
            if (text.charAt(i) == ' ') {
                return true;
            }
        }
        return false;
    }

    /** Returns the end of the match of {@link StreetPatterns#NUMBER_FIRST} at {@code start}, or -1. */
    static int numberFirstMatchEnd(String text, int start) {
        Matcher matcher = StreetPatterns.NUMBER_FIRST.matcher(
                new TextWindow(text, start, Math.min(text.length(), start + MAX_ADDRESS_CHARS)));
        if (!matcher.lookingAt()) {
            return -1;
        }
        int end = start + matcher.end();
        boolean us = matcher.group(1) != null;
        if (us && matcher.end(2) == matcher.start(2) && isProseAfter(text, start + matcher.end(1),
                text.substring(start, start + matcher.end(1)))) {
            return -1;
        }
        return end;
    }

    /**
     * Returns whether a French street type follows the house number directly, or a US street type follows within
     * {@value #MAX_WORDS_AHEAD} words on the same line: a cheap test before the pattern runs.
     */
    static boolean hasStreetTypeAhead(String text, int digitsEnd) {
        int i = digitsEnd;
        for (int words = 0; words < MAX_WORDS_AHEAD; words++) {
            while (i < text.length() && i - digitsEnd < MAX_CHARS_AHEAD && !StreetChars.isNameChar(text.charAt(i))) {
                char c = text.charAt(i);
                if (c != ' ' && c != ',' && c != '-' && !TextChars.isAsciiDigit(c)) {
                    return false;
                }
                i++;
            }
            int start = i;
            while (i < text.length() && i - digitsEnd < MAX_CHARS_AHEAD && StreetChars.isNameChar(text.charAt(i))) {
                i++;
            }
            if (start == i) {
                return false;
            }
            // Lower-casing never shortens a string, so a longer word is no street type.
            if (i - start > MAX_TYPE_CHARS) {
                continue;
            }
            if (words <= 1 && FRENCH_TYPE_WORDS.contains(text, start, i)) {
                return true;
            }
            // Lower-casing never turns another char into '.', so only a word ending in '.' loses one.
            int typeEnd = text.charAt(i - 1) == '.' ? i - 1 : i;
            if (words >= 1 && US_TYPE_WORDS.contains(text, start, typeEnd)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Returns whether a US street without unit or city is followed by a lower-case word while its street type is
     * also a common noun, as in "sync 2 Google Drive folders".
     */
    private static boolean isProseAfter(String text, int end, String street) {
        int lastSpace = street.lastIndexOf(' ');
        String type = street.substring(lastSpace + 1).toLowerCase(Locale.ROOT);
        boolean lowerCaseNext = end + 1 < text.length() && text.charAt(end) == ' '
                && Character.isLowerCase(text.charAt(end + 1));
        return lowerCaseNext && AMBIGUOUS_TYPES.contains(type);
    }

    /**
     * Returns false only when {@link StreetPatterns#NUMBER_FIRST} cannot match at a house number ending at
     * {@code digitsEnd}, judged by the char after the first space. In the US form that char starts a direction,
     * a capitalised name or an ordinal such as "3rd". In the French form it starts the street type (whose first
     * letters are {@value #FRENCH_FORM_FIRST_LETTERS} in either case), "bis", "ter", or a single letter before
     * ' ' or ','.
     */
    // NOTE: a capital outside the BMP ("12 𐐀ak Street") fails Character.isUpperCase(char) here although the
    // pattern's \p{Lu} matches it, so such addresses are not found.
    static boolean mayStartStreetAfterNumber(String text, int digitsEnd) {
        int limit = Math.min(text.length(), digitsEnd + MAX_CHARS_BEFORE_SPACE + 1);
        int space = digitsEnd;
        while (space < limit && text.charAt(space) != ' ') {
            space++;
        }
        if (space + 1 >= text.length() || space >= limit) {
            return false;
        }
        char first = text.charAt(space + 1);
        if (Character.isUpperCase(first) || TextChars.isAsciiDigit(first)
                || FRENCH_FORM_FIRST_LETTERS.indexOf(first) >= 0) {
            return true;
        }
        if (!TextChars.isAsciiLetter(first) || space + 2 >= text.length()) {
            return false;
        }
        char second = text.charAt(space + 2);
        return second == ' ' || second == ',';
    }

    private static int matchEnd(Pattern pattern, String text, int start) {
        Matcher matcher = pattern.matcher(new TextWindow(text, start, Math.min(text.length(), start + MAX_ADDRESS_CHARS)));
        return matcher.lookingAt() ? start + matcher.end() : -1;
    }
}
