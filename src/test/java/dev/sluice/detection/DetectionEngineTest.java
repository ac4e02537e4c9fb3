package dev.sluice.detection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class DetectionEngineTest {

    private static final Duration HANG_GUARD = Duration.ofSeconds(20);

    private final DetectionEngine engine = new DetectionEngine(new DetectionSettings(
            List.of("Kestrel"), List.of("ACME CONFIDENTIAL"), DetectionSettings.DEFAULT_PHONE_REGIONS));

    @Test
    void scanReturnsEmptyForNullAndEmpty() {
        assertThat(engine.scan(null)).isEmpty();
        assertThat(engine.scan("")).isEmpty();
        assertThat(engine.scanAll(null)).isEmpty();
    }

    @Test
    void detectorIdsAreStableAndUnique() {
        assertThat(engine.detectorIds()).containsExactly(
                "private-key", "jwt", "aws", "github", "gitlab", "slack", "stripe", "google-api-key", "openai",
                "anthropic", "azure-storage", "huggingface", "npm", "pypi", "docker-hub", "sendgrid", "twilio",
                "shopify", "digitalocean", "vault", "databricks", "postman", "discord-webhook", "telegram-bot",
                "http-authorization", "password", "generic-secret", "confidentiality-label", "codename",
                "email", "credit-card", "iban", "us-ssn", "us-itin", "uk-nino", "in-aadhaar", "in-pan", "uk-nhs",
                "es-nif", "es-nie", "it-fiscal-code", "sg-nric-fin", "pl-pesel", "fi-personal-identity-code",
                "br-cpf", "ca-sin", "nl-bsn", "au-tfn", "au-abn", "au-medicare",
                "fr-nir", "de-tax-id", "crypto",
                "mac-address", "ip-address", "phone", "url", "person", "street-address", "date-of-birth", "internal-host",
                "ticket-id", "canary-token");
    }

    @Test
    void scanSortsFindingsByStart() {
        String text = "Kestrel: mail ana@example.com, call 312-555-0187, card 4111 1111 1111 1111, from 192.0.2.7";

        List<String> found = engine.scan(text).stream()
                .map(f -> f.entityType() + ":" + text.substring(f.start(), f.end())).toList();

        assertThat(found).containsExactly("CODENAME:Kestrel", "EMAIL_ADDRESS:ana@example.com",
                "PHONE_NUMBER:312-555-0187", "CREDIT_CARD:4111 1111 1111 1111", "IP_ADDRESS:192.0.2.7");
    }

    @Test
    void scanPrefersSecretOverOverlappingEmail() {
        String text = "curl https://deploy:Xq9@Lm!4pz@artifacts.build.example/x";

        List<Finding> all = engine.scanAll(text);
        List<Finding> resolved = engine.scan(text);

        assertThat(all).extracting(Finding::entityType).contains(EntityTypes.EMAIL_ADDRESS, EntityTypes.PASSWORD);
        assertThat(resolved).extracting(Finding::entityType).containsExactly(EntityTypes.PASSWORD);
        assertThat(text.substring(resolved.get(0).start(), resolved.get(0).end())).isEqualTo("Xq9@Lm!4pz");
    }

    private List<String> texts(String text) {
        return engine.scan(text).stream().map(f -> f.entityType() + ":" + text.substring(f.start(), f.end())).toList();
    }

    @Test
    void resolverRankOrder() {
        Finding phone = new Finding(0, 10, EntityTypes.PHONE_NUMBER, FindingCategory.PERSONAL_DATA, "phone", 0.99);
        Finding card = new Finding(5, 15, EntityTypes.CREDIT_CARD, FindingCategory.PERSONAL_DATA, "credit-card", 0.5);
        assertThat(OverlapResolver.resolve(List.of(phone, card))).containsExactly(card);

        Finding lowScore = new Finding(0, 10, EntityTypes.EMAIL_ADDRESS, FindingCategory.PERSONAL_DATA, "a", 0.5);
        Finding highScore = new Finding(2, 6, EntityTypes.EMAIL_ADDRESS, FindingCategory.PERSONAL_DATA, "b", 0.9);
        assertThat(OverlapResolver.resolve(List.of(lowScore, highScore))).containsExactly(highScore);

        Finding shorter = new Finding(0, 5, EntityTypes.PHONE_NUMBER, FindingCategory.PERSONAL_DATA, "a", 0.8);
        Finding longer = new Finding(3, 12, EntityTypes.IP_ADDRESS, FindingCategory.PERSONAL_DATA, "b", 0.8);
        assertThat(OverlapResolver.resolve(List.of(shorter, longer))).containsExactly(longer);

        Finding early = new Finding(0, 5, EntityTypes.PHONE_NUMBER, FindingCategory.PERSONAL_DATA, "a", 0.8);
        Finding late = new Finding(3, 8, EntityTypes.PHONE_NUMBER, FindingCategory.PERSONAL_DATA, "a", 0.8);
        Finding apart = new Finding(8, 9, EntityTypes.PHONE_NUMBER, FindingCategory.PERSONAL_DATA, "a", 0.8);
        assertThat(OverlapResolver.resolve(List.of(late, apart, early))).containsExactly(early, apart);
    }

    @Test
    void resolverIgnoresInputOrder() {
        List<Finding> findings = new ArrayList<>(engine.scanAll(
                "https://svc:t0k3nV4lue@files.build.example/x 203.0.113.9 a@example.com 020 7946 0958"));
        List<Finding> expected = OverlapResolver.resolve(findings);

        Collections.reverse(findings);

        assertThat(OverlapResolver.resolve(findings)).isEqualTo(expected);
    }

    @Test
    void spansUseCharIndicesAfterEmoji() {
        String text = "Hi 😀🙏 ich bin der Dani Kessler, Mail: dani.k@beispiel.example";

        List<Finding> findings = engine.scan(text);

        assertThat(findings).hasSize(2);
        assertThat(findings.get(0).start()).isEqualTo(text.indexOf("Dani Kessler"));
        assertThat(findings.get(0).end()).isEqualTo(text.indexOf(", Mail"));
        assertThat(findings.get(1).start()).isEqualTo(text.indexOf("dani.k"));
        assertThat(findings.get(1).end()).isEqualTo(text.length());
    }

    @Test
    void scanFindsFullWidthPhoneAsOneSpan() {
        String text = "電話番号：＋８１－３－５５５０－０１３５（平日９時〜１８時）";

        List<String> found = texts(text);

        assertThat(found).containsExactly("PHONE_NUMBER:＋８１－３－５５５０－０１３５");
    }

    @Test
    void scanFindsFullWidthEmailAndCard() {
        String text = "連絡先（ｊｏｈｎ＠ｅｘａｍｐｌｅ．ｃｏｍ）、カード：４０００　００１２　３４５６　７８９９。";

        List<String> found = texts(text);

        assertThat(found).containsExactly("EMAIL_ADDRESS:ｊｏｈｎ＠ｅｘａｍｐｌｅ．ｃｏｍ",
                "CREDIT_CARD:４０００　００１２　３４５６　７８９９");
    }

    @Test
    void scanFindsFullWidthCodenameAndPassword() {
        String text = "（Ｋｅｓｔｒｅｌ）ｐａｓｓｗｏｒｄ＝Ｓ３ｃｒ３ｔ９９";

        List<String> found = texts(text);

        assertThat(found).containsExactly("CODENAME:Ｋｅｓｔｒｅｌ", "PASSWORD:Ｓ３ｃｒ３ｔ９９");
    }

    @Test
    void foldFullWidthKeepsOffsets() {
        String text = "😀＋８１　ｊｏｈｎ＠ｅｘａｍｐｌｅ．ｃｏｍ～￥";

        String folded = TextChars.foldFullWidth(text);

        assertThat(folded).isEqualTo("😀+81 john@example.com~￥");
        assertThat(folded).hasSameSizeAs(text);
    }

    @Test
    void foldFullWidthReturnsAsciiTextUnchanged() {
        String text = "plain ASCII, Ümlaut and 日本語";

        assertThat(TextChars.foldFullWidth(text)).isSameAs(text);
    }

    @Test
    void loneSurrogatesDoNotThrow() {
        String text = "\ud83d reach me at lena.fischer@example.com \udc00 or 312-555-0187\ud83d";

        List<Finding> findings = engine.scan(text);

        assertThat(findings).extracting(f -> text.substring(f.start(), f.end()))
                .containsExactly("lena.fischer@example.com", "312-555-0187");
    }

    @Test
    void scanIsThreadSafe() throws Exception {
        List<String> texts = List.of(
                "ACME CONFIDENTIAL – INTERNAL ONLY. Re: Kestrel.",
                "call +44 20 7946 0381 or mail ana@example.com",
                "card 4111 1111 1111 1111 iban DE89 3704 0044 0532 0130 00",
                "password=S3cr3t! from 2001:db8::7");
        List<List<Finding>> expected = texts.stream().map(engine::scan).toList();

        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<Boolean>> results = new ArrayList<>();
            for (int task = 0; task < 200; task++) {
                int index = task % texts.size();
                results.add(pool.submit(() -> engine.scan(texts.get(index)).equals(expected.get(index))));
            }
            for (Future<Boolean> result : results) {
                assertThat(result.get(20, TimeUnit.SECONDS)).isTrue();
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void randomTextNeverThrows() {
        // Fragments that start or end the shapes the detectors look for, so random joins hit edge cases.
        String[] fragments = {
            "+", "00", "0", "1", "4111", " ", "-", ".", "/", "(", ")", ":", "::", "@", "a", "Z", "ä", "😀", "\ud83d",
            "\udc00", "=", "\"", "'", "password", "token", "://", "user:", "eyJ", "-----BEGIN PRIVATE KEY-----",
            "-----END", "AKIA", "ghp_", "DE89", "CONFIDENTIAL", "Kestrel", "\n", "\\n", "v", "version ", "## [",
            "＋", "８", "＠", "　", "（", "#", "?", "チーム", "資料"};
        java.util.Random random = new java.util.Random(20_261_204L);

        for (int round = 0; round < 2_000; round++) {
            StringBuilder text = new StringBuilder();
            int parts = 1 + random.nextInt(40);
            for (int part = 0; part < parts; part++) {
                text.append(fragments[random.nextInt(fragments.length)]);
            }
            List<Finding> findings = engine.scan(text.toString());

            DetectionCasesTest.assertSortedAndDisjoint(findings);
            assertThat(findings).allMatch(f -> f.end() <= text.length());
        }
    }

    @Test
    void longInputsFinish() {
        List<String> inputs = List.of(
                "1.1.1.".repeat(8_000), "123-45-".repeat(8_000), "a.b_c%d+".repeat(6_000),
                "a.b_c%d+".repeat(6_000) + "@example.com", "::".repeat(20_000), "eyJ".repeat(20_000),
                "-----BEGIN PRIVATE KEY-----".repeat(2_000), "+1 ".repeat(20_000), "4111 ".repeat(20_000));

        for (String input : inputs) {
            List<Finding> findings = assertTimeoutPreemptively(HANG_GUARD, () -> engine.scan(input));
            DetectionCasesTest.assertSortedAndDisjoint(findings);
        }
    }
}
