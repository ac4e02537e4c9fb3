package dev.sluice.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import picocli.CommandLine;

class ScanCommandTest {

    private static final String PIPELINE = """
            version: 1
            vendors:
              - name: atlas-annotate
                topic: vendor.atlas-annotate.annotations
                projects: [helpdesk-rlhf]
            codenames: [Marigold]
            confidentiality_labels: ["ACME SECRET"]
            """;

    @TempDir
    Path dir;

    private final ByteArrayOutputStream stdout = new ByteArrayOutputStream();
    private final ByteArrayOutputStream stderr = new ByteArrayOutputStream();
    private InputStream originalIn;
    private PrintStream originalOut;
    private PrintStream originalErr;

    @BeforeEach
    void captureStandardStreams() {
        originalIn = System.in;
        originalOut = System.out;
        originalErr = System.err;
        System.setOut(new PrintStream(stdout, true, StandardCharsets.UTF_8));
        System.setErr(new PrintStream(stderr, true, StandardCharsets.UTF_8));
    }

    @AfterEach
    void restoreStandardStreams() {
        System.setIn(originalIn);
        System.setOut(originalOut);
        System.setErr(originalErr);
    }

    @Test
    void stdinUsesDefaultPipeline() {
        System.setIn(stdin("Kestrel notes for ana.silva@example.com\n"));

        int status = SluiceCli.commandLine().execute("scan");

        assertThat(status).isZero();
        assertThat(output()).isEqualTo("<CODENAME_1> notes for <EMAIL_ADDRESS_1>\n");
    }

    @Test
    void pipelineOptionSetsCodenames() throws Exception {
        Path pipeline = Files.writeString(dir.resolve("pipeline.yaml"), PIPELINE);
        System.setIn(stdin("Marigold and Kestrel\n"));

        int status = SluiceCli.commandLine().execute("scan", "--pipeline", pipeline.toString(), "-");

        assertThat(status).isZero();
        assertThat(output()).isEqualTo("<CODENAME_1> and Kestrel\n");
    }

    @Test
    void policyIsAliasOfPipeline() throws Exception {
        Path pipeline = Files.writeString(dir.resolve("policy.yaml"), PIPELINE);
        Path input = Files.writeString(dir.resolve("in.jsonl"), "{\"text\":\"ACME SECRET: Marigold\"}\n");

        int status = SluiceCli.commandLine().execute("scan", "--policy", pipeline.toString(), "--jsonl",
                "--findings", input.toString());

        assertThat(status).isZero();
        assertThat(output()).contains("\"redacted\":\"<CONFIDENTIALITY_LABEL_1>: <CODENAME_1>\"")
                .contains("\"type\":\"CONFIDENTIALITY_LABEL\",\"start\":0,\"end\":11");
    }

    @Test
    void invalidPipelineExitsTwo() throws Exception {
        Path pipeline = Files.writeString(dir.resolve("pipeline.yaml"), "version: 1\nvendors: []\n");
        System.setIn(stdin("hello\n"));

        int status = SluiceCli.commandLine().execute("scan", "--pipeline", pipeline.toString());

        assertThat(status).isEqualTo(2);
        assertThat(errors()).contains("sluice scan: Invalid pipeline definition").contains("vendors is empty");
        assertThat(output()).isEmpty();
    }

    @Test
    void missingFileExitsTwo() {
        int status = SluiceCli.commandLine().execute("scan", dir.resolve("absent.txt").toString());

        assertThat(status).isEqualTo(2);
        assertThat(errors()).contains("absent.txt: file not found");
    }

    @Test
    void failedLineExitsOne() throws Exception {
        Path input = Files.writeString(dir.resolve("in.jsonl"), "{\"text\":\"ok\"}\n{\"txt\":\"typo\"}\n");

        int status = SluiceCli.commandLine().execute("scan", "--jsonl", input.toString());

        assertThat(status).isEqualTo(1);
        assertThat(output()).isEqualTo("{\"redacted\":\"ok\"}\n");
        assertThat(errors()).contains("in.jsonl:2: missing the string field \"text\"");
    }

    @Test
    void helpListsScan() {
        StringWriter help = new StringWriter();
        CommandLine cli = SluiceCli.commandLine();
        cli.setOut(new PrintWriter(help));

        int status = cli.execute("--help");

        assertThat(status).isZero();
        assertThat(help.toString()).contains("scan").contains("Mask personal data, secrets and codenames");
    }

    private static InputStream stdin(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }

    private String output() {
        return stdout.toString(StandardCharsets.UTF_8);
    }

    private String errors() {
        return stderr.toString(StandardCharsets.UTF_8);
    }
}
