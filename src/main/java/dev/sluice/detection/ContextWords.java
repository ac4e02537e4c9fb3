package dev.sluice.detection;

import java.util.Locale;

/**
 * Context words that must precede an ambiguous number, such as "TFN" before a nine-digit tax file number. A word
 * written in lower case matches in any ASCII letter case. A word with a capital letter matches only as written,
 * so "SIN" matches the acronym but not "sin" or "since". Every word matches only as a whole word: no letter or
 * digit of the same script may touch it on either side, so "のTFN" in Japanese text matches and "BSNL" does not.
 */
final class ContextWords {

    private static final int ASCII_CHARS = 128;

    private final String[] words;
    private final int windowChars;

    // Per word, in list order: the case keys of its chars, the case key of its first char, and whether it
    // matches in any letter case.
    private final char[][] caseKeys;
    private final char[] firstKeys;
    private final boolean[] ignoreCase;

    // Whether some word's first char has the ASCII case key at that index, so most window chars cost one read.
    private final boolean[] asciiFirstKeys = new boolean[ASCII_CHARS];
    private final boolean nonAsciiFirstKey;
    private final int minWordLength;

    /** Context words looked up in the {@code windowChars} chars before a candidate. */
    ContextWords(int windowChars, String... words) {
        this.windowChars = windowChars;
        this.words = words.clone();
        this.caseKeys = new char[words.length][];
        this.firstKeys = new char[words.length];
        this.ignoreCase = new boolean[words.length];
        boolean nonAscii = false;
        int minLength = Integer.MAX_VALUE;
        for (int w = 0; w < words.length; w++) {
            String word = words[w];
            caseKeys[w] = new char[word.length()];
            for (int i = 0; i < word.length(); i++) {
                caseKeys[w][i] = TriggerWord.caseKey(word.charAt(i));
            }
            firstKeys[w] = caseKeys[w][0];
            ignoreCase[w] = word.equals(word.toLowerCase(Locale.ROOT));
            if (firstKeys[w] < ASCII_CHARS) {
                asciiFirstKeys[firstKeys[w]] = true;
            } else {
                nonAscii = true;
            }
            minLength = Math.min(minLength, word.length());
        }
        this.nonAsciiFirstKey = nonAscii;
        this.minWordLength = minLength;
    }

    /**
     * Returns the first context word, in list order, found in the window before {@code start}, or null when none
     * is there. One pass over the window tries, at each offset, only the words whose first char has the case key
     * of the char there, and keeps the lowest list index that matches.
     */
    String findBefore(String text, int start) {
        int windowStart = Math.max(0, start - windowChars);
        int last = start - minWordLength;
        int best = words.length;
        for (int i = windowStart; i <= last && best > 0; i++) {
            char key = TriggerWord.caseKey(text.charAt(i));
            if (!mayStartWord(key)) {
                continue;
            }
            for (int w = 0; w < best; w++) {
                if (firstKeys[w] == key && matchesAt(text, i, start, w)) {
                    best = w;
                    break;
                }
            }
        }
        return best < words.length ? words[best] : null;
    }

    /** Returns whether {@code profile} contains any of the words, in any letter case, anywhere in its text. */
    boolean mayOccurIn(TextProfile profile) {
        for (String word : words) {
            if (profile.containsIgnoreCase(word.toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }

    private boolean mayStartWord(char key) {
        if (key < ASCII_CHARS) {
            return asciiFirstKeys[key];
        }
        if (!nonAsciiFirstKey) {
            return false;
        }
        for (char firstKey : firstKeys) {
            if (firstKey == key) {
                return true;
            }
        }
        return false;
    }

    /** Returns whether word {@code w} occurs as a whole word at {@code i} and ends at or before {@code to}. */
    private boolean matchesAt(String text, int i, int to, int w) {
        String word = words[w];
        int end = i + word.length();
        if (end > to) {
            return false;
        }

        // Chars that regionMatches takes as equal, with or without ignoreCase, have the same case key. So the
        // key comparison drops no offset where the word matches, and the slower case-converting regionMatches
        // runs only where every key agrees.
        char[] keys = caseKeys[w];
        for (int k = 1; k < keys.length; k++) {
            if (TriggerWord.caseKey(text.charAt(i + k)) != keys[k]) {
                return false;
            }
        }
        return text.regionMatches(ignoreCase[w], i, word, 0, word.length())
                && !TextChars.continuesWordBefore(text, i, end)
                && !TextChars.continuesWordAfter(text, i, end);
    }
}
