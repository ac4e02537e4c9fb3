package dev.sluice.detection;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

class CredentialAssignmentTest {

    @Test
    void valueReaderEqualsFullPattern() {
        String[] atoms = {
            "password", "PASSWORD", "pass", "secret_key", "secret", "api-key", "token", "client.secret", "credentials",
            "API_KEY", "api.key", "apikey", "Api\u212Aey", "access", "access-", "key", "private_KEY", "client", "_secret",
            "credential", "Credential", "passphrase", "PassWd", "pwD", "sec", "ret", "-", "_", ".", "==>", ":=>",
            "\u017Fecret", "passwd", "pwd", ":", ":=", "=>", "=", "==", " ", "\t", "\n", "\r", "\f", "\"", "'", "`",
            "\"\"", "''", "hunter2", "s3cr3t/+=", "x", "é", "日本", "\uD83D\uDE00", "\uD83D", "\uDE00", ",", "#",
            "a".repeat(300), "b".repeat(211), "c".repeat(512), "d".repeat(511), "\"" + "e".repeat(511) + "\"",
            "'" + "f".repeat(512) + "'", "\uD83D\uDE00".repeat(256)
        };
        Random random = new Random(71L);
        int matches = 0;
        int fallbacks = 0;
        for (int n = 0; n < 30000; n++) {
            String sample = RandomAtoms.join(random, atoms, 8);
            for (int offset = 0; offset < sample.length(); offset++) {
                CredentialAssignment expected = CredentialAssignment.byPattern(sample, offset);
                assertThat(CredentialAssignment.at(sample, offset))
                        .as("offset %d in \"%s\"", offset, sample).isEqualTo(expected);
                matches += expected != null ? 1 : 0;
                fallbacks += expected != null && expected.valueStart() > 0
                        && sample.charAt(expected.valueStart() - 1) == ':' && expected.operator().equals(":")
                        && sample.charAt(expected.valueStart()) == '=' ? 1 : 0;
            }
        }
        assertThat(matches).as("assignments").isGreaterThan(2000);
        assertThat(fallbacks).as("values after a ':' that ':=' could not take").isGreaterThan(0);
    }

    @Test
    void quotedValueKeepsQuotesOutside() {
        CredentialAssignment assignment = CredentialAssignment.at("password = \"kY7 mH\" rest", 0);

        assertThat(assignment).isNotNull();
        assertThat(assignment.valueGroup()).isEqualTo(3);
        assertThat(assignment.valueStart()).isEqualTo(12);
        assertThat(assignment.valueEnd()).isEqualTo(18);
        assertThat(assignment.end()).isEqualTo(19);
    }
}
