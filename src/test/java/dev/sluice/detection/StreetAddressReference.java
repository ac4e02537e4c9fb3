package dev.sluice.detection;

import com.google.re2j.Matcher;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The street-address detection as it was before {@link HouseNumberScreen} and the early stop of
 * {@link StreetWordWalk}, kept as the reference of {@code StreetAddressDifferentialTest}. It tries every house
 * number with only the old tests that decide findings. These are the old char tests after the number, the old
 * street-type lookahead, the old check of the word before the number, the full walk of six words back that copies
 * each word, and the patterns. It leaves out the old {@code NumberFirstShape}, because the pattern rejects
 * whatever that test rejects.
 */
final class StreetAddressReference {

    private static final int MAX_WORDS_BACK = 6;
    private static final int MAX_CHARS_BACK = 80;
    private static final int MAX_ADDRESS_CHARS = 200;
    private static final int MAX_HOUSE_NUMBER_DIGITS = 6;

    private static final Set<String> SEPARATE_STREET_WORDS = Set.of("straße", "strasse", "str.", "allee", "gasse",
            "chaussee");

    private StreetAddressReference() {
    }

    /** Returns the {@code [start, end)} spans of the addresses in {@code text}, in text order. */
    static List<int[]> find(String text) {
        List<int[]> spans = new ArrayList<>();
        int i = 0;
        while (i < text.length()) {
            int digitsEnd = StreetAddressDetector.skipDigits(text, i);
            boolean houseNumber = digitsEnd > i && digitsEnd - i <= MAX_HOUSE_NUMBER_DIGITS
                    && !TextChars.wordCharBefore(text, i);
            if (!houseNumber) {
                i = Math.max(i + 1, digitsEnd);
                continue;
            }
            int[] span = addressAt(text, i, digitsEnd);
            if (span == null) {
                i = digitsEnd;
            } else {
                spans.add(span);
                i = span[1];
            }
        }
        return spans;
    }

    private static int[] addressAt(String text, int number, int digitsEnd) {
        if (StreetAddressDetector.mayFollowHouseNumber(text, digitsEnd)
                && StreetAddressDetector.mayStartStreetAfterNumber(text, digitsEnd)
                && StreetAddressDetector.hasStreetTypeAhead(text, digitsEnd)) {
            int end = StreetAddressDetector.numberFirstMatchEnd(text, number);
            if (end >= 0) {
                return new int[] {number, end};
            }
        }
        for (int candidate : streetWordsBefore(text, number)) {
            Matcher matcher = StreetPatterns.STREET_FIRST.matcher(
                    text.substring(candidate, Math.min(text.length(), candidate + MAX_ADDRESS_CHARS)));
            if (matcher.lookingAt() && candidate + matcher.end() > number) {
                return new int[] {candidate, candidate + matcher.end()};
            }
        }
        return null;
    }

    /** Lists every capitalised street word among six words back, and every name before a separate street word. */
    private static List<Integer> streetWordsBefore(String text, int number) {
        int limit = Math.max(0, number - MAX_CHARS_BACK);
        List<Integer> found = new ArrayList<>();
        if (!mayEndStreetBefore(text, number, limit)) {
            return found;
        }
        boolean separateWordSeen = false;
        int i = number;
        for (int words = 0; words < MAX_WORDS_BACK; words++) {
            int end = separatorsStartBefore(text, i, limit);
            int start = wordStartBefore(text, end, limit);
            if (start == end) {
                break;
            }
            String word = text.substring(start, end);
            if (Character.isUpperCase(word.charAt(0))) {
                boolean afterSeparateWord = separateWordSeen && !NameWords.isNeverName(word);
                if (afterSeparateWord || StreetWordWalk.isStreetWord(word)) {
                    found.add(0, start);
                }
            }
            separateWordSeen = SEPARATE_STREET_WORDS.contains(word.toLowerCase(Locale.ROOT));
            i = start;
        }
        return found;
    }

    /**
     * Checks that the word nearest to the number starts with a capital or 'n', as the old detector did. The check
     * also rules out matches of the pattern, such as "Via dell'Amore 3", so the reference keeps it.
     */
    private static boolean mayEndStreetBefore(String text, int number, int limit) {
        int end = separatorsStartBefore(text, number, limit);
        int start = wordStartBefore(text, end, limit);
        return start < end && (text.charAt(start) == 'n' || Character.isUpperCase(text.charAt(start)));
    }

    private static int separatorsStartBefore(String text, int end, int limit) {
        int start = end;
        while (start > limit && (text.charAt(start - 1) == ' ' || text.charAt(start - 1) == ',')) {
            start--;
        }
        return start;
    }

    private static int wordStartBefore(String text, int end, int limit) {
        int start = end;
        while (start > limit && isWordChar(text.charAt(start - 1))) {
            start--;
        }
        return start;
    }

    private static boolean isWordChar(char c) {
        return Character.isLetter(c) || c == '.' || c == '/' || c == '-' || c == '\'' || c == '’'
                || Character.getType(c) == Character.NON_SPACING_MARK;
    }
}
