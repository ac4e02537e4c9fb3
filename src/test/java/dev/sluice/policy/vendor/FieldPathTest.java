package dev.sluice.policy.vendor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class FieldPathTest {

    private static final FieldPath CONTENT = FieldPath.parse("messages").element().child("content");

    @Test
    void wildcardElementMatchesEveryElement() {
        assertThat(FieldPath.parse("messages[*].content").covers(CONTENT)).isTrue();
        assertThat(FieldPath.parse("messages[*].role").covers(CONTENT)).isFalse();
    }

    @Test
    void patternCoversEverythingBelow() {
        assertThat(FieldPath.parse("messages").covers(CONTENT)).isTrue();
        assertThat(FieldPath.parse("messages[*]").covers(CONTENT)).isTrue();
        assertThat(FieldPath.parse("messages[*].content.text").covers(CONTENT)).isFalse();
    }

    @Test
    void starMatchesAnyNameButNoElement() {
        assertThat(FieldPath.parse("metadata.*").covers(FieldPath.parse("metadata").child("source"))).isTrue();
        assertThat(FieldPath.parse("*.content").covers(CONTENT)).isFalse();
        assertThat(FieldPath.parse("*[*].content").covers(CONTENT)).isTrue();
    }

    @Test
    void concretePathPrintsAsWritten() {
        assertThat(CONTENT).hasToString("messages[*].content");
        assertThat(FieldPath.parse(" labels[*] ")).isEqualTo(FieldPath.parse("labels").element());
    }

    @Test
    void invalidPathsNameTheProblem() {
        assertThatThrownBy(() -> FieldPath.parse("messages..content")).hasMessageContaining("empty segment");
        assertThatThrownBy(() -> FieldPath.parse("messages[0].content")).hasMessageContaining("only array index");
        assertThatThrownBy(() -> FieldPath.parse("a b")).hasMessageContaining("names may contain letters");
        assertThatThrownBy(() -> FieldPath.parse("")).hasMessageContaining("field path is empty");
    }
}
