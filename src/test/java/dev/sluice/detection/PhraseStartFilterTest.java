package dev.sluice.detection;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;
import org.ahocorasick.trie.Trie;
import org.junit.jupiter.api.Test;

/** Checks that the start filter never rules out a text in which the Aho-Corasick trie finds a phrase. */
class PhraseStartFilterTest {

    private static final String[] ATOMS = {"a", "b", "K", "k", "\\u212A", "e", "é", "É", "\\u0301", "n", "ñ", "İ", "i",
        "ı", "ß", "ẞ", "Σ", "σ", "ς", "日", "本", " ", "-", ".", "1", "Ken", "KESTREL", "késtrel", "Zoë", "ZOE"};

    @Test
    void filterPassesEveryTextTheTrieMatches() {
        Random random = new Random(11);
        for (boolean ignoreCase : new boolean[] {true, false}) {
            for (int round = 0; round < 300; round++) {
                List<String> phrases = List.of(randomText(random, 1, 3), randomText(random, 1, 2), randomText(random, 2, 4));
                List<String> keywords = phrases.stream()
                        .map(phrase -> ignoreCase ? AccentFolding.fold(phrase) : phrase).toList();
                Trie.TrieBuilder builder = Trie.builder();
                if (ignoreCase) {
                    builder.ignoreCase();
                }
                keywords.forEach(builder::addKeyword);
                Trie trie = builder.build();
                PhraseStartFilter filter = new PhraseStartFilter(keywords, ignoreCase);

                for (int n = 0; n < 100; n++) {
                    String text = randomText(random, 0, 8);
                    boolean trieFinds = !trie.parseText(ignoreCase ? AccentFolding.fold(text) : text).isEmpty();
                    if (trieFinds) {
                        assertThat(filter.mayOccurIn(text)).as("%s in \"%s\"", keywords, text).isTrue();
                    }
                }
            }
        }
    }

    @Test
    void filterRulesOutTextWithoutAnyPhraseStart() {
        PhraseStartFilter filter = new PhraseStartFilter(List.of("kestrel", "globex industrial"), true);

        assertThat(filter.mayOccurIn("The review of the summary is due on Monday.")).isFalse();
        assertThat(filter.mayOccurIn("We like keys, and glaciers.")).isFalse();
        assertThat(filter.mayOccurIn("Project KESTREL")).isTrue();
        assertThat(filter.mayOccurIn("ǴLOBEX")).isTrue();
    }

    @Test
    void twoCharPhraseChecksEveryPair() {
        PhraseStartFilter filter = new PhraseStartFilter(List.of("ab", "kestrel"), true);

        assertThat(filter.mayOccurIn("xAB")).isTrue();
        assertThat(filter.mayOccurIn("ba")).isFalse();
    }

    @Test
    void oneCharPhraseChecksEveryChar() {
        PhraseStartFilter filter = new PhraseStartFilter(List.of("x"), true);

        assertThat(filter.mayOccurIn("abc")).isFalse();
        assertThat(filter.mayOccurIn("abX")).isTrue();
        assertThat(filter.mayOccurIn("")).isFalse();
    }

    private static String randomText(Random random, int minAtoms, int maxAtoms) {
        StringBuilder text = new StringBuilder();
        int count = minAtoms + random.nextInt(maxAtoms - minAtoms + 1);
        for (int i = 0; i < count; i++) {
            text.append(ATOMS[random.nextInt(ATOMS.length)]);
        }
        return text.toString();
    }
}
