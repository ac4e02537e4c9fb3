package dev.sluice.detection;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import org.ahocorasick.trie.Emit;
import org.ahocorasick.trie.Trie;

/**
 * Finds whole-word occurrences of a fixed list of phrases with one Aho-Corasick pass, so matching time is linear
 * in the text length whatever the number of phrases. A match is whole-word when neither end touches an
 * underscore or a letter or digit of the same script as the match char next to it (see
 * {@link TextChars#continuesWordAfter}). So "Tamarind" in "評価基準（Tamarindチーム用）" is a whole word, while
 * "Kenya" does not contain the word "Ken". Punctuation such as '(', '.', ')' and the apostrophe of a
 * possessive does not count.
 *
 * <p>Case-insensitive matching lowercases char by char and also ignores accents on Latin letters
 * ({@link AccentFolding}), so "Cafe" matches "Café"; both keep one char for one char, so offsets stay valid char
 * indices of the input.
 */
final class DictionaryMatcher {

    private final Trie trie;
    private final PhraseStartFilter filter;
    private final boolean empty;
    private final boolean ignoreCase;

    DictionaryMatcher(Collection<String> phrases, boolean ignoreCase) {
        Trie.TrieBuilder builder = Trie.builder();
        if (ignoreCase) {
            builder.ignoreCase();
        }
        List<String> keywords = new ArrayList<>();
        for (String phrase : phrases) {
            if (phrase != null && !phrase.isBlank()) {
                keywords.add(ignoreCase ? AccentFolding.fold(phrase.strip()) : phrase.strip());
            }
        }
        keywords.forEach(builder::addKeyword);
        this.trie = builder.build();
        this.filter = new PhraseStartFilter(keywords, ignoreCase);
        this.empty = keywords.isEmpty();
        this.ignoreCase = ignoreCase;
    }

    /**
     * Returns the whole-word matches as {start, end} pairs sorted by start, keeping only the longest of matches
     * that overlap.
     */
    List<int[]> findWholeWords(String text) {
        List<int[]> spans = new ArrayList<>();
        if (empty || !filter.mayOccurIn(text)) {
            return spans;
        }
        Collection<Emit> emits = trie.parseText(ignoreCase ? AccentFolding.fold(text) : text);
        for (Emit emit : emits) {
            int start = emit.getStart();
            int end = emit.getEnd() + 1;
            if (!TextChars.continuesWordBefore(text, start, end) && !TextChars.continuesWordAfter(text, start, end)) {
                spans.add(new int[] {start, end});
            }
        }
        spans.sort(Comparator.<int[]>comparingInt(span -> span[0]).thenComparingInt(span -> -span[1]));

        List<int[]> longest = new ArrayList<>();
        for (int[] span : spans) {
            if (!longest.isEmpty() && span[0] < longest.get(longest.size() - 1)[1]) {
                int[] previous = longest.get(longest.size() - 1);
                if (span[1] - span[0] > previous[1] - previous[0]) {
                    longest.set(longest.size() - 1, span);
                }
                continue;
            }
            longest.add(span);
        }
        return longest;
    }
}
