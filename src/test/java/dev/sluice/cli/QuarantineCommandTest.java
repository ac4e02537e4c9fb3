package dev.sluice.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * Checks {@code sluice quarantine show} on inputs that fail before or at the first broker request; the command on a
 * real topic is tested in {@link QuarantineShowOnBrokerTest}.
 */
class QuarantineCommandTest {

    /** A loopback port where nothing listens, so the consumer's first request times out. */
    private static final String NO_BROKER = "127.0.0.1:1";

    @TempDir
    Path dir;

    @RegisterExtension
    final ConsoleCapture console = new ConsoleCapture();

    @Test
    void helpListsQuarantineShow() {
        int status = SluiceCli.commandLine().execute("--help");
        int showHelp = SluiceCli.commandLine().execute("quarantine", "show", "--help");

        assertThat(status).isZero();
        assertThat(showHelp).isZero();
        assertThat(console.out()).contains("quarantine");
        assertThat(console.out()).contains("--partition=P", "--offset=O", "--keyset=REF", "--json", "--timeout-ms=MS");
    }

    @Test
    void missingConfigFileExitsTwo() {
        int status = SluiceCli.commandLine().execute("quarantine", "show", "--config",
                dir.resolve("absent.properties").toString(), "--partition", "0", "--offset", "0");

        assertThat(status).isEqualTo(QuarantineCommand.Show.FAILED);
        assertThat(console.err()).contains("sluice quarantine show: Configuration file");
        assertThat(console.err()).contains("not found");
    }

    @Test
    void invalidKeysetReferenceExitsTwo() throws Exception {
        Path config = config("sluice.quarantine.keyset=none\n");

        int status = SluiceCli.commandLine().execute("quarantine", "show", "--config", config.toString(),
                "--keyset", "keys/reviewers.json", "--partition", "0", "--offset", "0");

        assertThat(status).isEqualTo(QuarantineCommand.Show.FAILED);
        assertThat(console.err()).contains("keyset reference 'keys/reviewers.json' is invalid");
    }

    @Test
    void missingKeysetFileExitsTwo() throws Exception {
        Path config = config("sluice.quarantine.keyset=file:" + dir.resolve("absent.json") + "\n");

        int status = SluiceCli.commandLine().execute("quarantine", "show", "--config", config.toString(),
                "--partition", "0", "--offset", "0");

        assertThat(status).isEqualTo(QuarantineCommand.Show.FAILED);
        assertThat(console.err()).contains("is missing").contains("absent.json");
    }

    @Test
    void unreachableClusterTimesOut() throws Exception {
        Path config = config("sluice.quarantine.keyset=none\n");

        int status = SluiceCli.commandLine().execute("quarantine", "show", "--config", config.toString(),
                "--partition", "0", "--offset", "0", "--timeout-ms", "1500");

        assertThat(status).isEqualTo(QuarantineCommand.Show.FAILED);
        assertThat(console.err()).contains("timed out after 1500 ms").contains(NO_BROKER);
        assertThat(console.out()).isEmpty();
    }

    @Test
    void nonPositiveTimeoutIsRejected() throws Exception {
        Path config = config("");

        int status = SluiceCli.commandLine().execute("quarantine", "show", "--config", config.toString(),
                "--partition", "0", "--offset", "0", "--timeout-ms", "0");

        assertThat(status).isEqualTo(QuarantineCommand.Show.FAILED);
        assertThat(console.err()).contains("--timeout-ms must be a positive number");
    }

    @Test
    void negativeOffsetIsRejected() throws Exception {
        Path config = config("");

        int status = SluiceCli.commandLine().execute("quarantine", "show", "--config", config.toString(),
                "--partition", "0", "--offset", "-1");

        assertThat(status).isEqualTo(QuarantineCommand.Show.FAILED);
        assertThat(console.err()).contains("--partition and --offset must be 0 or more, got 0 and -1");
    }

    @Test
    void missingOffsetIsUsageError() throws Exception {
        Path config = config("");

        int status = SluiceCli.commandLine().execute("quarantine", "show", "--config", config.toString(),
                "--partition", "0");

        assertThat(status).isEqualTo(2);
        assertThat(console.err()).contains("Missing required option: '--offset=O'");
    }

    @Test
    void escapesTerminalControlCharacters() {
        assertThat(TerminalText.escape("evt\u001b[31m-1\u202e")).isEqualTo("evt\\u001B[31m-1\\u202E");
        assertThat(TerminalText.escape("Zoë 東京")).isEqualTo("Zoë 東京");
    }

    @Test
    void jsonEscapesTerminalControlCharacters() throws Exception {
        ObjectMapper mapper = new ObjectMapper();
        mapper.getFactory().setCharacterEscapes(new TerminalText.JsonEscapes());

        String json = mapper.writeValueAsString("a\u001b[2Jb\u007f\u0085\u202e\u2066 Zoë");

        assertThat(json).isEqualToIgnoringCase("\"a\\u001b[2Jb\\u007f\\u0085\\u202e\\u2066 Zoë\"");
        assertThat(mapper.readValue(json, String.class)).isEqualTo("a\u001b[2Jb\u007f\u0085\u202e\u2066 Zoë");
    }

    private Path config(String extra) throws Exception {
        return Files.writeString(dir.resolve("sluice.properties"), "bootstrap.servers=" + NO_BROKER + "\n"
                + "schema.registry.url=mock://quarantine-command-test\n" + extra);
    }
}
