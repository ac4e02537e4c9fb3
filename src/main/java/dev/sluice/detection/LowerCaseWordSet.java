package dev.sluice.detection;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;

/**
 * A small set of lower-case words that tests a span of text without copying it: {@link #contains} returns what
 * {@code words.contains(text.substring(start, end).toLowerCase(Locale.ROOT))} returns. Detectors call it for
 * every word near a candidate, where the copy and the lower-casing cost more than the comparison.
 */
final class LowerCaseWordSet {

    /** Marks a char whose lower-case form has more than one char, such as 'İ' (U+0130), which gives "i̇". */
    private static final char EXPANDS = '\uFFFF';

    /** The one-char lower-case form of every char, {@link #EXPANDS} where the form is longer. */
    private static final char[] LOWER_CASE = lowerCaseTable();

    /**
     * The last char a word may contain. Every multi-char lower-case form ("i̇" from 'İ') has a char beyond it, and
     * so has every lower-case form that depends on its neighbours (Greek sigma). So comparing char by char is exact.
     */
    private static final char MAX_WORD_CHAR = '\u00FF';

    /** The words of each length and first char, at index {@code (length << 8) | firstChar}, or null if none. */
    private final String[][] wordsByLengthAndFirst;

    private final int maxLength;
    private final boolean containsEmpty;

    LowerCaseWordSet(Collection<String> words) {
        int longest = 0;
        for (String word : words) {
            if (!word.equals(word.toLowerCase(Locale.ROOT))) {
                throw new IllegalArgumentException("word is not in lower case: " + word);
            }
            if (!word.chars().allMatch(c -> c <= MAX_WORD_CHAR)) {
                throw new IllegalArgumentException("word has a char beyond U+00FF: " + word);
            }
            longest = Math.max(longest, word.length());
        }
        maxLength = longest;
        containsEmpty = words.contains("");

        List<List<String>> grouped = new ArrayList<>();
        for (int key = 0; key < bucketKey(maxLength + 1, 0); key++) {
            grouped.add(new ArrayList<>());
        }
        for (String word : words) {
            if (!word.isEmpty()) {
                grouped.get(bucketKey(word.length(), word.charAt(0))).add(word);
            }
        }
        wordsByLengthAndFirst = new String[grouped.size()][];
        for (int key = 0; key < grouped.size(); key++) {
            List<String> bucket = grouped.get(key);
            wordsByLengthAndFirst[key] = bucket.isEmpty() ? null : bucket.toArray(String[]::new);
        }
    }

    private static int bucketKey(int length, int first) {
        return (length << Byte.SIZE) | first;
    }

    /** Returns the length of the longest word. */
    int maxLength() {
        return maxLength;
    }

    /**
     * Returns whether {@code text[start, end)} lower-cased with {@link Locale#ROOT} is one of the words. A span
     * with a char whose lower-case form is longer than one char never is one, because that form contains a char
     * beyond U+00FF, which no word has. Only the words of the span's length and first char are compared.
     */
    boolean contains(CharSequence text, int start, int end) {
        int length = end - start;
        if (length == 0) {
            return containsEmpty;
        }
        if (length > maxLength) {
            return false;
        }
        char first = LOWER_CASE[text.charAt(start)];
        if (first > MAX_WORD_CHAR) {
            return false;
        }
        String[] candidates = wordsByLengthAndFirst[bucketKey(length, first)];
        if (candidates == null) {
            return false;
        }
        for (String word : candidates) {
            if (equalsLowerCase(text, start, word)) {
                return true;
            }
        }
        return false;
    }

    /** Returns whether every char of {@code text[start, end)} has a one-char lower-case form. */
    static boolean hasOneCharLowerCase(CharSequence text, int start, int end) {
        for (int i = start; i < end; i++) {
            if (LOWER_CASE[text.charAt(i)] == EXPANDS) {
                return false;
            }
        }
        return true;
    }

    /**
     * Returns whether the lower-case forms of the chars before {@code end} spell {@code suffix}, a lower-case
     * word of chars up to U+00FF. For a span whose chars all have one-char lower-case forms, that is what
     * {@code substring(start, end).toLowerCase(Locale.ROOT).endsWith(suffix)} returns when the span is at least
     * as long as the suffix.
     */
    static boolean endsWithLowerCase(CharSequence text, int end, String suffix) {
        int start = end - suffix.length();
        return start >= 0 && equalsLowerCase(text, start, suffix);
    }

    private static boolean equalsLowerCase(CharSequence text, int start, String word) {
        for (int k = 0; k < word.length(); k++) {
            if (LOWER_CASE[text.charAt(start + k)] != word.charAt(k)) {
                return false;
            }
        }
        return true;
    }

    private static char[] lowerCaseTable() {
        char[] table = new char[Character.MAX_VALUE + 1];
        for (int c = 0; c <= Character.MAX_VALUE; c++) {
            String lower = String.valueOf((char) c).toLowerCase(Locale.ROOT);
            table[c] = lower.length() == 1 ? lower.charAt(0) : EXPANDS;
        }
        return table;
    }
}
