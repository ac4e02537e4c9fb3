package dev.sluice.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

class PolicyAndKeysCommandTest {

    private static final String POLICY = """
            format: 1
            vendor: atlas-annotate
            version: "3"
            keys: {pseudonym: 'file:keys/pseudonym.json'}
            fields:
              prompt: scan
            entities:
              EMAIL_ADDRESS: surrogate
            """;

    @TempDir
    Path dir;

    @RegisterExtension
    final ConsoleCapture console = new ConsoleCapture();

    @Test
    void validPolicyWithGeneratedKeysPasses() throws Exception {
        Path policy = Files.writeString(dir.resolve("atlas.yaml"), POLICY);
        Path keyset = dir.resolve("keys/pseudonym.json");

        int generated = SluiceCli.commandLine().execute("keys", "generate", "--purpose", "pseudonym", "--out",
                keyset.toString());
        int validated = SluiceCli.commandLine().execute("policy", "validate", "--check-keys", policy.toString());

        assertThat(generated).isZero();
        assertThat(validated).isZero();
        assertThat(console.out()).contains("valid, vendor atlas-annotate, version 3");
    }

    @Test
    void keysetOfWrongPurposeFailsTheKeyCheck() throws Exception {
        Path policy = Files.writeString(dir.resolve("atlas.yaml"), POLICY);
        SluiceCli.commandLine().execute("keys", "generate", "--purpose", "quarantine_seal", "--out",
                dir.resolve("keys/pseudonym.json").toString());

        int status = SluiceCli.commandLine().execute("policy", "validate", "--check-keys", policy.toString());

        assertThat(status).isEqualTo(PolicyCommand.Validate.INVALID);
        assertThat(console.err()).contains("contains no Mac keys");
    }

    @Test
    void invalidPolicyExitsOne() throws Exception {
        Path bad = Files.writeString(dir.resolve("bad.yaml"), POLICY.replace("scan", "scrub"));
        Path good = Files.writeString(dir.resolve("good.yaml"), POLICY);

        int status = SluiceCli.commandLine().execute("policy", "validate", bad.toString(), good.toString());

        assertThat(status).isEqualTo(PolicyCommand.Validate.INVALID);
        assertThat(console.err()).contains("bad.yaml:6: fields.prompt: 'scrub' is not valid");
        assertThat(console.out()).contains("good.yaml: valid");
    }

    @Test
    void typosAndUnknownFieldsAreProblems() throws Exception {
        Path policy = Files.writeString(dir.resolve("typos.yaml"), POLICY
                .replace("  prompt: scan", "  prompt: scan\n  lables[*]: scan")
                .replace("entities:", "quarantine: {entity_types: [US_SNN]}\nthresholds: {phonee: 0.7}\nentities:"));

        int status = SluiceCli.commandLine().execute("policy", "validate", policy.toString());

        assertThat(status).isEqualTo(PolicyCommand.Validate.INVALID);
        assertThat(console.err()).contains("'US_SNN'; did you mean US_SSN?");
        assertThat(console.err()).contains("thresholds.phonee: detector 'phonee' does not exist");
        assertThat(console.err()).contains("fields.lables[*]: no field of AnnotationEvent matches");
    }

    @Test
    void unknownVendorAndUnscannedTextAreReported() throws Exception {
        Path other = Files.writeString(dir.resolve("other.yaml"), POLICY.replace("atlas-annotate", "atlas"));
        Path passing = Files.writeString(dir.resolve("passing.yaml"), POLICY.replace("prompt: scan", "prompt: pass"));

        int status = SluiceCli.commandLine().execute("policy", "validate", other.toString(), passing.toString());

        assertThat(status).isEqualTo(PolicyCommand.Validate.INVALID);
        assertThat(console.err()).contains("vendor: 'atlas' is not a vendor of the pipeline definition");
        assertThat(console.out()).contains("note: fields: prompt is a text field sent unscanned");
    }

    @Test
    void headersAndEmptyProjectionsAreProblems() throws Exception {
        Path header = Files.writeString(dir.resolve("header.yaml"), POLICY.replace("fields:",
                "headers: [traceparent, x-user-email]\nfields:"));
        Path dropAll = Files.writeString(dir.resolve("drop-all.yaml"), POLICY.replace("prompt: scan", "prompt: drop"));

        int status = SluiceCli.commandLine().execute("policy", "validate", header.toString(), dropAll.toString());

        assertThat(status).isEqualTo(PolicyCommand.Validate.INVALID);
        assertThat(console.err()).contains("header.yaml:5: headers: 'x-user-email' is not in the pipeline's "
                        + "forward_headers")
                .doesNotContain("'traceparent' is not")
                .contains("drop-all.yaml: fields: the policy sends no field of AnnotationEvent");
    }

    @Test
    void checkProblemsNameTheirLineAndNearestFields() throws Exception {
        Path policy = Files.writeString(dir.resolve("lines.yaml"), POLICY
                .replace("  prompt: scan\n", "  prompt: scan\n  messages[*].contnet: scan\n")
                .replace("EMAIL_ADDRESS: surrogate", "PHONE_NUMBR: redact"));

        int status = SluiceCli.commandLine().execute("policy", "validate", policy.toString());

        assertThat(status).isEqualTo(PolicyCommand.Validate.INVALID);
        assertThat(console.err())
                .contains("lines.yaml:7: fields.messages[*].contnet: no field of AnnotationEvent matches; the fields "
                        + "there are [messages[*].content, messages[*].role]")
                .contains("lines.yaml:9: entities.PHONE_NUMBR: no detector reports entity type 'PHONE_NUMBR'; "
                        + "did you mean PHONE_NUMBER?");
    }

    @Test
    void generateNeverOverwrites() throws Exception {
        Path keyset = Files.writeString(dir.resolve("existing.json"), "{}");

        int status = SluiceCli.commandLine().execute("keys", "generate", "--purpose", "pseudonym", "--out",
                keyset.toString());

        assertThat(status).isEqualTo(KeysCommand.Generate.WRITE_ERROR);
        assertThat(Files.readString(keyset)).isEqualTo("{}");
        assertThat(console.err()).contains("already exists");
    }
}
