package dev.sluice.evaluation;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.sluice.detection.DetectionEngine;
import dev.sluice.detection.DetectionSettings;
import dev.sluice.detection.EntityTypes;
import dev.sluice.detection.Finding;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * Scores the detection engine against a labeled corpus in JSON Lines: one object per line with "id",
 * "language", "text" and "spans" ({@code [{"start", "end", "type"}]}, offsets in UTF-16 chars as Java strings
 * index them). Reports exact and relaxed precision, recall and F1 per entity type, plus every disagreement.
 */
public final class Evaluation {

    /** Corpus written by the generator in the test sources, relative to the project root. */
    public static final Path DEFAULT_CORPUS = Path.of("src", "test", "resources", "evaluation", "corpus.jsonl");

    /**
     * Engine settings the corpus is labeled for: the codenames and the extra confidentiality label of a
     * fictional lab, and the default phone regions.
     */
    public static final DetectionSettings CORPUS_SETTINGS = new DetectionSettings(
            List.of("Kestrel", "Nightjar", "Halcyon"),
            List.of("ACME CONFIDENTIAL"),
            DetectionSettings.DEFAULT_PHONE_REGIONS);

    /** Every entity type the engine reports, in the order of the report table. */
    public static final List<String> ENTITY_TYPES = List.of(
            EntityTypes.EMAIL_ADDRESS, EntityTypes.PHONE_NUMBER, EntityTypes.CREDIT_CARD, EntityTypes.IBAN_CODE,
            EntityTypes.US_SSN, EntityTypes.IP_ADDRESS, EntityTypes.AWS_ACCESS_KEY, EntityTypes.AWS_SECRET_KEY,
            EntityTypes.GITHUB_TOKEN, EntityTypes.PRIVATE_KEY, EntityTypes.JWT, EntityTypes.PASSWORD,
            EntityTypes.CONFIDENTIALITY_LABEL, EntityTypes.CODENAME, EntityTypes.US_ITIN, EntityTypes.UK_NINO,
            EntityTypes.IN_AADHAAR, EntityTypes.IN_PAN, EntityTypes.MAC_ADDRESS, EntityTypes.CRYPTO,
            EntityTypes.GITLAB_TOKEN, EntityTypes.SLACK_TOKEN, EntityTypes.SLACK_WEBHOOK, EntityTypes.STRIPE_KEY,
            EntityTypes.GOOGLE_API_KEY, EntityTypes.OPENAI_API_KEY, EntityTypes.ANTHROPIC_API_KEY,
            EntityTypes.AZURE_STORAGE_KEY, EntityTypes.AZURE_SAS_TOKEN, EntityTypes.BEARER_TOKEN,
            EntityTypes.BASIC_AUTH, EntityTypes.GENERIC_SECRET, EntityTypes.PERSON, EntityTypes.STREET_ADDRESS,
            EntityTypes.DATE_OF_BIRTH,
            EntityTypes.UK_NHS, EntityTypes.ES_NIF, EntityTypes.ES_NIE, EntityTypes.IT_FISCAL_CODE,
            EntityTypes.SG_NRIC_FIN, EntityTypes.PL_PESEL, EntityTypes.FI_PERSONAL_IDENTITY_CODE, EntityTypes.BR_CPF,
            EntityTypes.CA_SIN, EntityTypes.NL_BSN, EntityTypes.AU_TFN, EntityTypes.AU_ABN,
            EntityTypes.AU_MEDICARE, EntityTypes.FR_NIR, EntityTypes.DE_TAX_ID,
            EntityTypes.HUGGINGFACE_TOKEN, EntityTypes.NPM_TOKEN, EntityTypes.PYPI_TOKEN, EntityTypes.DOCKER_HUB_TOKEN,
            EntityTypes.SENDGRID_API_KEY, EntityTypes.TWILIO_API_KEY, EntityTypes.SHOPIFY_TOKEN,
            EntityTypes.DIGITALOCEAN_TOKEN, EntityTypes.HASHICORP_VAULT_TOKEN, EntityTypes.DATABRICKS_TOKEN,
            EntityTypes.POSTMAN_API_KEY, EntityTypes.DISCORD_WEBHOOK, EntityTypes.TELEGRAM_BOT_TOKEN);

    private static final ObjectMapper JSON = new ObjectMapper();

    private Evaluation() {
    }

    /** Reads a corpus file in JSON Lines. Blank lines are skipped. */
    public static List<LabeledExample> readCorpus(Path path) throws IOException {
        try (Reader reader = Files.newBufferedReader(path, StandardCharsets.UTF_8)) {
            return readCorpus(reader);
        }
    }

    /** Reads corpus lines in JSON Lines from a reader. Blank lines are skipped. */
    public static List<LabeledExample> readCorpus(Reader reader) throws IOException {
        List<LabeledExample> examples = new ArrayList<>();
        BufferedReader lines = new BufferedReader(reader);
        String line;
        int lineNumber = 0;
        while ((line = lines.readLine()) != null) {
            lineNumber++;
            if (line.isBlank()) {
                continue;
            }
            try {
                examples.add(parseExample(JSON.readTree(line)));
            } catch (JsonProcessingException e) {
                // Jackson's own message counts lines within the one line it was given, so only the column is kept.
                int column = e.getLocation() == null ? 0 : e.getLocation().getColumnNr();
                throw new IOException("invalid corpus line " + lineNumber + ": invalid JSON at column " + column
                        + "; expected one JSON object per line", e);
            } catch (IOException | RuntimeException e) {
                throw new IOException("invalid corpus line " + lineNumber + ": " + e.getMessage(), e);
            }
        }
        return examples;
    }

