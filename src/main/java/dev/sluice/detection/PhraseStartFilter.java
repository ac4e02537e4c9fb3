package dev.sluice.detection;

import java.util.Collection;

/**
 * A filter on the first chars of a {@link DictionaryMatcher}'s phrases, which rules out most texts before the
 * Aho-Corasick trie reads them. The trie of org.ahocorasick boxes every char it reads and follows a map per
 * state, so in a profile of the bundled pipeline the five detectors built on it had 18% of the stream thread's
 * samples. This filter reads one table entry per char and tests one bit per three chars: a phrase's first two
 * chars ("ke" of "Kestrel") are common in prose, its first three far less.
 *
 * <p>It compares chars as the trie does: after {@link AccentFolding} and, when case is ignored,
 * {@link Character#toLowerCase(char)}. Every occurrence that the trie finds starts with the first three chars of
 * its phrase, or all of a shorter phrase, so a false result proves that the trie finds nothing.
 */
final class PhraseStartFilter {

    private static final int KEY_BITS = 16;
    private static final int KEY_MASK = (1 << KEY_BITS) - 1;

    // The form in which the trie compares each char when it ignores case: the lower case of the folded char.
    private static final char[] FOLDED_LOWER_CASE = foldedLowerCase();

    private final boolean ignoreCase;
    // One bit per hashed key of the first three chars of a phrase, of a whole two-char phrase, and of a one-char
    // phrase. The three kinds share one set, because a collision only lets a text through.
    private final long[] keys = new long[(1 << KEY_BITS) / Long.SIZE];
    private final boolean hasShortPhrase;

    /**
     * Builds the filter of {@code phrases}, each as it was added to the trie: stripped, and folded if case is
     * ignored.
     */
    PhraseStartFilter(Collection<String> phrases, boolean ignoreCase) {
        this.ignoreCase = ignoreCase;
        boolean shortPhrase = false;
        for (String phrase : phrases) {
            if (phrase.isEmpty()) {
                continue;
            }
            char first = form(phrase.charAt(0));
            int key;
            if (phrase.length() == 1) {
                key = singleKey(first);
                shortPhrase = true;
            } else if (phrase.length() == 2) {
                key = pairKey(first, form(phrase.charAt(1)));
                shortPhrase = true;
            } else {
                key = tripleKey(first, form(phrase.charAt(1)), form(phrase.charAt(2)));
            }
            keys[key >>> 6] |= 1L << key;
        }
        this.hasShortPhrase = shortPhrase;
    }

    /** Returns false only if no phrase can occur in {@code text}. */
    boolean mayOccurIn(String text) {
        char beforePrevious = 0;
        char previous = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = form(text.charAt(i));
            if (i >= 2 && contains(tripleKey(beforePrevious, previous, c))) {
                return true;
            }
            if (hasShortPhrase && (contains(singleKey(c)) || i >= 1 && contains(pairKey(previous, c)))) {
                return true;
            }
            beforePrevious = previous;
            previous = c;
        }
        return false;
    }

    private boolean contains(int key) {
        return (keys[key >>> 6] & 1L << key) != 0;
    }

    private char form(char c) {
        return ignoreCase ? FOLDED_LOWER_CASE[c] : c;
    }

    private static int singleKey(char c) {
        return (c * 0x9E3779B1 >>> KEY_BITS) & KEY_MASK;
    }

    private static int pairKey(char first, char second) {
        return ((first * 31 + second) * 0x85EBCA6B >>> KEY_BITS) & KEY_MASK;
    }

    private static int tripleKey(char first, char second, char third) {
        return (first * 961 + second * 31 + third) & KEY_MASK;
    }

    private static char[] foldedLowerCase() {
        char[] forms = new char[Character.MAX_VALUE + 1];
        for (int c = 0; c <= Character.MAX_VALUE; c++) {
            forms[c] = Character.toLowerCase(AccentFolding.fold((char) c));
        }
        return forms;
    }
}
