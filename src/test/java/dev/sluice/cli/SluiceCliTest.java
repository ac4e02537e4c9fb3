package dev.sluice.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import picocli.CommandLine;

import dev.sluice.topology.PolicyFiles;

class SluiceCliTest {

    @TempDir
    Path dir;

    private final ByteArrayOutputStream stderr = new ByteArrayOutputStream();
    private PrintStream originalErr;

    @BeforeEach
    void captureStderr() {
        originalErr = System.err;
        System.setErr(new PrintStream(stderr, true, StandardCharsets.UTF_8));
    }

    @AfterEach
    void restoreStderr() {
        System.setErr(originalErr);
    }

    @Test
    void helpListsSubcommands() {
        StringWriter out = new StringWriter();
        CommandLine cli = SluiceCli.commandLine();
        cli.setOut(new PrintWriter(out));

        int status = cli.execute("--help");

        assertThat(status).isZero();
        assertThat(out.toString()).contains("demo").contains("run");
    }

    @Test
    void everySubcommandPrintsTheVersion() {
        for (String[] command : new String[][] {{"scan", "-V"}, {"eval", "--version"}, {"keys", "generate", "-V"}}) {
            StringWriter out = new StringWriter();
            CommandLine cli = SluiceCli.commandLine();
            cli.setOut(new PrintWriter(out));

            int status = cli.execute(command);

            assertThat(status).isZero();
            assertThat(out.toString()).as(String.join(" ", command)).contains("sluice 0.1.0");
        }
    }

    @Test
    void runWithMissingConfigFileExitsTwo() {
        int status = SluiceCli.commandLine().execute("run", "--config", dir.resolve("absent.properties").toString());

        assertThat(status).isEqualTo(2);
        assertThat(errors()).contains("absent.properties");
    }

    @Test
    void runWithoutBrokerExitsTwo() throws Exception {
        int deadPort;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
            deadPort = socket.getLocalPort();
        }
        Path policies = PolicyFiles.writeSample();
        Path config = dir.resolve("sluice.properties");
        Files.writeString(config, "bootstrap.servers=127.0.0.1:" + deadPort + "\n"
                + "schema.registry.url=mock://run-no-broker\n"
                + "sluice.pipeline.file=" + policies.resolve("pipeline.yaml") + "\n"
                + "sluice.metrics.port=-1\n"
                + "sluice.startup.timeout.ms=2000\n");

        int status = assertTimeoutPreemptively(Duration.ofSeconds(60),
                () -> SluiceCli.commandLine().execute("run", "--config", config.toString()));
        PolicyFiles.delete(policies);

        assertThat(status).isEqualTo(2);
        assertThat(errors()).contains("the Kafka cluster at 127.0.0.1:" + deadPort + " did not answer within 2000 ms");
    }

    @Test
    void runWithMissingKeysetExitsTwo() throws Exception {
        Path policies = PolicyFiles.writeSample();
        Files.delete(policies.resolve("policies/keys/atlas-pseudonym.json"));
        Files.delete(PolicyFiles.reviewerKeyset(policies));
        Path config = dir.resolve("sluice.properties");
        Files.writeString(config, "bootstrap.servers=127.0.0.1:9\n"
                + "sluice.pipeline.file=" + policies.resolve("pipeline.yaml") + "\n"
                + "sluice.quarantine.keyset=file:" + PolicyFiles.reviewerKeyset(policies) + "\n"
                + "sluice.metrics.port=-1\n");

        int status = SluiceCli.commandLine().execute("run", "--config", config.toString());
        PolicyFiles.delete(policies);

        assertThat(status).isEqualTo(2);
        assertThat(errors()).contains("keyset file:keys/atlas-pseudonym.json is missing")
                .contains("sluice keys generate --purpose pseudonym --out ")
                .contains("sluice keys generate --purpose quarantine_seal --out ");
    }

    @Test
    void runWithoutBootstrapServersExitsTwo() throws Exception {
        Path config = dir.resolve("sluice.properties");
        Files.writeString(config, "sluice.topic.input=in\n");

        int status = SluiceCli.commandLine().execute("run", "--config", config.toString());

        assertThat(status).isEqualTo(2);
        assertThat(errors()).contains("bootstrap.servers is missing");
    }

    @Test
    void demoWithInvalidEventsExitsTwo() throws Exception {
        Path events = dir.resolve("events.jsonl");
        Files.writeString(events, "{\"event_id\": \"e1\"}\n");

        int status = SluiceCli.commandLine().execute("demo", "--events", events.toString());

        assertThat(status).isEqualTo(2);
        assertThat(errors()).contains("events.jsonl:1").contains("is missing");
    }

    @Test
    void unknownSubcommandIsUsageError() {
        CommandLine cli = SluiceCli.commandLine();
        cli.setErr(new PrintWriter(new StringWriter()));

        assertThat(cli.execute("frobnicate")).isEqualTo(2);
    }

    private String errors() {
        return stderr.toString(StandardCharsets.UTF_8);
    }
}
