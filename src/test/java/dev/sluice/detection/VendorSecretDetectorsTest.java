package dev.sluice.detection;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Tests of the vendor token detectors. Every token here is random, generated for these tests in the vendor's
 * documented shape, and split after its prefix so that secret scanners do not flag the source file.
 */
class VendorSecretDetectorsTest {

    private static final String GITLAB_PAT = "glpat-" + "_bTkAwmAVwQcVjVxWb7Z";
    private static final String SLACK_BOT = "xoxb-" + "309442709310-4993639832010-CpoEPrNFk7Xa7Vo0wlGv1lpR";
    private static final String SLACK_USER =
            "xoxp-" + "109159207498-983043364893-6432206186544-e23dcbd8dedb2fad0a24975e06fb62da";
    private static final String SLACK_HOOK =
            "https://hooks.slack.com/services/" + "TAY3MK9HC/BO1U5B7F7DH/otXc5VqyC9UEUOEtV6bYeLqR";
    private static final String STRIPE_LIVE = "sk_live_" + "gdf2q1SoZvwjOlrKKRbQBKyK";
    private static final String STRIPE_RESTRICTED = "rk_live_" + "HEqcIEmScLrecdZfYUte8a6V";
    private static final String STRIPE_TEST = "sk_test_" + "3jwIrD9STDzZUA3TQG0wQc5X";
    private static final String GOOGLE_KEY = "AIza" + "OiQkZZhS8dVVIfzEABqrRSkqLeGUh7WopjG";
    private static final String OPENAI_LEGACY = "sk-" + "Qdxp3CdVYs5kPqTDyStuT3BlbkFJNwbfcsK6nWQvxtcflWNR";
    private static final String OPENAI_PROJECT = "sk-proj-" + "ukDZ_qGtwjyclvwp95YQhLf35w0e0t0ctqOYqlNUBlU13K4T";
    private static final String ANTHROPIC = "sk-ant-api03-" + "kFPfRFXzw3994mbGsRfoJYKZUr-nooN736W8nPQ4mopuJnuMS"
            + "-3XoWnfaemwMgsZCI_9lhrtKyx2k3S5Fa8Ia4UnsphTdAA";
    private static final String AZURE_ACCOUNT_KEY =
            "1sekOkqc1ZRZJwbltk+PCnYb/TtiEbHZ7+WnhYBKWNP3b+NwjnGwM2mfKUpTt0UybQ6FuNnRALKBl0WOggCcAw==";
    private static final String SAS_SIGNATURE = "mOeaPaxUr%2BWTWuIYrcXHUI020u70Y1qzZKLCfeEGU1I%3D";

    private final GitLabTokenDetector gitlab = new GitLabTokenDetector();
    private final SlackDetector slack = new SlackDetector();
    private final StripeKeyDetector stripe = new StripeKeyDetector();
    private final GoogleApiKeyDetector google = new GoogleApiKeyDetector();
    private final OpenAiKeyDetector openai = new OpenAiKeyDetector();
    private final AnthropicKeyDetector anthropic = new AnthropicKeyDetector();
    private final AzureStorageDetector azure = new AzureStorageDetector();

    @Test
    void gitlabFindsTokenPrefixes() {
        String deploy = "gldt-" + "Kq2vN8xYp4LmZr7TcWs3";
        String runner = "glrt-" + "t1_Hx9vQ2mLp7Rk4WnZc8Yb";
        String text = "CI_JOB_TOKEN=" + GITLAB_PAT + " deploy " + deploy + ", runner " + runner + ".";

        assertThat(Detections.of(gitlab, text)).containsExactly(
                "GITLAB_TOKEN:" + GITLAB_PAT, "GITLAB_TOKEN:" + deploy, "GITLAB_TOKEN:" + runner);
    }

    @Test
    void gitlabIgnoresShortBodiesAndLongerWords() {
        assertThat(Detections.of(gitlab, "glpat-short, xglpat-" + "_bTkAwmAVwQcVjVxWb7Z, glpatx-abcdefghij0123456789"))
                .isEmpty();
    }

    @Test
    void slackFindsTokensAndWebhook() {
        String text = "bot " + SLACK_BOT + " user " + SLACK_USER + " hook " + SLACK_HOOK + " done";

        assertThat(Detections.of(slack, text)).containsExactly(
                "SLACK_TOKEN:" + SLACK_BOT, "SLACK_TOKEN:" + SLACK_USER, "SLACK_WEBHOOK:" + SLACK_HOOK);
    }

    @Test
    void slackIgnoresProseAndHookWithoutPath() {
        assertThat(Detections.of(slack, "the xoxb- prefix, xoxb-abc, see https://hooks.slack.com/services/ docs"))
                .isEmpty();
    }

