package dev.sluice.detection;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class RepeatedNamesTest {

    private static final DetectionEngine ENGINE = new DetectionEngine(DetectionSettings.defaults());

    @Test
    void repeatOfFoundNameIsMasked() {
        String text = "Hi, I'm Dana. Thanks Dana, and say hello to Danabelle.";

        List<Finding> findings = ENGINE.scan(text);

        assertThat(findings).extracting(finding -> text.substring(finding.start(), finding.end()))
                .containsExactly("Dana", "Dana");
        assertThat(findings.get(1).validator()).isEqualTo(RepeatedNames.VALIDATOR);
        assertThat(findings.get(1).entityType()).isEqualTo(EntityTypes.PERSON);
    }

    @Test
    void textWithoutNamesIsUnchanged() {
        String text = "Thanks Dana, see you at 10.";
        List<Finding> none = List.of();

        assertThat(RepeatedNames.add(text, none, RepeatedNames.namesIn(text, none))).isSameAs(none);
    }

    @Test
    void shortNamesAndCoveredSpansAreNotRepeated() {
        String text = "Al met Al; Dana met dana.Dana";
        Finding al = new Finding(0, 2, EntityTypes.PERSON, FindingCategory.PERSONAL_DATA, "person", 0.8);
        Finding dana = new Finding(11, 15, EntityTypes.PERSON, FindingCategory.PERSONAL_DATA, "person", 0.8);
        List<Finding> found = List.of(al, dana);

        List<Finding> all = RepeatedNames.add(text, found, RepeatedNames.namesIn(text, found));

        assertThat(all).extracting(finding -> text.substring(finding.start(), finding.end()))
                .containsExactly("Al", "Dana", "Dana");
        assertThat(all.get(2).start()).isEqualTo(25);
    }
}