    private static LabeledExample parseExample(JsonNode node) {
        List<LabeledSpan> spans = new ArrayList<>();
        for (JsonNode span : node.path("spans")) {
            spans.add(new LabeledSpan(span.get("start").asInt(), span.get("end").asInt(), span.get("type").asText()));
        }
        return new LabeledExample(node.path("id").asText(), node.path("language").asText(""),
                node.get("text").asText(), spans);
    }

    /** Scans every example with a new engine built from {@code settings} and scores the findings. */
    public static EvaluationReport evaluate(List<LabeledExample> corpus, DetectionSettings settings) {
        DetectionEngine engine = new DetectionEngine(settings);
        return evaluate(corpus, engine::scan);
    }

    /**
     * Scores the findings that {@code scanner} returns for each example. Findings of a type outside
     * {@link #ENTITY_TYPES} get a row of their own.
     */
    public static EvaluationReport evaluate(List<LabeledExample> corpus, Function<String, List<Finding>> scanner) {
        Map<String, int[]> counts = new TreeMap<>();
        for (String type : ENTITY_TYPES) {
            counts.put(type, new int[5]);
        }
        List<EvaluationError> errors = new ArrayList<>();
        int goldTotal = 0;
        for (LabeledExample example : corpus) {
            List<Finding> findings = scanner.apply(example.text());
            goldTotal += example.spans().size();
            scoreExample(example, findings, counts, errors);
        }

        List<TypeScore> scores = new ArrayList<>();
        for (String type : ENTITY_TYPES) {
            scores.add(toScore(type, counts.remove(type)));
        }
        counts.forEach((type, count) -> scores.add(toScore(type, count)));
        return new EvaluationReport(corpus.size(), goldTotal, scores, errors);
    }

    // Count slots: 0 gold, 1 predicted, 2 exact matches, 3 relaxed predicted hits, 4 relaxed gold hits.
    private static void scoreExample(LabeledExample example, List<Finding> findings, Map<String, int[]> counts,
            List<EvaluationError> errors) {
        for (LabeledSpan gold : example.spans()) {
            int[] count = counts.computeIfAbsent(gold.type(), type -> new int[5]);
            count[0]++;
            boolean exact = false;
            boolean relaxed = false;
            for (Finding finding : findings) {
                if (finding.entityType().equals(gold.type()) && gold.overlaps(finding.start(), finding.end())) {
                    relaxed = true;
                    exact |= finding.start() == gold.start() && finding.end() == gold.end();
                }
            }
            if (exact) {
                count[2]++;
            }
            if (relaxed) {
                count[4]++;
            }
            if (!exact) {
                errors.add(new EvaluationError(example.id(), EvaluationError.Kind.MISSED, gold.type(), gold.start(),
                        gold.end(), example.textOf(gold), describeFindingsAt(example, findings, gold)));
            }
        }
        for (Finding finding : findings) {
            int[] count = counts.computeIfAbsent(finding.entityType(), type -> new int[5]);
            count[1]++;
            boolean exact = false;
            boolean relaxed = false;
            for (LabeledSpan gold : example.spans()) {
                if (gold.type().equals(finding.entityType()) && gold.overlaps(finding.start(), finding.end())) {
                    relaxed = true;
                    exact |= finding.start() == gold.start() && finding.end() == gold.end();
                }
            }
            if (relaxed) {
                count[3]++;
            }
            if (!exact) {
                errors.add(new EvaluationError(example.id(), EvaluationError.Kind.SPURIOUS, finding.entityType(),
                        finding.start(), finding.end(), example.text().substring(finding.start(), finding.end()),
                        describeGoldAt(example, finding)));
            }
        }
    }

    private static String describeFindingsAt(LabeledExample example, List<Finding> findings, LabeledSpan gold) {
        List<String> parts = new ArrayList<>();
        for (Finding finding : findings) {
            if (gold.overlaps(finding.start(), finding.end())) {
                parts.add("found as " + finding.entityType() + " [" + finding.start() + ", " + finding.end() + ") \""
                        + example.text().substring(finding.start(), finding.end()) + "\"");
            }
        }
        return parts.isEmpty() ? "not found" : String.join("; ", parts);
    }

    private static String describeGoldAt(LabeledExample example, Finding finding) {
        List<String> parts = new ArrayList<>();
        for (LabeledSpan gold : example.spans()) {
            if (gold.overlaps(finding.start(), finding.end())) {
                parts.add("gold " + gold.type() + " [" + gold.start() + ", " + gold.end() + ") \""
                        + example.textOf(gold) + "\"");
            }
        }
        return parts.isEmpty() ? "no gold span here" : String.join("; ", parts);
    }

    private static TypeScore toScore(String type, int[] count) {
        return new TypeScore(type, count[0], count[1], count[2], count[3], count[4]);
    }

    /**
     * Prints the score table and the disagreements for a corpus file. Argument: the corpus path, by default
     * {@link #DEFAULT_CORPUS} under the working directory.
     */
    public static void main(String[] args) throws IOException {
        Path corpus = args.length > 0 ? Path.of(args[0]) : DEFAULT_CORPUS;
        if (!Files.isRegularFile(corpus)) {
            System.err.println("Corpus file not found: " + corpus.toAbsolutePath()
                    + ". Pass the path of a corpus.jsonl or run from the project root.");
            System.exit(2);
        }
        EvaluationReport report = evaluate(readCorpus(corpus), CORPUS_SETTINGS);
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        out.print(report.formatTable());
        out.println();
        out.print(report.formatErrors());
    }
}
