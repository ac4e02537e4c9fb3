package dev.sluice.redaction.operator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.crypto.tink.DeterministicAead;
import com.google.crypto.tink.Mac;
import org.junit.jupiter.api.Test;

import dev.sluice.keys.KeyPurpose;
import dev.sluice.keys.KeysetReference;
import dev.sluice.keys.Primitives;

class OperatorsTest {

    private static final KeysetReference TEST_KEYS = new KeysetReference("env:TEST");

    private final RecordScope record = new RecordScope();

    @Test
    void replaceNumbersPlaceholdersPerRecord() {
        ReplaceOperator replace = new ReplaceOperator();

        assertThat(replace.apply("ana@example.com", "EMAIL_ADDRESS", record)).isEqualTo("<EMAIL_ADDRESS_1>");
        assertThat(replace.apply("bo@example.com", "EMAIL_ADDRESS", record)).isEqualTo("<EMAIL_ADDRESS_2>");
        assertThat(replace.apply("ana@example.com", "EMAIL_ADDRESS", record)).isEqualTo("<EMAIL_ADDRESS_1>");
    }

    @Test
    void redactLeavesNothing() {
        assertThat(new RedactOperator().apply("ana@example.com", "EMAIL_ADDRESS", record)).isEmpty();
    }

    @Test
    void partialMaskKeepsLastDigitsAndSeparators() {
        PartialMaskOperator lastFour = new PartialMaskOperator(0, 4, '*');

        assertThat(lastFour.apply("4111 1111 1111 1234", "CREDIT_CARD", record)).isEqualTo("**** **** **** 1234");
        assertThat(lastFour.apply("+1 312-555-0187", "PHONE_NUMBER", record)).isEqualTo("+* ***-***-0187");
    }

    @Test
    void partialMaskHidesShortValuesWhole() {
        assertThat(new PartialMaskOperator(2, 4, '*').apply("12-34", "X", record)).isEqualTo("**-**");
    }

    @Test
    void partialMaskCountsCodePoints() {
        assertThat(new PartialMaskOperator(1, 0, '•').apply("𝐀𝐁𝐂", "X", record)).isEqualTo("𝐀••");
    }

    @Test
    void partialMaskRejectsNegativeCounts() {
        assertThatThrownBy(() -> new PartialMaskOperator(-1, 4, '*')).hasMessageContaining("must be 0 or more");
    }

    @Test
    void keyedHashIsStableAcrossFormattingAndRecords() {
        KeyedHashOperator hash = new KeyedHashOperator(mac());

        String first = hash.apply("+1 (312) 555-0187", "PHONE_NUMBER", record);
        String again = hash.apply("+13125550187", "PHONE_NUMBER", new RecordScope());

        assertThat(first).matches("<PHONE_NUMBER#[0-9a-f]{20}>");
        assertThat(again).isEqualTo(first);
        assertThat(hash.apply("+13125550164", "PHONE_NUMBER", record)).isNotEqualTo(first);
    }

    @Test
    void keyedHashDiffersBetweenVendors() {
        String atlas = new KeyedHashOperator(mac()).apply("ana@example.com", "EMAIL_ADDRESS", record);
        String northwind = new KeyedHashOperator(mac()).apply("ana@example.com", "EMAIL_ADDRESS", record);

        assertThat(atlas).isNotEqualTo(northwind);
    }

    @Test
    void keyedHashSeparatesEntityTypes() {
        KeyedHashOperator hash = new KeyedHashOperator(mac());

        assertThat(hash.apply("4242", "A", record).substring(3)).isNotEqualTo(hash.apply("4242", "B", record)
                .substring(3));
    }

    @Test
    void deterministicEncryptionRoundTrips() {
        DeterministicEncryptionOperator encrypt = new DeterministicEncryptionOperator(siv());

        String token = encrypt.apply("Zoë Müller", "PERSON", record);

        assertThat(token).startsWith("<PERSON!").endsWith(">");
        assertThat(encrypt.apply("Zoë Müller", "PERSON", new RecordScope())).isEqualTo(token);
        assertThat(encrypt.decrypt(token)).isEqualTo("Zoë Müller");
    }

    @Test
    void deterministicEncryptionBindsEntityType() {
        DeterministicEncryptionOperator encrypt = new DeterministicEncryptionOperator(siv());
        String token = encrypt.apply("Zoë Müller", "PERSON", record);

        String retyped = "<EMAIL_ADDRESS" + token.substring("<PERSON".length());

        assertThatThrownBy(() -> encrypt.decrypt(retyped)).hasMessageContaining("does not decrypt");
        assertThatThrownBy(() -> new DeterministicEncryptionOperator(siv()).decrypt(token))
                .hasMessageContaining("does not decrypt");
        assertThatThrownBy(() -> encrypt.decrypt("EMAIL")).hasMessageContaining("not an encryption token");
    }

    private static Mac mac() {
        return Primitives.pseudonymMac(KeyPurpose.PSEUDONYM.generate(), TEST_KEYS);
    }

    private static DeterministicAead siv() {
        return Primitives.deterministicAead(KeyPurpose.DETERMINISTIC_ENCRYPTION.generate(), TEST_KEYS);
    }
}
