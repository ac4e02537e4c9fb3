package dev.sluice.detection;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Checks the id bits of {@link TriggerWordList} against the words it holds. */
class TriggerWordListTest {

    @Test
    void listsOfTriggerWordsCarryIdBits() {
        assertThat(TriggerWords.PASSWORD_KEYS).isInstanceOf(TriggerWordList.class);
        assertThat(TriggerWords.CONFIDENTIALITY_LABELS).isInstanceOf(TriggerWordList.class);
        assertThat(TriggerWords.PERSON_PHRASES).isInstanceOf(TriggerWordList.class);
    }

    @Test
    void containsIdOnlyForItsWords() {
        TriggerWordList list = TriggerWordList.of(TriggerWords.GITHUB_PREFIXES);

        for (TriggerWord word : TriggerWords.all()) {
            assertThat(list.containsId(word.id())).as("%s", word).isEqualTo(list.contains(word));
        }
    }

    @Test
    void intersectsMatchesContainsAnyLoop() {
        // Every word alone, and every registered list, against contexts of texts that contain a single word.
        List<List<TriggerWord>> lists = List.of(TriggerWords.PASSWORD_KEYS, TriggerWords.PASSWORD_PROSE,
                TriggerWords.AWS_KEY_PREFIXES, TriggerWords.SLACK_PREFIXES.subList(0, 2),
                TriggerWords.CONFIDENTIALITY_LABELS, TriggerWords.BIRTH_KEYWORDS, TriggerWords.VENDOR_TOKEN_PREFIXES);
        for (TriggerWord word : TriggerWords.all()) {
            ScanContext context = ScanContext.of("x " + word.word() + " y");
            for (List<TriggerWord> words : lists) {
                boolean expected = words.stream().anyMatch(context::contains);
                assertThat(context.containsAny(words)).as("%s in a text of %s", words, word).isEqualTo(expected);
                assertThat(context.containsAny(List.copyOf(words))).as("copy of %s", words).isEqualTo(expected);
            }
        }
    }

    @Test
    void forEachOccurrenceVisitsInOrder() {
        ScanContext context = ScanContext.of("Hi Anna, my name is Ken. Best regards, Ken. password=x hi");
        List<String> visited = new ArrayList<>();

        context.forEachOccurrence(TriggerWords.PERSON_PHRASES,
                (wordId, start) -> visited.add(start + ":" + TriggerWords.all().get(wordId).word()));

        List<String> expected = new ArrayList<>();
        for (int start : context.occurrences(TriggerWords.PERSON_PHRASES)) {
            for (TriggerWord word : TriggerWords.PERSON_PHRASES) {
                for (int at : context.occurrences(word)) {
                    if (at == start) {
                        expected.add(start + ":" + word.word());
                    }
                }
            }
        }
        assertThat(visited).hasSizeGreaterThan(2);
        assertThat(visited).containsExactlyInAnyOrderElementsOf(expected);
        assertThat(visited.stream().map(entry -> Integer.parseInt(entry.split(":")[0])).toList()).isSorted();
    }

    @Test
    void subListKeepsOnlyItsWords() {
        List<TriggerWord> tokens = TriggerWords.SLACK_PREFIXES.subList(0, 2);

        assertThat(tokens).isInstanceOf(TriggerWordList.class);
        assertThat(((TriggerWordList) tokens).containsId(TriggerWords.SLACK_PREFIXES.get(0).id())).isTrue();
        assertThat(((TriggerWordList) tokens).containsId(TriggerWords.SLACK_PREFIXES.get(2).id())).isFalse();
    }
}
