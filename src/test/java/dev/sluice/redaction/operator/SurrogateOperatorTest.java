package dev.sluice.redaction.operator;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.crypto.tink.Mac;
import com.google.re2j.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import dev.sluice.detection.DetectionEngine;
import dev.sluice.detection.DetectionSettings;
import dev.sluice.detection.Finding;
import dev.sluice.keys.KeyPurpose;
import dev.sluice.keys.KeysetReference;
import dev.sluice.keys.Primitives;

class SurrogateOperatorTest {

    private static final DetectionEngine ENGINE = new DetectionEngine(DetectionSettings.defaults());

    private final SurrogateOperator atlas = new SurrogateOperator(mac());
    private final SurrogateOperator northwind = new SurrogateOperator(mac());

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "EMAIL_ADDRESS | lucia.gomez@example.net",
        "PHONE_NUMBER  | +1 312-555-0187",
        "PHONE_NUMBER  | 07700 900472",
        "CREDIT_CARD   | 4111 1111 1111 1111",
        "IBAN_CODE     | DE89 3704 0044 0532 0130 00",
        "IP_ADDRESS    | 192.0.2.44",
        "IP_ADDRESS    | 2001:db8:4f2a::91c3",
    })
    void surrogateIsFoundAsTheSameType(String type, String value) {
        String fake = atlas.apply(value, type, new RecordScope());

        assertThat(fake).isNotEqualTo(value);
        assertThat(ENGINE.scan(fake)).extracting(Finding::entityType).containsExactly(type);
    }

    @Test
    void surrogateConsistentPerVendor() {
        String first = atlas.apply("ana.silva@example.com", "EMAIL_ADDRESS", new RecordScope());

        assertThat(atlas.apply("Ana.Silva@example.com", "EMAIL_ADDRESS", new RecordScope())).isEqualTo(first);
        assertThat(northwind.apply("ana.silva@example.com", "EMAIL_ADDRESS", new RecordScope()))
                .isNotEqualTo(first);
    }

    @Test
    void surrogateNeverEqualsTheOriginal() {
        for (int i = 0; i < 200; i++) {
            SurrogateOperator vendor = new SurrogateOperator(mac());
            String original = "987-65-432" + (i % 10);

            assertThat(vendor.apply(original, "US_SSN", new RecordScope())).isNotEqualTo(original);
        }
    }

    @Test
    void fakeValuesComeFromReservedRanges() {
        assertThat(atlas.apply("+1 312-555-0187", "PHONE_NUMBER", new RecordScope()))
                .matches("\\+1 202-555-01[0-9]{2}");
        assertThat(atlas.apply("07700 900472", "PHONE_NUMBER", new RecordScope())).matches("07700 900[0-9]{3}");
        assertThat(atlas.apply("ana@corp.example", "EMAIL_ADDRESS", new RecordScope()))
                .matches("[a-z]+\\.[a-z]+[0-9]{2}@example\\.(com|org|net)");
        assertThat(atlas.apply("078-05-1120", "US_SSN", new RecordScope())).matches("987-65-432[0-9]");
        assertThat(atlas.apply("10.1.2.3", "IP_ADDRESS", new RecordScope()))
                .matches("(192\\.0\\.2|198\\.51\\.100|203\\.0\\.113)\\.[0-9]+");
    }

    @Test
    void cardKeepsLayoutAndLuhn() {
        String fake = atlas.apply("6214-8301-9275-6403-186", "CREDIT_CARD", new RecordScope());

        assertThat(Pattern.matches("[0-9]{4}-[0-9]{4}-[0-9]{4}-[0-9]{4}-[0-9]{3}", fake)).isTrue();
    }

    @Test
    void namesKeepTheirScript() {
        assertThat(atlas.apply("Иван Иванов", "PERSON", new RecordScope()).codePointAt(0)).satisfies(cp ->
                assertThat(Character.UnicodeScript.of(cp)).isEqualTo(Character.UnicodeScript.CYRILLIC));
        assertThat(atlas.apply("山田太郎", "PERSON", new RecordScope()).codePointAt(0)).satisfies(cp ->
                assertThat(Character.UnicodeScript.of(cp)).isEqualTo(Character.UnicodeScript.HAN));
        assertThat(atlas.apply("Priya Raman", "PERSON", new RecordScope())).contains(" ");
    }

    @Test
    void otherTypesKeepTheirShape() {
        String fake = atlas.apply("AB 12 34 56 C", "UK_NINO", new RecordScope());

        assertThat(Pattern.matches("[A-Z]{2} [0-9]{2} [0-9]{2} [0-9]{2} [A-Z]", fake)).isTrue();
    }

    private static Mac mac() {
        return Primitives.pseudonymMac(KeyPurpose.PSEUDONYM.generate(), new KeysetReference("env:TEST"));
    }
}
