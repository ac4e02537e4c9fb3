package dev.sluice.cli;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import dev.sluice.keys.KeyPurpose;
import dev.sluice.keys.KeysetFiles;

/**
 * {@code sluice keys}: creates the Tink keysets that vendor policies and the quarantine name.
 */
@Command(name = "keys", mixinStandardHelpOptions = true, description = "Create Tink keysets.",
        subcommands = {KeysCommand.Generate.class})
final class KeysCommand implements Runnable {

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** {@code sluice keys generate}: writes a new keyset with one primary key. */
    @Command(name = "generate", mixinStandardHelpOptions = true,
            description = {"Write a new Tink JSON keyset (cleartext: keep it in a secret store, readable only by "
                    + "Sluice).", "Exit status: 0 written, 2 the file exists or cannot be written."})
    static final class Generate implements Callable<Integer> {

        static final int WRITE_ERROR = 2;

        @Option(names = "--purpose", required = true, description = "pseudonym (HMAC-SHA-256), "
                + "deterministic_encryption (AES-SIV) or quarantine_seal (AES-256-GCM)")
        KeyPurpose purpose;

        @Option(names = "--out", required = true, paramLabel = "FILE",
                description = "File to create; an existing file is never overwritten.")
        Path out;

        @Override
        public Integer call() {
            try {
                KeysetFiles.writeNew(purpose, out);
                System.out.println("wrote a " + purpose.name().toLowerCase(java.util.Locale.ROOT) + " keyset to " + out);
                return 0;
            } catch (FileAlreadyExistsException e) {
                System.err.println("sluice keys generate: " + out + " already exists; keysets are never overwritten, "
                        + "rotate by adding a key with Tink's tinkey instead");
                return WRITE_ERROR;
            } catch (IOException e) {
                System.err.println("sluice keys generate: cannot write " + out + " (" + e.getClass().getSimpleName()
                        + ")");
                return WRITE_ERROR;
            }
        }
    }
}
