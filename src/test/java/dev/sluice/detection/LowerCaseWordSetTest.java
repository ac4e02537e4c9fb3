package dev.sluice.detection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

class LowerCaseWordSetTest {

    private static final Set<String> WORDS = Set.of("st", "street", "parkway", "allée", "straße", "praça", "dr",
            "av.", "i");

    @Test
    void containsMatchesLowerCasedSubstring() {
        LowerCaseWordSet set = new LowerCaseWordSet(WORDS);
        String[] atoms = {
            "s", "S", "t", "T", "street", "STREET", "Street", "par", "\u212Away", "PARKWAY", "all", "ée", "ÉE", "É",
            "stra", "ße", "SSE", "\u1E9E", "pra", "ÇA", "ça", "d", "R", "av", ".", "i", "I", "\u0130", "\u0131",
            "\u03A3", "\u017F", "\uD801\uDC00", " ", "-", "x"
        };
        Random random = new Random(11L);
        int found = 0;
        for (int n = 0; n < 20000; n++) {
            String sample = RandomAtoms.join(random, atoms, 4);
            for (int start = 0; start < sample.length(); start++) {
                for (int end = start; end <= sample.length(); end++) {
                    boolean expected = WORDS.contains(sample.substring(start, end).toLowerCase(Locale.ROOT));
                    assertThat(set.contains(sample, start, end))
                            .as("[%d, %d) of \"%s\"", start, end, sample).isEqualTo(expected);
                    found += expected ? 1 : 0;
                }
            }
        }
        assertThat(found).as("spans in the set").isGreaterThan(1000);
    }

    @Test
    void rejectsWordsOutsideLatin1() {
        assertThatThrownBy(() -> new LowerCaseWordSet(List.of("σ"))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void rejectsUpperCaseWords() {
        assertThatThrownBy(() -> new LowerCaseWordSet(List.of("Rue"))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void reportsMaxLength() {
        assertThat(new LowerCaseWordSet(WORDS).maxLength()).isEqualTo(7);
    }

    @Test
    void endsWithComparesLowerCaseForms() {
        assertThat(LowerCaseWordSet.endsWithLowerCase("LINDENSTRASSE", 13, "strasse")).isTrue();
        assertThat(LowerCaseWordSet.endsWithLowerCase("Lindenstra\u1E9Ee", 12, "straße")).isTrue();
        assertThat(LowerCaseWordSet.endsWithLowerCase("weg", 3, "strasse")).isFalse();
        assertThat(LowerCaseWordSet.hasOneCharLowerCase("\u0130stanbul", 0, 8)).isFalse();
    }
}