    @Test
    void stripeFindsLiveRestrictedAndTestKeys() {
        String text = STRIPE_LIVE + " " + STRIPE_RESTRICTED + " " + STRIPE_TEST;

        assertThat(Detections.of(stripe, text)).containsExactly(
                "STRIPE_KEY:" + STRIPE_LIVE, "STRIPE_KEY:" + STRIPE_RESTRICTED, "STRIPE_KEY:" + STRIPE_TEST);
    }

    @Test
    void stripeIgnoresPublishableKey() {
        assertThat(Detections.of(stripe, "pk_live_" + "gdf2q1SoZvwjOlrKKRbQBKyK and sk_live_short")).isEmpty();
    }

    @Test
    void googleFindsKeyOfExactLength() {
        assertThat(Detections.of(google, "key=" + GOOGLE_KEY + "&q=1")).containsExactly("GOOGLE_API_KEY:" + GOOGLE_KEY);
        assertThat(Detections.of(google, "key=" + GOOGLE_KEY + "x")).isEmpty();
        assertThat(Detections.of(google, "key=" + GOOGLE_KEY.substring(0, 38))).isEmpty();
    }

    @Test
    void openaiFindsLegacyAndProjectKeys() {
        String text = "OPENAI_API_KEY=" + OPENAI_LEGACY + "\nnew: " + OPENAI_PROJECT;

        assertThat(Detections.of(openai, text)).containsExactly(
                "OPENAI_API_KEY:" + OPENAI_LEGACY, "OPENAI_API_KEY:" + OPENAI_PROJECT);
    }

    @Test
    void openaiIgnoresHexDigestsAndSlugs() {
        String text = "sk-3f786850e387550fdab836ed7e6dc881de23001b and sk-learnmachinelearningwithpythontoday "
                + "and task-Qdxp3CdVYs5kPqTDyStuT3BlbkFJNwbfcsK6";

        assertThat(Detections.of(openai, text)).isEmpty();
    }

    @Test
    void openaiLeavesAnthropicKeyToItsDetector() {
        assertThat(Detections.of(openai, ANTHROPIC)).isEmpty();
        assertThat(Detections.of(anthropic, "ANTHROPIC_API_KEY=\"" + ANTHROPIC + "\""))
                .containsExactly("ANTHROPIC_API_KEY:" + ANTHROPIC);
    }

    @Test
    void anthropicIgnoresTruncatedKey() {
        assertThat(Detections.of(anthropic, "sk-ant-api03-" + "kFPfRFXzw3994mbG")).isEmpty();
    }

    @Test
    void azureFindsAccountKeyInConnectionString() {
        String text = "DefaultEndpointsProtocol=https;AccountName=annotsample;AccountKey=" + AZURE_ACCOUNT_KEY
                + ";EndpointSuffix=core.windows.net";

        assertThat(Detections.of(azure, text)).containsExactly("AZURE_STORAGE_KEY:" + AZURE_ACCOUNT_KEY);
    }

    @Test
    void azureIgnoresAccountKeyOfWrongLength() {
        assertThat(Detections.of(azure, "AccountKey=" + AZURE_ACCOUNT_KEY.substring(4))).isEmpty();
        assertThat(Detections.of(azure, "AccountKey=" + AZURE_ACCOUNT_KEY.replace("==", "AA"))).isEmpty();
    }

    @Test
    void azureFindsSasSignature() {
        String url = "https://annotsample.blob.core.windows.net/exports/batch.csv?sv=2022-11-02&ss=b&srt=o&sp=r"
                + "&se=2026-12-31T23:59:59Z&st=2026-12-01T00:00:00Z&spr=https&sig=" + SAS_SIGNATURE;

        assertThat(Detections.of(azure, "download " + url + " now")).containsExactly("AZURE_SAS_TOKEN:" + SAS_SIGNATURE);
    }

    @Test
    void azureIgnoresSignatureWithoutSasParameters() {
        assertThat(Detections.of(azure, "https://example.com/callback?sig=" + SAS_SIGNATURE)).isEmpty();
        assertThat(Detections.of(azure, "?sv=2022-11-02&se=2026-12-31&sig=notbase64ofthirtytwobytes0000000000000000000"))
                .isEmpty();
    }

    @Test
    void engineKeepsJwtTypeForBearerJwt() {
        String jwt = "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9"
                + ".eyJzdWIiOiJ1LTQ4MjEzIiwibmFtZSI6IlRlc3QgQW5ub3RhdG9yIiwiaWF0IjoxNzY3MjI1NjAwfQ"
                + ".EigtS6FoLOPvs9yviupzxZKaTjuuIoQcaT-c3VlfAGU";
        String text = "curl -H \"Authorization: Bearer " + jwt + "\" https://api.example.com/v1";
        DetectionEngine engine = new DetectionEngine(new DetectionSettings(
                List.of(), List.of(), DetectionSettings.DEFAULT_PHONE_REGIONS));

        assertThat(engine.scan(text)).extracting(f -> f.entityType() + ":" + text.substring(f.start(), f.end()))
                .contains("JWT:" + jwt);
    }
}
