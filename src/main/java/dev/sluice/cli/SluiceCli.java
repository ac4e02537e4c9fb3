package dev.sluice.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * Entry point of the {@code sluice} command.
 */
// INHERIT passes the version to every subcommand, whose -V printed nothing without it.
@Command(name = "sluice", mixinStandardHelpOptions = true, version = "sluice 0.1.0",
        scope = CommandLine.ScopeType.INHERIT,
        description = "Masks PII, secrets and proprietary markers in annotation events before they reach vendors.",
        subcommands = {DemoCommand.class, RunCommand.class, ScanCommand.class, EvalCommand.class,
            PolicyCommand.class, KeysCommand.class, QuarantineCommand.class})
public final class SluiceCli implements Runnable {

    /** Packages whose generated Avro classes may be deserialized; Avro 1.12 rejects all others. */
    static final String TRUSTED_AVRO_PACKAGES = "dev.sluice";

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        System.setProperty("org.apache.avro.SERIALIZABLE_PACKAGES",
                System.getProperty("org.apache.avro.SERIALIZABLE_PACKAGES", TRUSTED_AVRO_PACKAGES));
        System.exit(commandLine().execute(args));
    }

    public static CommandLine commandLine() {
        return new CommandLine(new SluiceCli()).setCaseInsensitiveEnumValuesAllowed(true);
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
