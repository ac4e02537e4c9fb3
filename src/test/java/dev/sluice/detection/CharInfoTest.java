package dev.sluice.detection;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Checks the pass's table entry of every char against the definitions it stands for. */
class CharInfoTest {

    @Test
    void everyCharKeyAndFlags() {
        for (int i = 0; i <= Character.MAX_VALUE; i++) {
            char c = (char) i;
            int info = CharInfo.of(c);

            assertThat(info & CharInfo.KEY_MASK).as("case key of U+%04X", i).isEqualTo(TriggerWord.caseKey(c));
            assertThat((info & CharInfo.DIGIT) != 0).as("digit flag of U+%04X", i).isEqualTo(TextChars.isAsciiDigit(c));
            assertThat((info & CharInfo.UPPER_CASE) != 0).as("capital flag of U+%04X", i).isEqualTo(c >= 'A' && c <= 'Z');
            assertThat((info & CharInfo.SEPARATOR) != 0).as("separator flag of U+%04X", i)
                    .isEqualTo(c == ':' || c == '-' || c == '.');
            assertThat((info & CharInfo.AT_SIGN) != 0).as("'@' flag of U+%04X", i).isEqualTo(c == '@');
            assertThat((info & CharInfo.PERSON_KEYWORD_CHAR) != 0).as("person keyword flag of U+%04X", i)
                    .isEqualTo(c == '様' || c == '씨' || c == '님');
            int kind = MatchingChars.kind(c);
            assertThat((info & CharInfo.ONE_FOR_ONE) != 0).as("one-for-one flag of U+%04X", i)
                    .isEqualTo(kind == MatchingChars.ONE_FOR_ONE);
            assertThat((info & CharInfo.COMBINING_MARK) != 0).as("mark flag of U+%04X", i)
                    .isEqualTo(kind == MatchingChars.MARK);
            assertThat((info & CharInfo.OTHER_FORM_CHANGE) != 0).as("other change flag of U+%04X", i)
                    .isEqualTo(kind != MatchingChars.PASS && kind != MatchingChars.ONE_FOR_ONE
                            && kind != MatchingChars.MARK);
            assertThat(info >= CharInfo.MATCHING_FORM_FLAGS).as("matching-form flags of U+%04X", i)
                    .isEqualTo(kind != MatchingChars.PASS);
        }
    }

    @Test
    void plainCharsHaveNoFlags() {
        assertThat(CharInfo.of('a')).isEqualTo('a');
        assertThat(CharInfo.of('é')).isEqualTo('é');
        assertThat(CharInfo.of('7')).isGreaterThan(CharInfo.KEY_MASK);
        assertThat(CharInfo.of('Q')).isGreaterThan(CharInfo.KEY_MASK);
    }
}
