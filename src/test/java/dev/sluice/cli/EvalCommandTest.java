package dev.sluice.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EvalCommandTest {

    @TempDir
    Path dir;

    private final ByteArrayOutputStream stdout = new ByteArrayOutputStream();
    private final ByteArrayOutputStream stderr = new ByteArrayOutputStream();
    private PrintStream originalOut;
    private PrintStream originalErr;

    @BeforeEach
    void captureOutput() {
        originalOut = System.out;
        originalErr = System.err;
        System.setOut(new PrintStream(stdout, true, StandardCharsets.UTF_8));
        System.setErr(new PrintStream(stderr, true, StandardCharsets.UTF_8));
    }

    @AfterEach
    void restoreOutput() {
        System.setOut(originalOut);
        System.setErr(originalErr);
    }

    @Test
    void printsScoresPerEntityType() throws Exception {
        Path corpus = dir.resolve("corpus.jsonl");
        Files.writeString(corpus, """
                {"id": "a", "language": "en", "text": "mail ana@example.com now", "spans": [{"start": 5, "end": 20, "type": "EMAIL_ADDRESS"}]}
                {"id": "b", "language": "en", "text": "call 312-555-0187 today", "spans": []}
                """);

        int status = SluiceCli.commandLine().execute("eval", "--errors", corpus.toString());

        String out = stdout.toString(StandardCharsets.UTF_8);
        assertThat(status).isZero();
        assertThat(out).contains("| EMAIL_ADDRESS | 1 | 1 | 1 | 1.000 | 1.000 | 1.000 |");
        assertThat(out).contains("| PHONE_NUMBER | 0 | 1 | 0 |");
    }

    @Test
    void missingCorpusExitsTwo() {
        int status = SluiceCli.commandLine().execute("eval", dir.resolve("absent.jsonl").toString());

        assertThat(status).isEqualTo(EvalCommand.CORPUS_ERROR);
        assertThat(stderr.toString(StandardCharsets.UTF_8)).contains("corpus file not found");
    }

    @Test
    void invalidLineExitsTwoAndNamesIt() throws Exception {
        Path corpus = dir.resolve("corpus.jsonl");
        Files.writeString(corpus, "{\"id\": \"a\", \"text\": \"x\", \"spans\": []}\nnot json\n");

        int status = SluiceCli.commandLine().execute("eval", corpus.toString());

        assertThat(status).isEqualTo(EvalCommand.CORPUS_ERROR);
        assertThat(stderr.toString(StandardCharsets.UTF_8)).contains("line 2");
    }
}
