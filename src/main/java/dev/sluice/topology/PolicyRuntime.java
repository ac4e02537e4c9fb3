package dev.sluice.topology;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.google.crypto.tink.Aead;

import dev.sluice.config.SluiceConfig;
import dev.sluice.config.SluiceHome;
import dev.sluice.keys.KeyLoadException;
import dev.sluice.keys.KeyPurpose;
import dev.sluice.keys.KeysetReference;
import dev.sluice.keys.Primitives;
import dev.sluice.policy.PipelineDefinition;
import dev.sluice.policy.VendorRoute;
import dev.sluice.quarantine.QuarantineRecords;
import dev.sluice.quarantine.QuarantineSeal;
import dev.sluice.redaction.TextScanner;
import dev.sluice.redaction.vendor.VendorOperators;

/**
 * Objects the topology needs to apply vendor policies, loaded once at startup: the scanner, each vendor's operators
 * with their keys, and the quarantine record builder with the reviewers' seal. Loading every keyset here means
 * that a missing or invalid key stops startup instead of failing the first record.
 *
 * @param scanner    finds sensitive spans; the detection engine in production
 * @param operators  per vendor name, the operators built from its keys
 * @param quarantine builds sealed (or original-free) quarantine records
 */
public record PolicyRuntime(TextScanner scanner, Map<String, VendorOperators> operators,
        QuarantineRecords quarantine) {

    public PolicyRuntime {
        operators = Map.copyOf(operators);
    }

    /**
     * Loads the keys of every vendor of {@code pipeline} and the reviewer keyset of {@code config}.
     *
     * @throws dev.sluice.keys.KeyLoadException if a keyset is missing, invalid or of the wrong kind. The message
     *         lists every such keyset, one vendor per line, so one run shows all that are to be created.
     */
    public static PolicyRuntime load(PipelineDefinition pipeline, SluiceConfig config, Map<String, String> environment,
            TextScanner scanner) {
        List<String> problems = new ArrayList<>();
        Map<String, VendorOperators> operators = new LinkedHashMap<>();
        for (VendorRoute vendor : pipeline.vendors()) {
            try {
                operators.put(vendor.name(), VendorOperators.load(vendor.policy(), vendor.policyDirectory(),
                        environment));
            } catch (KeyLoadException e) {
                problems.add("vendor '" + vendor.name() + "' (policy in " + vendor.policyDirectory() + "): "
                        + e.getMessage());
            }
        }

        QuarantineSeal seal = null;
        try {
            seal = seal(config, environment);
        } catch (KeyLoadException e) {
            problems.add(SluiceConfig.QUARANTINE_KEYSET.name() + ": " + e.getMessage());
        }

        if (!problems.isEmpty()) {
            throw new KeyLoadException(String.join(System.lineSeparator(), problems));
        }
        return new PolicyRuntime(scanner, operators, new QuarantineRecords(seal));
    }

    /** Returns the reviewers' seal, or null when the configuration keeps no original in quarantine records. */
    private static QuarantineSeal seal(SluiceConfig config, Map<String, String> environment) {
        String text = config.get(SluiceConfig.QUARANTINE_KEYSET);
        if (text.equals(SluiceConfig.NO_KEYSET)) {
            return null;
        }
        KeysetReference reference = new KeysetReference(text);
        Path base = text.startsWith("file:") ? baseOf(text.substring("file:".length())) : Path.of(".");
        Aead aead = Primitives.sealingAead(reference.load(base, environment, KeyPurpose.QUARANTINE_SEAL), reference);
        return new QuarantineSeal(aead);
    }

    /** Returns the directory a relative keyset file is read from: the working directory, else the Sluice home. */
    private static Path baseOf(String path) {
        Path asGiven = Path.of(path);
        if (asGiven.isAbsolute() || Files.exists(asGiven)) {
            return Path.of(".");
        }
        String home = System.getProperty(SluiceHome.PROPERTY);
        return home != null && Files.exists(Path.of(home).resolve(asGiven)) ? Path.of(home) : Path.of(".");
    }
}
