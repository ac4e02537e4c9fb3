package dev.sluice.detection;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Compares the person triggers found through a {@link ScanContext} with the search of the whole text. */
class PersonTriggersTest {

    @Test
    void contextFindsOneCharKeywords() {
        for (String text : List.of("山田様へ", "김민수 씨가", "박 님", "Dear Anna, 田中様 and 이 씨", "no keyword here",
                "田中さんと様子", "")) {
            ScanContext context = ScanContext.of(text);

            assertThat(PersonTriggers.find(context)).as("hits in \"%s\"", text).isEqualTo(PersonTriggers.find(text));
        }
    }

    @Test
    void passFlagsOnlyTextsWithOneCharKeyword() {
        assertThat(ScanContext.of("山田様へ").containsOneCharPersonKeyword()).isTrue();
        assertThat(ScanContext.of("김민수 씨가").containsOneCharPersonKeyword()).isTrue();
        assertThat(ScanContext.of("田中さん").containsOneCharPersonKeyword()).isFalse();
    }
}
