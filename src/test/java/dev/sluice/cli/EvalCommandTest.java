package dev.sluice.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import dev.sluice.config.SluiceHome;

class EvalCommandTest {

    @TempDir
    Path dir;

    @RegisterExtension
    final ConsoleCapture console = new ConsoleCapture();

    @Test
    void printsScoresPerEntityType() throws Exception {
        Path corpus = dir.resolve("corpus.jsonl");
        Files.writeString(corpus, """
                {"id": "a", "language": "en", "text": "mail ana@example.com now", "spans": [{"start": 5, "end": 20, "type": "EMAIL_ADDRESS"}]}
                {"id": "b", "language": "en", "text": "call 312-555-0187 today", "spans": []}
                """);

        int status = SluiceCli.commandLine().execute("eval", "--errors", corpus.toString());

        String out = console.out();
        assertThat(status).isZero();
        assertThat(out).contains("| EMAIL_ADDRESS | 1 | 1 | 1 | 1.000 | 1.000 | 1.000 |");
        assertThat(out).contains("| PHONE_NUMBER | 0 | 1 | 0 |");
    }

    @Test
    void emptyCorpusExitsTwo() throws Exception {
        Path corpus = Files.writeString(dir.resolve("empty.jsonl"), "\n");

        int status = SluiceCli.commandLine().execute("eval", corpus.toString());

        assertThat(status).isEqualTo(EvalCommand.CORPUS_ERROR);
        assertThat(console.err()).contains("has no examples");
    }

    @Test
    void unknownGoldTypeIsNoted() throws Exception {
        Path corpus = Files.writeString(dir.resolve("odd.jsonl"), "{\"id\": \"a\", \"language\": \"en\", "
                + "\"text\": \"hello\", \"spans\": [{\"start\": 0, \"end\": 5, \"type\": \"NOPE_TYPE\"}]}\n");

        int status = SluiceCli.commandLine().execute("eval", corpus.toString());

        assertThat(status).isZero();
        assertThat(console.err()).contains("no detector reports the gold types [NOPE_TYPE]");
    }

    @Test
    void missingCorpusExitsTwo() {
        int status = SluiceCli.commandLine().execute("eval", dir.resolve("absent.jsonl").toString());

        assertThat(status).isEqualTo(EvalCommand.CORPUS_ERROR);
        assertThat(console.err()).contains("corpus file not found");
    }

    @Test
    void relativeCorpusIsFoundUnderTheSluiceHome() throws Exception {
        Path corpus = dir.resolve("elsewhere").resolve("home-corpus.jsonl");
        Files.createDirectories(corpus.getParent());
        Files.writeString(corpus, "{\"id\": \"a\", \"text\": \"mail ana@example.com\", \"spans\": "
                + "[{\"start\": 5, \"end\": 20, \"type\": \"EMAIL_ADDRESS\"}]}\n");
        String previous = System.setProperty(SluiceHome.PROPERTY, dir.toString());
        try {
            int status = SluiceCli.commandLine().execute("eval", "elsewhere/home-corpus.jsonl");

            assertThat(status).isZero();
            assertThat(console.out()).contains("EMAIL_ADDRESS");
        } finally {
            if (previous == null) {
                System.clearProperty(SluiceHome.PROPERTY);
            } else {
                System.setProperty(SluiceHome.PROPERTY, previous);
            }
        }
    }

    @Test
    void invalidLineExitsTwoAndNamesIt() throws Exception {
        Path corpus = dir.resolve("corpus.jsonl");
        Files.writeString(corpus, "{\"id\": \"a\", \"text\": \"x\", \"spans\": []}\nnot json\n");

        int status = SluiceCli.commandLine().execute("eval", corpus.toString());

        assertThat(status).isEqualTo(EvalCommand.CORPUS_ERROR);
        assertThat(console.err()).contains("line 2");
    }
}
