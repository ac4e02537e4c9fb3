package dev.sluice.detection;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sluice.detection.TriggerWord.CaseRule;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Checks the start filters of {@link TriggerWords} against {@link TriggerWord#occursAt}: every combination of
 * chars that can start an occurrence of a word must pass them. The chars are found by trying every char of the
 * BMP in each of the first three places of each word, so the test does not share the filters' case tables.
 */
class TriggerWordStartFilterTest {

    @Test
    void matchingCharsPassStartFilters() {
        for (TriggerWord word : TriggerWords.all()) {
            List<Character> firsts = matchingChars(word, 0);
            List<Character> seconds = matchingChars(word, 1);
            List<Character> thirds = word.length() == 2 ? List.of('a', ' ', '7', '\u65E5') : matchingChars(word, 2);
            for (char first : firsts) {
                for (char second : seconds) {
                    for (char third : thirds) {
                        assertThat(TriggerWords.mayStartWord(first, second, third))
                                .as("start of %s as U+%04X U+%04X U+%04X", word, (int) first, (int) second,
                                        (int) third)
                                .isTrue();
                        if (!word.boundedStart()) {
                            assertThat(TriggerWords.mayStartInsideWord(first, second, third))
                                    .as("start inside a word of %s as U+%04X U+%04X U+%04X", word, (int) first,
                                            (int) second, (int) third)
                                    .isTrue();
                        }
                    }
                }
            }
        }
    }

    @Test
    void exactWordsMatchOnlyTheirOwnChars() {
        TriggerWord label = TriggerWords.CONFIDENTIALITY_LABELS.get(0);
        assertThat(label.caseRule()).isEqualTo(CaseRule.EXACT);

        assertThat(matchingChars(label, 0)).containsExactly(label.word().charAt(0));
    }

    @Test
    void caseInsensitiveWordsMatchEveryCaseForm() {
        assertThat(matchingChars(TriggerWords.SECRET_ANY_CASE, 0)).contains('s', 'S', '\u017F');
        assertThat(TriggerWords.mayStartWord('\u017F', 'E', 'c')).isTrue();
    }

    @Test
    void insideFilterKeepsIdentifierWords() {
        // "sasl_password" and "dbpassword" contain a credential word that starts inside an identifier.
        assertThat(TriggerWords.PASSWORD_KEYS.get(0).boundedStart()).isFalse();
        assertThat(TriggerWords.mayStartInsideWord('p', 'a', 's')).isTrue();
        assertThat(TriggerWords.mayStartInsideWord('P', 'A', 'S')).isTrue();
    }

    /** Returns every char that may be at {@code index} of {@code word} in an occurrence of it. */
    private static List<Character> matchingChars(TriggerWord word, int index) {
        List<Character> matching = new ArrayList<>();
        String literal = word.word();
        for (int c = 0; c <= Character.MAX_VALUE; c++) {
            String probe = literal.substring(0, index) + (char) c + literal.substring(index + 1);
            if (word.occursAt(probe, 0)) {
                matching.add((char) c);
            }
        }
        return matching;
    }
}
