package dev.sluice.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import org.apache.avro.Schema;
import org.apache.avro.SchemaParseException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import dev.sluice.config.SluiceHome;
import dev.sluice.keys.KeyLoadException;
import dev.sluice.keys.KeyPurpose;
import dev.sluice.keys.Primitives;
import dev.sluice.policy.PipelineDefinitionException;
import dev.sluice.policy.PipelineDefinitionLoader;
import dev.sluice.policy.PipelineDetection;
import dev.sluice.policy.vendor.PolicyChecks;
import dev.sluice.policy.vendor.PolicyException;
import dev.sluice.policy.vendor.PolicyProblems;
import dev.sluice.policy.vendor.VendorPolicy;
import dev.sluice.policy.vendor.VendorPolicyLoader;

/**
 * {@code sluice policy}: commands on vendor policy files.
 */
@Command(name = "policy", mixinStandardHelpOptions = true, description = "Work with vendor policy files.",
        subcommands = {PolicyCommand.Validate.class})
final class PolicyCommand implements Runnable {

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** {@code sluice policy validate FILE...}: checks policy files without starting anything. */
    @Command(name = "validate", mixinStandardHelpOptions = true,
            description = {"Check vendor policy files and print every problem with its file and key.",
                "Exit status: 0 every file is valid, 1 at least one is not, 2 the pipeline definition or the input "
                        + "schema cannot be read."})
    static final class Validate implements Callable<Integer> {

        static final int INVALID = 1;
        static final int SETUP_ERROR = 2;

        @Option(names = "--check-keys",
                description = "Also load the keysets the policy names and check that each is of the right kind.")
        boolean checkKeys;

        @Option(names = "--pipeline", paramLabel = "FILE", defaultValue = "topology/pipeline.yaml",
                description = "Pipeline definition whose vendors and detectors the policies must name "
                        + "(default: ${DEFAULT-VALUE}, also looked up under the Sluice home).")
        String pipelineFile;

        @Option(names = "--schema", paramLabel = "FILE", defaultValue = "schemas/AnnotationEvent.avsc",
                description = "Avro schema of the input records, whose fields the policies' paths must name "
                        + "(default: ${DEFAULT-VALUE}, also looked up under the Sluice home).")
        String schemaFile;

        @Parameters(paramLabel = "FILE", arity = "1..*", description = "Policy files, for example "
                + "topology/policies/atlas-annotate.yaml.")
        List<Path> files = new ArrayList<>();

        @Override
        public Integer call() {
            PolicyChecks checks;
            try {
                checks = checks();
            } catch (PipelineDefinitionException | IOException | SchemaParseException e) {
                System.err.println("sluice policy validate: " + e.getMessage());
                return SETUP_ERROR;
            }
            int status = 0;
            for (Path file : files) {
                List<String> problems = new ArrayList<>();
                VendorPolicy policy = null;
                try {
                    policy = VendorPolicyLoader.load(file);
                } catch (PolicyException e) {
                    problems.add(e.getMessage());
                }
                if (policy != null) {
                    problems.addAll(PolicyProblems.located(file, checks.problems(policy)));
                    if (checkKeys) {
                        problems.addAll(keyProblems(policy, file));
                    }
                }
                if (!problems.isEmpty()) {
                    problems.forEach(System.err::println);
                    status = INVALID;
                    continue;
                }
                checks.warnings(policy).forEach(warning -> System.out.println(file + ": note: " + warning));
                System.out.println(file + ": valid, vendor " + policy.vendor() + ", version " + policy.version()
                        + ", " + policy.fields().size() + " field rules");
            }
            return status;
        }

        private PolicyChecks checks() throws IOException {
            PipelineDetection pipeline = PipelineDefinitionLoader.loadDetection(SluiceHome.resolve(pipelineFile));
            Path schemaPath = SluiceHome.resolve(schemaFile);
            if (!Files.isRegularFile(schemaPath)) {
                throw new IOException("input schema " + schemaPath + " not found; pass --schema FILE");
            }
            Schema schema;
            try {
                schema = new Schema.Parser().parse(schemaPath.toFile());
            } catch (IOException | SchemaParseException e) {
                String reason = String.valueOf(e.getMessage()).lines().findFirst().orElse("");
                throw new IOException("input schema " + schemaPath + " is not a valid Avro schema (.avsc JSON): "
                        + reason, e);
            }
            return PolicyChecks.of(pipeline.vendors(), pipeline.settings(), pipeline.forwardHeaders(), schema);
        }

        /** Loads every keyset the policy names and returns a problem for each that is missing or of the wrong kind. */
        private static List<String> keyProblems(VendorPolicy policy, Path file) {
            Path base = file.toAbsolutePath().getParent();
            Map<String, String> environment = System.getenv();
            List<String> problems = new ArrayList<>();
            policy.pseudonymKeyset().ifPresent(reference -> check(problems, file, "keys.pseudonym", "pseudonym",
                    () -> Primitives.pseudonymMac(reference.load(base, environment, KeyPurpose.PSEUDONYM), reference)));
            policy.encryptionKeyset().ifPresent(reference -> check(problems, file, "keys.encryption",
                    "deterministic_encryption",
                    () -> Primitives.deterministicAead(
                            reference.load(base, environment, KeyPurpose.DETERMINISTIC_ENCRYPTION), reference)));
            return problems;
        }

        private static void check(List<String> problems, Path file, String key, String purpose, Runnable load) {
            try {
                load.run();
            } catch (KeyLoadException e) {
                String hint = "sluice keys generate --purpose " + purpose + " --out FILE";
                String message = e.getMessage().contains("sluice keys generate")
                        ? e.getMessage().replace("sluice keys generate", hint)
                        : e.getMessage() + " (to create one: " + hint + ")";
                problems.add(file + ": " + key + ": " + message);
            }
        }
    }
}
