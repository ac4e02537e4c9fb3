package dev.sluice.evaluation;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.sluice.detection.EntityTypes;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Writes the labeled evaluation corpus from {@link CorpusTemplates}: each template is rendered
 * {@value #VARIANTS_PER_TEMPLATE} times with values from a {@link ValueGenerator} seeded with {@value #SEED},
 * so the output is the same on every run and every JDK ({@link Random} fixes its algorithm).
 *
 * <p>Span offsets are UTF-16 chars, the indices of {@link String#substring} and of the engine's findings.
 */
final class CorpusGenerator {

    static final long SEED = 20_241_204L;
    static final int VARIANTS_PER_TEMPLATE = 4;
    static final List<String> LANGUAGES = List.of("en", "de", "fr", "es", "pt", "ja", "hi");

    /**
     * Seed of the values of the placeholders added with the second group of types. They draw from a generator of
     * their own, so adding such a template leaves every example of the first group as it was.
     */
    static final long SECOND_SEED = 20_251_204L;

    /** Seed of the person, address and date-of-birth values, kept apart for the same reason. */
    static final long PEOPLE_SEED = 20_261_204L;

    /** Seed of the generic secrets and their negatives, kept apart for the same reason. */
    static final long GENERIC_SECRET_SEED = 20_261_205L;

    private static final String TOKEN_CHARS = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
    /** Seed of the values of the catalogue placeholders ({@link CatalogueCorpus}), kept apart for the same reason. */
    static final long CATALOGUE_SEED = 20_261_206L;

    private final ValueGenerator values;
    private final ValueGenerator second;
    private final PeopleValues people;
    private final ValueGenerator peopleNegatives;
    private final Random genericSecrets;
    private final ValueGenerator genericNegatives;
    private final Map<String, Function<String, ValueGenerator.Piece>> labeled;
    private final Map<String, Supplier<String>> unlabeled;

    CorpusGenerator() {
        this.values = new ValueGenerator(new Random(SEED));
        this.second = new ValueGenerator(new Random(SECOND_SEED));
        this.people = new PeopleValues(new Random(PEOPLE_SEED));
        this.peopleNegatives = new ValueGenerator(new Random(PEOPLE_SEED + 1));
        this.genericSecrets = new Random(GENERIC_SECRET_SEED);
        this.genericNegatives = new ValueGenerator(new Random(GENERIC_SECRET_SEED + 1));
        CatalogueCorpus catalogue = new CatalogueCorpus(new CatalogueValueGenerator(new Random(CATALOGUE_SEED)));
        this.labeled = CatalogueCorpus.merged(Map.ofEntries(
                Map.entry("EMAIL", language -> values.email()),
                Map.entry("PHONE", language -> values.phone()),
                Map.entry("CARD", language -> values.creditCard()),
                Map.entry("IBAN", language -> values.iban()),
                Map.entry("SSN", language -> values.ssn()),
                Map.entry("IP", language -> values.ipAddress()),
                Map.entry("NETWORK", language -> values.networkAddress()),
                Map.entry("AKID", language -> values.awsAccessKey()),
                Map.entry("AWSSECRET", language -> values.awsSecretKey()),
                Map.entry("GHTOKEN", language -> values.gitHubToken()),
                Map.entry("PRIVKEY", language -> values.privateKey()),
                Map.entry("JWT", language -> values.jwt()),
                Map.entry("PASSWORD", language -> values.password()),
                Map.entry("LABEL", values::confidentialityLabel),
                Map.entry("CODENAME", language -> values.codename()),
                Map.entry("ITIN", language -> second.itin()),
                Map.entry("NINO", language -> second.nino()),
                Map.entry("AADHAAR", language -> second.aadhaar()),
                Map.entry("PAN", language -> second.pan()),
                Map.entry("MAC", language -> second.macAddress()),
                Map.entry("CRYPTO", language -> second.cryptoAddress()),
                Map.entry("GLTOKEN", language -> second.gitLabToken()),
                Map.entry("SLACKTOKEN", language -> second.slackToken()),
                Map.entry("SLACKHOOK", language -> second.slackWebhook()),
                Map.entry("STRIPE", language -> second.stripeKey()),
                Map.entry("GOOGLEKEY", language -> second.googleApiKey()),
                Map.entry("OPENAIKEY", language -> second.openAiKey()),
                Map.entry("ANTHROPICKEY", language -> second.anthropicKey()),
                Map.entry("AZUREKEY", language -> second.azureStorageKey()),
                Map.entry("SASSIG", language -> second.azureSasSignature()),
                Map.entry("BEARER", language -> second.bearerToken()),
                Map.entry("BASIC", language -> second.basicAuth()),
                Map.entry("GENSECRET", language -> ValueGenerator.Piece.of(genericSecret())),
                Map.entry("PERSON", people::person),
                Map.entry("SURNAME", people::surname),
                Map.entry("ADDRESS", people::address),
                Map.entry("DOB", people::dateOfBirth)), catalogue.labeled());
        this.unlabeled = CatalogueCorpus.merged(Map.ofEntries(
                Map.entry("VERSION", values::version),
                Map.entry("VERSION4", values::fourPartVersion),
                Map.entry("DATE", values::isoDate),
                Map.entry("UUID", values::uuid),
                Map.entry("GUUID", genericNegatives::uuid),
                Map.entry("GCOMMIT", genericNegatives::commitHash),
                Map.entry("HASH", values::hexHash),
                Map.entry("ORDER", values::orderNumber),
                Map.entry("EPOCH", values::epoch),
                Map.entry("COLOR", values::cssColor),
                Map.entry("NUM", values::numericLiteral),
                Map.entry("B64", values::harmlessBase64),
                Map.entry("PORT", values::port),
                Map.entry("DECIMAL", values::decimal),
                Map.entry("FILE", values::fileName),
                Map.entry("DATE2", second::isoDate),
                Map.entry("PK", second::stripePublishableKey),
                Map.entry("COMMIT", second::commitHash),
                Map.entry("ORDER12", second::twelveDigitOrder),
                Map.entry("PRODUCT", second::productCode),
                Map.entry("BUILD", second::buildNumber),
                Map.entry("SKHEX", second::skHexDigest),
                Map.entry("PDATE", peopleNegatives::isoDate),
                Map.entry("PORDER", peopleNegatives::orderNumber),
                Map.entry("PVERSION", peopleNegatives::version),
                Map.entry("PBUILD", peopleNegatives::buildNumber)), catalogue.unlabeled());
    }

    /** Entity type of each labeled placeholder. */
    static final Map<String, String> PLACEHOLDER_TYPES = CatalogueCorpus.merged(Map.ofEntries(
            Map.entry("EMAIL", EntityTypes.EMAIL_ADDRESS),
            Map.entry("PHONE", EntityTypes.PHONE_NUMBER),
            Map.entry("CARD", EntityTypes.CREDIT_CARD),
            Map.entry("IBAN", EntityTypes.IBAN_CODE),
            Map.entry("SSN", EntityTypes.US_SSN),
            Map.entry("IP", EntityTypes.IP_ADDRESS),
            Map.entry("NETWORK", EntityTypes.IP_ADDRESS),
            Map.entry("AKID", EntityTypes.AWS_ACCESS_KEY),
            Map.entry("AWSSECRET", EntityTypes.AWS_SECRET_KEY),
            Map.entry("GHTOKEN", EntityTypes.GITHUB_TOKEN),
            Map.entry("PRIVKEY", EntityTypes.PRIVATE_KEY),
            Map.entry("JWT", EntityTypes.JWT),
            Map.entry("PASSWORD", EntityTypes.PASSWORD),
            Map.entry("LABEL", EntityTypes.CONFIDENTIALITY_LABEL),
            Map.entry("CODENAME", EntityTypes.CODENAME),
            Map.entry("ITIN", EntityTypes.US_ITIN),
            Map.entry("NINO", EntityTypes.UK_NINO),
            Map.entry("AADHAAR", EntityTypes.IN_AADHAAR),
            Map.entry("PAN", EntityTypes.IN_PAN),
            Map.entry("MAC", EntityTypes.MAC_ADDRESS),
            Map.entry("CRYPTO", EntityTypes.CRYPTO),
            Map.entry("GLTOKEN", EntityTypes.GITLAB_TOKEN),
            Map.entry("SLACKTOKEN", EntityTypes.SLACK_TOKEN),
            Map.entry("SLACKHOOK", EntityTypes.SLACK_WEBHOOK),
            Map.entry("STRIPE", EntityTypes.STRIPE_KEY),
            Map.entry("GOOGLEKEY", EntityTypes.GOOGLE_API_KEY),
            Map.entry("OPENAIKEY", EntityTypes.OPENAI_API_KEY),
            Map.entry("ANTHROPICKEY", EntityTypes.ANTHROPIC_API_KEY),
            Map.entry("AZUREKEY", EntityTypes.AZURE_STORAGE_KEY),
            Map.entry("SASSIG", EntityTypes.AZURE_SAS_TOKEN),
            Map.entry("BEARER", EntityTypes.BEARER_TOKEN),
            Map.entry("BASIC", EntityTypes.BASIC_AUTH),
            Map.entry("PERSON", EntityTypes.PERSON),
            Map.entry("SURNAME", EntityTypes.PERSON),
            Map.entry("ADDRESS", EntityTypes.STREET_ADDRESS),
            Map.entry("DOB", EntityTypes.DATE_OF_BIRTH),
            Map.entry("GENSECRET", EntityTypes.GENERIC_SECRET)), CatalogueCorpus.PLACEHOLDER_TYPES);

    /**
     * Renders every template of every language in a fixed order: per language the positives and negatives of
     * {@link CorpusTemplates}, then those of {@link CorpusTemplatesPeople} and {@link CorpusTemplatesGenericSecrets}.
     */
    List<LabeledExample> generate() {
        List<LabeledExample> examples = new ArrayList<>();
        for (String language : LANGUAGES) {
            addRendered(examples, language, "p", CorpusTemplates.POSITIVE.get(language));
            addRendered(examples, language, "n", CorpusTemplates.NEGATIVE.get(language));
            addRendered(examples, language, "pp", CorpusTemplatesPeople.POSITIVE.get(language));
            addRendered(examples, language, "pn", CorpusTemplatesPeople.NEGATIVE.get(language));
            addRendered(examples, language, "gp", CorpusTemplatesGenericSecrets.POSITIVE.get(language));
            addRendered(examples, language, "gn", CorpusTemplatesGenericSecrets.NEGATIVE.get(language));
            addRendered(examples, language, "cp", CorpusTemplatesCatalogue.POSITIVE.get(language),
                    CatalogueCorpus.VARIANTS_PER_TEMPLATE);
            addRendered(examples, language, "cn", CorpusTemplatesCatalogue.NEGATIVE.get(language),
                    CatalogueCorpus.VARIANTS_PER_TEMPLATE);
        }
        return examples;
    }

    /** Returns a random 32-char token of letters and digits with at least two digits, as API tokens look. */
    private String genericSecret() {
        while (true) {
            StringBuilder token = new StringBuilder();
            for (int i = 0; i < 32; i++) {
                token.append(TOKEN_CHARS.charAt(genericSecrets.nextInt(TOKEN_CHARS.length())));
            }
            if (token.chars().filter(Character::isDigit).count() >= 2) {
                return token.toString();
            }
        }
    }

    private void addRendered(List<LabeledExample> examples, String language, String kind, List<String> templates) {
        addRendered(examples, language, kind, templates, VARIANTS_PER_TEMPLATE);
    }

    private void addRendered(List<LabeledExample> examples, String language, String kind, List<String> templates,
            int variants) {
        for (int template = 0; template < templates.size(); template++) {
            for (int variant = 0; variant < variants; variant++) {
                String id = String.format("%s-%s%02d-%d", language, kind, template, variant);
                examples.add(render(id, language, templates.get(template)));
            }
        }
    }

    private LabeledExample render(String id, String language, String template) {
        StringBuilder text = new StringBuilder();
        List<LabeledSpan> spans = new ArrayList<>();
        int i = 0;
        while (i < template.length()) {
            int open = template.indexOf('{', i);
            int close = open < 0 ? -1 : template.indexOf('}', open);
            if (open < 0 || close < 0) {
                text.append(template, i, template.length());
                break;
            }
            text.append(template, i, open);
            String name = template.substring(open + 1, close);
            if (labeled.containsKey(name)) {
                ValueGenerator.Piece piece = labeled.get(name).apply(language);
                text.append(piece.before());
                int start = text.length();
                text.append(piece.value());
                spans.add(new LabeledSpan(start, text.length(), PLACEHOLDER_TYPES.get(name)));
                text.append(piece.after());
                i = close + 1;
            } else if (unlabeled.containsKey(name)) {
                text.append(unlabeled.get(name).get());
                i = close + 1;
            } else {
                text.append('{');
                i = open + 1;
            }
        }
        return new LabeledExample(id, language, text.toString(), spans);
    }

    /** Formats examples as JSON Lines with the fields id, language, text and spans, in that order. */
    static String toJsonLines(List<LabeledExample> examples) {
        ObjectMapper json = new ObjectMapper();
        StringBuilder lines = new StringBuilder();
        for (LabeledExample example : examples) {
            ObjectNode node = json.createObjectNode();
            node.put("id", example.id());
            node.put("language", example.language());
            node.put("text", example.text());
            ArrayNode spans = node.putArray("spans");
            for (LabeledSpan span : example.spans()) {
                spans.addObject().put("start", span.start()).put("end", span.end()).put("type", span.type());
            }
            lines.append(node).append('\n');
        }
        return lines.toString();
    }

    /** Writes the corpus to the path in the first argument, by default {@link Evaluation#DEFAULT_CORPUS}. */
    public static void main(String[] args) throws IOException {
        Path target = args.length > 0 ? Path.of(args[0]) : Evaluation.DEFAULT_CORPUS;
        Files.createDirectories(target.toAbsolutePath().getParent());
        List<LabeledExample> corpus = new CorpusGenerator().generate();
        Files.writeString(target, toJsonLines(corpus), StandardCharsets.UTF_8);
        System.out.println("Wrote " + corpus.size() + " examples to " + target);
    }
}
