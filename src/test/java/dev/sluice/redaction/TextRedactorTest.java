package dev.sluice.redaction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;

import dev.sluice.detection.Finding;
import dev.sluice.detection.FindingCategory;

class TextRedactorTest {

    @Test
    void replacesSpansAroundAstralCharacters() {
        String text = "Hi \uD83D\uDE00\uD83D\uDE4F mail dani.k@beispiel.example";
        int start = text.indexOf("dani");
        Finding email = finding(start, text.length(), "EMAIL_ADDRESS");

        String masked = TextRedactor.redact(text, List.of(email), new PlaceholderAllocator());

        assertThat(masked).isEqualTo("Hi \uD83D\uDE00\uD83D\uDE4F mail <EMAIL_ADDRESS_1>");
    }

    @Test
    void adjacentFindingsStaySeparate() {
        String text = "a@x.example b@x.example";
        List<Finding> findings = List.of(finding(0, 11, "EMAIL_ADDRESS"), finding(12, 23, "EMAIL_ADDRESS"));

        assertThat(TextRedactor.redact(text, findings, new PlaceholderAllocator()))
                .isEqualTo("<EMAIL_ADDRESS_1> <EMAIL_ADDRESS_2>");
    }

    @Test
    void overlappingFindingsAreRejected() {
        List<Finding> findings = List.of(finding(0, 5, "A"), finding(4, 8, "B"));

        assertThatThrownBy(() -> TextRedactor.redact("0123456789", findings, new PlaceholderAllocator()))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void findingPastEndIsRejected() {
        assertThatThrownBy(() -> TextRedactor.redact("abc", List.of(finding(1, 9, "A")), new PlaceholderAllocator()))
                .isInstanceOf(IllegalStateException.class);
    }

    private static Finding finding(int start, int end, String type) {
        return new Finding(start, end, type, FindingCategory.PERSONAL_DATA, "test", 1.0);
    }
}
