package dev.sluice.topology;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Map;
import java.util.stream.Stream;

import dev.sluice.config.SluiceConfig;
import dev.sluice.keys.KeyPurpose;
import dev.sluice.keys.KeysetFiles;
import dev.sluice.keys.KeysetReference;
import dev.sluice.keys.Primitives;
import dev.sluice.quarantine.QuarantineSeal;

/**
 * Writes a pipeline definition, its policies and fresh keysets into a temporary directory, as an operator would lay
 * them out, and removes them again. The sample has two vendors: northwind (projects helpdesk and shared) and atlas
 * (code-evals and shared).
 */
public final class PolicyFiles {

    public static final String REVIEWER_KEYSET = "keys/reviewer.json";

    public static final String PIPELINE = """
            version: 1
            vendors:
              - name: northwind
                topic: vendor.northwind
                projects: [helpdesk, shared]
                policy: policies/northwind.yaml
              - name: atlas
                topic: vendor.atlas
                projects: [code-evals, shared]
                policy: policies/atlas.yaml
            internal_projects: [redteam]
            codenames: [Kestrel]
            confidentiality_labels: ["ACME CONFIDENTIAL"]
            forward_headers: [trace-id, x-note]
            """;

    /** Gets every field, scanned, with placeholders; record keys derived; two headers. */
    public static final String NORTHWIND_POLICY = """
            format: 1
            vendor: northwind
            version: "nw-7"
            keys:
              pseudonym: file:keys/northwind-pseudonym.json
            record_key: derive
            headers: [trace-id, x-note]
            fields:
              event_id: pass
              event_type: pass
              project: scan
              created_at: pass
              language: scan
              prompt: scan
              response: scan
              annotator_notes: scan
              messages: scan
              labels: scan
              score: pass
              annotator_id: hash
              metadata: scan
            entities:
              default: replace
            quarantine:
              categories: [secret, confidentiality_label]
            """;

    /** Gets the prompt and message contents only, emails as keyed pseudonyms, no record key, no US_SSN. */
    public static final String ATLAS_POLICY = """
            format: 1
            vendor: atlas
            version: "atlas-3"
            keys:
              pseudonym: file:keys/atlas-pseudonym.json
            record_key: none
            headers: [trace-id]
            fields:
              event_id: pass
              project: scan
              prompt: scan
              messages[*].content: scan
            entities:
              default: replace
              EMAIL_ADDRESS: hash
            quarantine:
              categories: [secret, confidentiality_label]
              entity_types: [US_SSN]
            """;

    private PolicyFiles() {
    }

    /** Writes the sample pipeline, its two policies and their keysets; returns the directory. */
    public static Path writeSample() {
        return write(Map.of("pipeline.yaml", PIPELINE, "policies/northwind.yaml", NORTHWIND_POLICY,
                "policies/atlas.yaml", ATLAS_POLICY), "policies/keys/northwind-pseudonym.json",
                "policies/keys/atlas-pseudonym.json");
    }

    /** Returns the configuration entries that point Sluice at the files of {@code directory}. */
    public static Map<String, String> config(Path directory) {
        return Map.of(SluiceConfig.PIPELINE_FILE.name(), directory.resolve("pipeline.yaml").toString(),
                SluiceConfig.QUARANTINE_KEYSET.name(), "file:" + reviewerKeyset(directory));
    }

    /** Writes {@code files} (relative path to content) and a pseudonym keyset at each of {@code pseudonymKeysets}. */
    public static Path write(Map<String, String> files, String... pseudonymKeysets) {
        try {
            Path directory = Files.createTempDirectory("sluice-policies");
            for (Map.Entry<String, String> file : files.entrySet()) {
                Path path = directory.resolve(file.getKey());
                Files.createDirectories(path.getParent());
                Files.writeString(path, file.getValue(), StandardCharsets.UTF_8);
            }
            for (String keyset : pseudonymKeysets) {
                KeysetFiles.writeNew(KeyPurpose.PSEUDONYM, directory.resolve(keyset));
            }
            KeysetFiles.writeNew(KeyPurpose.QUARANTINE_SEAL, directory.resolve(REVIEWER_KEYSET));
            return directory;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static Path reviewerKeyset(Path directory) {
        return directory.resolve(REVIEWER_KEYSET).toAbsolutePath();
    }

    /** Returns the reviewers' seal for the keyset {@link #write} created. */
    public static QuarantineSeal seal(Path reviewerKeyset) {
        KeysetReference reference = new KeysetReference("file:" + reviewerKeyset);
        return new QuarantineSeal(Primitives.sealingAead(
                reference.load(Path.of("."), Map.of(), KeyPurpose.QUARANTINE_SEAL), reference));
    }

    public static void delete(Path directory) {
        try (Stream<Path> paths = Files.walk(directory)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
