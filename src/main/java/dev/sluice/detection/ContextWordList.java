package dev.sluice.detection;

import java.util.List;
import java.util.Locale;

/**
 * A list of context words for {@link FindingScorer}, each with its lower-case form computed once, so that scoring
 * a finding converts no word. {@link #lowerCase} is {@code word.toLowerCase(Locale.ROOT)}.
 */
final class ContextWordList {

    static final ContextWordList EMPTY = new ContextWordList(List.of());

    private final String[] words;
    private final String[] lowerCase;

    ContextWordList(List<String> words) {
        this.words = words.toArray(new String[0]);
        this.lowerCase = new String[this.words.length];
        for (int i = 0; i < this.words.length; i++) {
            lowerCase[i] = this.words[i].toLowerCase(Locale.ROOT);
        }
    }

    int size() {
        return words.length;
    }

    /** Returns word {@code index} as it was configured, the form a finding reports. */
    String word(int index) {
        return words[index];
    }

    /** Returns word {@code index} in lower case, the form the scorer searches for. */
    String lowerCase(int index) {
        return lowerCase[index];
    }
}
