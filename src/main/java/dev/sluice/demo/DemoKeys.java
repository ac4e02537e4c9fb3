package dev.sluice.demo;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import dev.sluice.keys.KeyPurpose;
import dev.sluice.keys.KeysetFiles;
import dev.sluice.keys.KeysetReference;
import dev.sluice.policy.PipelineDefinition;
import dev.sluice.policy.VendorRoute;

/**
 * Creates the keysets the demo needs on its first run: each vendor policy's pseudonym and encryption keysets, where
 * the policy names a file that does not exist yet, and a reviewer keyset that seals the quarantine. Existing files
 * are kept, so pseudonyms stay the same from one demo run to the next. Keysets named by environment variable are
 * left to the user.
 */
public final class DemoKeys {

    /** Reviewer keyset of the demo, next to the bundled policies' keys. */
    public static final String REVIEWER_KEYSET = "policies/keys/quarantine-reviewer.json";

    private DemoKeys() {
    }

    /**
     * Makes sure every keyset file of {@code pipeline} exists and returns the reviewer keyset's path.
     *
     * @param pipelineDirectory directory of the pipeline file
     */
    public static Path ensure(PipelineDefinition pipeline, Path pipelineDirectory, PrintStream out)
            throws IOException {
        for (VendorRoute vendor : pipeline.vendors()) {
            create(vendor.policy().pseudonymKeyset(), KeyPurpose.PSEUDONYM, vendor.policyDirectory(), out);
            create(vendor.policy().encryptionKeyset(), KeyPurpose.DETERMINISTIC_ENCRYPTION, vendor.policyDirectory(),
                    out);
        }
        Path reviewer = pipelineDirectory.resolve(REVIEWER_KEYSET).toAbsolutePath().normalize();
        if (!Files.exists(reviewer)) {
            KeysetFiles.writeNew(KeyPurpose.QUARANTINE_SEAL, reviewer);
            out.println("Created the demo reviewer keyset " + reviewer);
        }
        return reviewer;
    }

    private static void create(Optional<KeysetReference> reference, KeyPurpose purpose, Path base, PrintStream out)
            throws IOException {
        if (reference.isEmpty() || !reference.get().text().startsWith("file:")) {
            return;
        }
        Path file = base.resolve(reference.get().text().substring("file:".length())).normalize();
        if (!Files.exists(file)) {
            KeysetFiles.writeNew(purpose, file);
            out.println("Created the demo keyset " + file);
        }
    }
}
