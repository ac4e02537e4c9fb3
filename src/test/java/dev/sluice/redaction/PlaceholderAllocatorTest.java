package dev.sluice.redaction;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PlaceholderAllocatorTest {

    @Test
    void numbersValuesPerTypeInOrder() {
        PlaceholderAllocator placeholders = new PlaceholderAllocator();

        assertThat(placeholders.placeholderFor("EMAIL_ADDRESS", "a@example.com")).isEqualTo("<EMAIL_ADDRESS_1>");
        assertThat(placeholders.placeholderFor("PHONE_NUMBER", "+44 20 7946 0381")).isEqualTo("<PHONE_NUMBER_1>");
        assertThat(placeholders.placeholderFor("EMAIL_ADDRESS", "b@example.com")).isEqualTo("<EMAIL_ADDRESS_2>");
        assertThat(placeholders.placeholderFor("EMAIL_ADDRESS", "a@example.com")).isEqualTo("<EMAIL_ADDRESS_1>");
    }

    @Test
    void caseVariantsShareOnePlaceholder() {
        PlaceholderAllocator placeholders = new PlaceholderAllocator();

        assertThat(placeholders.placeholderFor("CODENAME", "Nightjar")).isEqualTo("<CODENAME_1>");
        assertThat(placeholders.placeholderFor("CODENAME", "NIGHTJAR")).isEqualTo("<CODENAME_1>");
        assertThat(placeholders.placeholderFor("CODENAME", "nightjar")).isEqualTo("<CODENAME_1>");
        assertThat(placeholders.placeholderFor("CODENAME", "Kestrel")).isEqualTo("<CODENAME_2>");
    }
}
