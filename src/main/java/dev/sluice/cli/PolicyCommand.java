package dev.sluice.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import dev.sluice.keys.KeyLoadException;
import dev.sluice.keys.KeysetReference;
import dev.sluice.keys.Primitives;
import dev.sluice.policy.vendor.PolicyException;
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
            description = {"Check vendor policy files and print every problem with its line.",
                "Exit status: 0 every file is valid, 1 at least one is not."})
    static final class Validate implements Callable<Integer> {

        static final int INVALID = 1;

        @Option(names = "--check-keys",
                description = "Also load the keysets the policy names and check that each is of the right kind.")
        boolean checkKeys;

        @Parameters(paramLabel = "FILE", arity = "1..*", description = "Policy files, for example "
                + "topology/policies/atlas-annotate.yaml.")
        List<Path> files = new ArrayList<>();

        @Override
        public Integer call() {
            int status = 0;
            for (Path file : files) {
                try {
                    VendorPolicy policy = VendorPolicyLoader.load(file);
                    if (checkKeys) {
                        checkKeys(policy, file);
                    }
                    System.out.println(file + ": valid, vendor " + policy.vendor() + ", version " + policy.version()
                            + ", " + policy.fields().size() + " field rules");
                } catch (PolicyException | KeyLoadException e) {
                    System.err.println(e.getMessage());
                    status = INVALID;
                }
            }
            return status;
        }

        private static void checkKeys(VendorPolicy policy, Path file) {
            Path base = file.toAbsolutePath().getParent();
            Map<String, String> environment = System.getenv();
            if (policy.pseudonymKeyset().isPresent()) {
                KeysetReference reference = policy.pseudonymKeyset().get();
                Primitives.pseudonymMac(reference.load(base, environment), reference);
            }
            if (policy.encryptionKeyset().isPresent()) {
                KeysetReference reference = policy.encryptionKeyset().get();
                Primitives.deterministicAead(reference.load(base, environment), reference);
            }
        }
    }
}
