package dev.sluice.detection;

import java.util.List;

/**
 * Context words that must precede an ambiguous number, such as "TFN" before a nine-digit tax file number. A word
 * written in lower case matches in any ASCII letter case. A word with a capital letter matches only as written,
 * so "SIN" matches the acronym but not "sin" or "since". Every word matches only as a whole word: no letter or
 * digit of the same script may touch it on either side, so "のTFN" in Japanese text matches and "BSNL" does not.
 */
final class ContextWords {

    private final List<String> words;
    private final int windowChars;

    /** Context words looked up in the {@code windowChars} chars before a candidate. */
    ContextWords(int windowChars, String... words) {
        this.windowChars = windowChars;
        this.words = List.of(words);
    }

    /** Returns the first context word found in the window before {@code start}, or null when none is there. */
    String findBefore(String text, int start) {
        int windowStart = Math.max(0, start - windowChars);
        for (String word : words) {
            if (containsWord(text, windowStart, start, word)) {
                return word;
            }
        }
        return null;
    }

    /** Returns whether {@code profile} contains any of the words, in any letter case, anywhere in its text. */
    boolean mayOccurIn(TextProfile profile) {
        for (String word : words) {
            if (profile.containsIgnoreCase(word.toLowerCase(java.util.Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }

    private static boolean containsWord(String text, int from, int to, String word) {
        boolean ignoreCase = word.equals(word.toLowerCase(java.util.Locale.ROOT));
        // Chars that regionMatches takes as equal, with or without ignoreCase, have the same case key, so the
        // key of the first char rejects most offsets before the full comparison.
        char firstKey = TriggerWord.caseKey(word.charAt(0));
        int last = to - word.length();
        for (int i = from; i <= last; i++) {
            if (TriggerWord.caseKey(text.charAt(i)) != firstKey) {
                continue;
            }
            if (text.regionMatches(ignoreCase, i, word, 0, word.length())
                    && !TextChars.continuesWordBefore(text, i, i + word.length())
                    && !TextChars.continuesWordAfter(text, i, i + word.length())) {
                return true;
            }
        }
        return false;
    }
}
