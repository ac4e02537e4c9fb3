package dev.sluice.detection;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SecretDetectorsTest {

    private static final String CLASSIC_GITHUB_TOKEN = "ghp_" + "A1b2C3d4E5f6G7h8I9j0K1l2M3n4O5p6Q7r8";
    private static final String FINE_GRAINED_TOKEN =
            "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";
    private static final String JWT = "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9"
            + ".eyJzdWIiOiJ1LTQ4MjEzIiwibmFtZSI6IlRlc3QgQW5ub3RhdG9yIiwiaWF0IjoxNzY3MjI1NjAwfQ"
            + ".EigtS6FoLOPvs9yviupzxZKaTjuuIoQcaT-c3VlfAGU";
    private static final String PEM_BODY = "MIICWwIBAAKBgQr761l4a0goEEf1I5dvLNXtzOPHitVw5u0tdjXOCQ4kA7KAB3B8";

    private final AwsKeyDetector aws = new AwsKeyDetector();
    private final GitHubTokenDetector github = new GitHubTokenDetector();
    private final PrivateKeyDetector privateKey = new PrivateKeyDetector();
    private final JwtDetector jwt = new JwtDetector();

    @Test
    void awsFindsAllAccessKeyPrefixes() {
        String text = "AKIAABCDEFGHIJKLMNOP ASIAPCMECKYWMVUEWSEZ ABIA2345672345672345 ACCAZZZZZZZZZZZZZZZZ";

        assertThat(Detections.of(aws, text)).containsExactly(
                "AWS_ACCESS_KEY:AKIAABCDEFGHIJKLMNOP", "AWS_ACCESS_KEY:ASIAPCMECKYWMVUEWSEZ",
                "AWS_ACCESS_KEY:ABIA2345672345672345", "AWS_ACCESS_KEY:ACCAZZZZZZZZZZZZZZZZ");
    }

    @Test
    void awsIgnoresKeyIdInsideLongerWord() {
        assertThat(Detections.of(aws, "XAKIAABCDEFGHIJKLMNOP AKIAABCDEFGHIJKLMNOPQ AKIAABCDEFGHIJKLMN01")).isEmpty();
    }

    @Test
    void awsFindsSecretKeyAssignment() {
        String secret = "zdz2K7qe3hIy2+AxvhrPYWfyyf4p/f8Ky0rexOWb";

        assertThat(Detections.of(aws, "export AWS_SECRET_ACCESS_KEY=" + secret + "\n"))
                .containsExactly("AWS_SECRET_KEY:" + secret);
        assertThat(Detections.of(aws, "aws_secret_access_key: \"" + secret + "\""))
                .containsExactly("AWS_SECRET_KEY:" + secret);
    }

    @Test
    void awsFindsAssumeRoleSecretKey() {
        String secret = "zdz2K7qe3hIy2+AxvhrPYWfyyf4p/f8Ky0rexOWb";

        assertThat(Detections.of(aws, "{\"SecretAccessKey\": \"" + secret + "\", \"Expiration\": \"x\"}"))
                .containsExactly("AWS_SECRET_KEY:" + secret);
        assertThat(Detections.of(aws, "secret_access_key: " + secret + "\n"))
                .containsExactly("AWS_SECRET_KEY:" + secret);
        assertThat(Detections.of(aws, "secret_key: " + secret)).isEmpty();
    }

    @Test
    void engineTypesAssumeRoleSecretAsAwsKey() {
        String secret = "zdz2K7qe3hIy2+AxvhrPYWfyyf4p/f8Ky0rexOWb";
        String text = "{\"AccessKeyId\": \"ASIAPCMECKYWMVUEWSEZ\", \"SecretAccessKey\": \"" + secret + "\"}";
        DetectionEngine engine = new DetectionEngine(new DetectionSettings(
                List.of(), List.of(), DetectionSettings.DEFAULT_PHONE_REGIONS));

        assertThat(engine.scan(text)).extracting(f -> f.entityType() + ":" + text.substring(f.start(), f.end()))
                .containsExactly("AWS_ACCESS_KEY:ASIAPCMECKYWMVUEWSEZ", "AWS_SECRET_KEY:" + secret);
    }

    @Test
    void awsIgnoresSecretOfWrongLength() {
        assertThat(Detections.of(aws, "aws_secret_access_key=zdz2K7qe3hIy2+AxvhrPYWfyyf4p/f8Ky0rexOWbX")).isEmpty();
        assertThat(Detections.of(aws, "other_key=zdz2K7qe3hIy2+AxvhrPYWfyyf4p/f8Ky0rexOWb")).isEmpty();
    }

    @Test
    void githubFindsClassicAndFineGrainedTokens() {
        String text = "old " + CLASSIC_GITHUB_TOKEN + ", new GITHUB_TOKEN=" + FINE_GRAINED_TOKEN + ". Done";

        assertThat(Detections.of(github, text)).containsExactly(
                "GITHUB_TOKEN:" + CLASSIC_GITHUB_TOKEN, "GITHUB_TOKEN:" + FINE_GRAINED_TOKEN);
    }

    @Test
    void githubIgnoresShortOrUnknownPrefix() {
        assertThat(Detections.of(github, "ghp_short ghx_A1b2C3d4E5f6G7h8I9j0K1l2M3n4O5p6Q7r8 github_pat_abc")).isEmpty();
    }

    @Test
    void privateKeyCoversMultiLinePem() {
        String pem = "-----BEGIN PRIVATE KEY-----\n" + PEM_BODY + "\n" + PEM_BODY + "\n-----END PRIVATE KEY-----";

        assertThat(Detections.texts(privateKey, "key:\n" + pem + "\nthanks")).containsExactly(pem);
    }

    @Test
    void privateKeyCoversFlattenedPem() {
        String pem = "-----BEGIN RSA PRIVATE KEY----- " + PEM_BODY + " " + PEM_BODY + "= -----END RSA PRIVATE KEY-----";

        assertThat(Detections.texts(privateKey, "private_key=" + pem + " ok")).containsExactly(pem);
    }

    @Test
    void privateKeyCoversJsonEscapedPem() {
        String pem = "-----BEGIN EC PRIVATE KEY-----\\n" + PEM_BODY + "\\n" + PEM_BODY + "\\n-----END EC PRIVATE KEY-----";

        assertThat(Detections.texts(privateKey, "{\"key\": \"" + pem + "\\n\"}")).containsExactly(pem);
    }

    @Test
    void privateKeyWithoutEndLine() {
        String truncated = "-----BEGIN OPENSSH PRIVATE KEY-----\n" + PEM_BODY + "\n" + PEM_BODY;

        assertThat(Detections.texts(privateKey, truncated + "\n\n(truncated)")).containsExactly(truncated);
    }

    @Test
    void privateKeyIgnoresPublicKeyAndCertificate() {
        String text = "-----BEGIN PUBLIC KEY-----\n" + PEM_BODY + "\n-----END PUBLIC KEY-----\n"
                + "-----BEGIN CERTIFICATE-----\n" + PEM_BODY + "\n-----END CERTIFICATE-----";

        assertThat(Detections.of(privateKey, text)).isEmpty();
    }

    @Test
    void jwtFindsTokenWithoutKeyword() {
        assertThat(Detections.of(jwt, "X-Session: " + JWT + " — expired?")).containsExactly("JWT:" + JWT);
    }

    @Test
    void jwtRequiresAlgInHeader() {
        // Header {"typ":"JWT"} has no "alg" member.
        String noAlg = "eyJ0eXAiOiJKV1QifQ.eyJzdWIiOiIxIn0.c2ln";

        assertThat(Detections.of(jwt, noAlg)).isEmpty();
        assertThat(Detections.of(jwt, "eyJnotbase64!!.abc.def eyJhbGci.x")).isEmpty();
    }
}
