package dev.sluice.scan;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.sluice.detection.DetectionEngine;
import dev.sluice.detection.DetectionSettings;
import dev.sluice.detection.Finding;
import dev.sluice.detection.FindingCategory;
import dev.sluice.redaction.TextScanner;

class ScanRunnerTest {

    private static final DetectionEngine ENGINE = new DetectionEngine(
            new DetectionSettings(List.of("Kestrel"), List.of(), DetectionSettings.DEFAULT_PHONE_REGIONS));
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    private final ByteArrayOutputStream stdout = new ByteArrayOutputStream();
    private final ByteArrayOutputStream stderr = new ByteArrayOutputStream();

    @Test
    void plainTextIsMaskedAsOneText() throws Exception {
        Path input = write("notes.txt", "Mail ana.silva@example.com or call 312-555-0187.\n"
                + "Card 4111 1111 1111 1111 for Kestrel; cc ANA.SILVA@example.com and bo@example.org\n");

        int status = run(options(false, false), input.toString());

        assertThat(status).isZero();
        assertThat(output()).isEqualTo("Mail <EMAIL_ADDRESS_1> or call <PHONE_NUMBER_1>.\n"
                + "Card <CREDIT_CARD_1> for <CODENAME_1>; cc <EMAIL_ADDRESS_1> and <EMAIL_ADDRESS_2>\n");
        assertThat(errors()).isEmpty();
    }

    @Test
    void plainTextKeepsMissingFinalNewline() throws Exception {
        Path input = write("note.txt", "line one\nreach ana.silva@example.com");

        run(options(false, false), input.toString());

        assertThat(output()).isEqualTo("line one\nreach <EMAIL_ADDRESS_1>");
    }

    @Test
    void plainTextMasksPrivateKeyAcrossLines() throws Exception {
        String body = "MIIEvQIBADANBgkqhkiG9w0BAQEFAASCBKcwggSjAgEAAoIBAQC7VJTUt9Us8cKj";
        Path input = write("key.txt", "before\n-----BEGIN PRIVATE KEY-----\n" + body + "\n" + body
                + "\n-----END PRIVATE KEY-----\nafter\n");

        run(options(false, false), input.toString());

        assertThat(output()).isEqualTo("before\n<PRIVATE_KEY_1>\nafter\n");
    }

    @Test
    void placeholdersAreNumberedPerFile() throws Exception {
        Path first = write("a.txt", "from ana.silva@example.com\n");
        Path second = write("b.txt", "from bo.lind@example.net\n");

        run(options(false, false), first.toString(), second.toString());

        assertThat(output()).isEqualTo("from <EMAIL_ADDRESS_1>\nfrom <EMAIL_ADDRESS_1>\n");
    }

    @Test
    void jsonlReplacesTextAndCopiesOtherFields() throws Exception {
        Path input = write("in.jsonl",
                "{\"id\":\"r1\",\"text\":\"mail ana.silva@example.com\",\"meta\":{\"weight\":1.10,\"tags\":[\"a\"]}}\n"
                        + "{\"text\":\"call 312-555-0187 or bo.lind@example.net\",\"id\":\"r2\"}\n");

        int status = run(options(true, false), input.toString());

        assertThat(status).isZero();
        assertThat(outputLines()).containsExactly(
                "{\"id\":\"r1\",\"redacted\":\"mail <EMAIL_ADDRESS_1>\",\"meta\":{\"weight\":1.10,\"tags\":[\"a\"]}}",
                "{\"redacted\":\"call <PHONE_NUMBER_1> or <EMAIL_ADDRESS_1>\",\"id\":\"r2\"}");
    }

    @Test
    void jsonlNeverWritesOriginalText() throws Exception {
        Path input = write("in.jsonl", "{\"text\":\"mail ana.silva@example.com\",\"redacted\":\"stale\"}\n");

        run(options(true, false), input.toString());

        JsonNode record = JSON.readTree(outputLines().get(0));
        assertThat(record.has("text")).isFalse();
        assertThat(record.get("redacted").asText()).isEqualTo("mail <EMAIL_ADDRESS_1>");
        assertThat(output()).doesNotContain("ana.silva").doesNotContain("stale");
    }

    @Test
    void findingsGiveCodePointOffsets() throws Exception {
        String text = "\uD83D\uDE00\uD83D\uDE4F 你好 mail ana.silva@example.com, 电话 312-555-0187";
        Path input = write("in.jsonl", JSON.writeValueAsString(java.util.Map.of("text", text)) + "\n");

        run(options(true, true), input.toString());

        JsonNode record = JSON.readTree(outputLines().get(0));
        assertThat(record.get("redacted").asText())
                .isEqualTo("\uD83D\uDE00\uD83D\uDE4F 你好 mail <EMAIL_ADDRESS_1>, 电话 <PHONE_NUMBER_1>");
        JsonNode email = record.get("findings").get(0);
        assertThat(email.get("type").asText()).isEqualTo("EMAIL_ADDRESS");
        assertThat(email.get("detector").asText()).isEqualTo("email");
        assertThat(email.get("score").asDouble()).isBetween(0.5, 1.0);
        // Two emoji, a space, two CJK chars and " mail " make 11 code points (13 UTF-16 chars).
        assertThat(email.get("start").asInt()).isEqualTo(11);
        assertThat(email.get("end").asInt()).isEqualTo(11 + "ana.silva@example.com".length());
        assertThat(codePointSlice(text, email)).isEqualTo("ana.silva@example.com");
        JsonNode phone = record.get("findings").get(1);
        assertThat(phone.get("type").asText()).isEqualTo("PHONE_NUMBER");
        assertThat(codePointSlice(text, phone)).isEqualTo("312-555-0187");
    }

    @Test
    void findingsCountAstralCharsInsideSpan() throws Exception {
        String text = "\uD83D\uDC1F x\uD83D\uDC20\uD83D\uDC21y z";
        // The stub finding covers "x🐠🐡y": UTF-16 chars 3 to 9, code points 2 to 6.
        TextScanner scanner = scanned -> List.of(
                new Finding(3, 9, "CODENAME", FindingCategory.PROPRIETARY_MARKER, "stub", 1.0));
        Path input = write("fish.txt", text);

        run(scanner, options(false, true), input.toString());

        JsonNode record = JSON.readTree(outputLines().get(0));
        assertThat(record.get("redacted").asText()).isEqualTo("\uD83D\uDC1F <CODENAME_1> z");
        JsonNode finding = record.get("findings").get(0);
        assertThat(finding.get("start").asInt()).isEqualTo(2);
        assertThat(finding.get("end").asInt()).isEqualTo(6);
        assertThat(codePointSlice(text, finding)).isEqualTo("x\uD83D\uDC20\uD83D\uDC21y");
    }

    @Test
    void findingsInPlainModeOnePerFile() throws Exception {
        Path first = write("a.txt", "card 4111 1111 1111 1111\n");
        Path second = write("b.txt", "nothing here\n");

        run(options(false, true), first.toString(), second.toString());

        List<String> lines = outputLines();
        assertThat(lines).hasSize(2);
        JsonNode card = JSON.readTree(lines.get(0));
        assertThat(card.get("redacted").asText()).isEqualTo("card <CREDIT_CARD_1>\n");
        assertThat(card.get("findings").get(0).get("type").asText()).isEqualTo("CREDIT_CARD");
        assertThat(card.get("findings").get(0).get("start").asInt()).isEqualTo(5);
        assertThat(card.get("findings").get(0).get("end").asInt()).isEqualTo(24);
        JsonNode clean = JSON.readTree(lines.get(1));
        assertThat(clean.get("redacted").asText()).isEqualTo("nothing here\n");
        assertThat(clean.get("findings")).isEmpty();
    }

    @Test
    void invalidJsonLineIsReportedAndOthersContinue() throws Exception {
        Path input = write("in.jsonl", "{\"text\":\"one ana.silva@example.com\"}\n"
                + "not json bo.lind@example.net\n"
                + "{\"text\":\"three\"} trailing\n"
                + "{\"text\":\"four\"}\n");

        int status = run(options(true, false), input.toString());

        assertThat(status).isEqualTo(1);
        assertThat(outputLines()).containsExactly("{\"redacted\":\"one <EMAIL_ADDRESS_1>\"}", "{\"redacted\":\"four\"}");
        assertThat(errors()).contains(input + ":2: invalid JSON at column 1");
        assertThat(errors()).contains(input + ":3: invalid JSON");
        assertThat(errors()).doesNotContain("bo.lind");
    }

    @Test
    void missingOrNonStringTextIsReported() throws Exception {
        Path input = write("in.jsonl", "{\"id\":1}\n{\"text\":42}\n[\"text\"]\n{\"text\":\"ok\"}\n");

        int status = run(options(true, false), input.toString());

        assertThat(status).isEqualTo(1);
        assertThat(outputLines()).containsExactly("{\"redacted\":\"ok\"}");
        assertThat(errors()).contains(input + ":1: missing the string field \"text\"");
        assertThat(errors()).contains(input + ":2: field \"text\" is a number; expected a string");
        assertThat(errors()).contains(input + ":3: expected a JSON object with a string field \"text\", found an array");
    }

    @Test
    void nullOrEmptyTextGivesEmptyRedacted() throws Exception {
        Path input = write("in.jsonl", "{\"id\":1,\"text\":null}\n{\"id\":2,\"text\":\"\"}\n");

        int status = run(options(true, true), input.toString());

        assertThat(status).isZero();
        assertThat(outputLines()).containsExactly(
                "{\"id\":1,\"redacted\":\"\",\"findings\":[]}",
                "{\"id\":2,\"redacted\":\"\",\"findings\":[]}");
    }

    @Test
    void blankLinesAreSkipped() throws Exception {
        Path input = write("in.jsonl", "\n{\"text\":\"a\"}\n   \n{\"text\":\"b\"}\n\n");

        int status = run(options(true, false), input.toString());

        assertThat(status).isZero();
        assertThat(outputLines()).containsExactly("{\"redacted\":\"a\"}", "{\"redacted\":\"b\"}");
    }

    @Test
    void invalidUtf8LineIsReportedInJsonl() throws Exception {
        byte[] bad = "{\"text\":\"caf\u00e9 ".getBytes(StandardCharsets.UTF_8);
        Path input = dir.resolve("in.jsonl");
        Files.write(input, concat("{\"text\":\"one\"}\n".getBytes(StandardCharsets.UTF_8),
                bad, new byte[] {(byte) 0xC3, (byte) 0x28, '"', '}', '\n'},
                "{\"text\":\"three\"}\n".getBytes(StandardCharsets.UTF_8)));

        int status = run(options(true, false), input.toString());

        assertThat(status).isEqualTo(1);
        assertThat(outputLines()).containsExactly("{\"redacted\":\"one\"}", "{\"redacted\":\"three\"}");
        assertThat(errors()).contains(input + ":2: not valid UTF-8");
    }

    @Test
    void plainInvalidUtf8WritesNothing() throws Exception {
        Path input = dir.resolve("notes.txt");
        Files.write(input, concat("ana.silva@example.com\nfine\n".getBytes(StandardCharsets.UTF_8),
                new byte[] {'x', (byte) 0xFF, '\n'}));

        int status = run(options(false, false), input.toString());

        assertThat(status).isEqualTo(1);
        assertThat(output()).isEmpty();
        assertThat(errors()).contains(input + ":3: not valid UTF-8");
    }

    @Test
    void manyFailedLinesAreCountedNotListed() throws Exception {
        Path input = write("in.jsonl", "{}\n".repeat(ErrorLog.MAX_LISTED + 5));

        int status = run(options(true, false), input.toString());

        assertThat(status).isEqualTo(1);
        assertThat(errors().lines().filter(line -> line.contains("missing the string field"))).hasSize(
                ErrorLog.MAX_LISTED);
        assertThat(errors()).contains("5 more failed lines not listed (25 in all)");
    }

    @Test
    void missingFileExitsTwoBeforeWriting() throws Exception {
        Path present = write("a.txt", "hello\n");
        Path absent = dir.resolve("absent.txt");

        int status = run(options(false, false), present.toString(), absent.toString());

        assertThat(status).isEqualTo(2);
        assertThat(output()).isEmpty();
        assertThat(errors()).contains(absent + ": file not found");
    }

    @Test
    void directoryExitsTwo() throws Exception {
        int status = run(options(false, false), dir.toString());

        assertThat(status).isEqualTo(2);
        assertThat(errors()).contains(dir + ": is a directory");
    }

    @Test
    void stdinIsReadWhenNoFileGiven() throws Exception {
        byte[] in = "{\"text\":\"call +44 20 7946 0123\"}\n".getBytes(StandardCharsets.UTF_8);

        int status = run(ENGINE::scan, options(true, false), new ByteArrayInputStream(in));

        assertThat(status).isZero();
        assertThat(outputLines()).containsExactly("{\"redacted\":\"call <PHONE_NUMBER_1>\"}");
    }

    @Test
    void dashReadsStdinBetweenFiles() throws Exception {
        Path first = write("a.txt", "first ana.silva@example.com\n");
        byte[] in = "middle Kestrel\n".getBytes(StandardCharsets.UTF_8);

        int status = run(ENGINE::scan, options(false, false), new ByteArrayInputStream(in), first.toString(), "-");

        assertThat(status).isZero();
        assertThat(output()).isEqualTo("first <EMAIL_ADDRESS_1>\nmiddle <CODENAME_1>\n");
    }

    @Test
    void stdinErrorsNameStdin() throws Exception {
        byte[] in = "{\"id\":7}\n".getBytes(StandardCharsets.UTF_8);

        run(ENGINE::scan, options(true, false), new ByteArrayInputStream(in));

        assertThat(errors()).contains("<stdin>:1: missing the string field \"text\"");
    }

    @Test
    void unpairedSurrogateIsWrittenEscaped() throws Exception {
        Path input = write("in.jsonl", "{\"text\":\"\\ud83d mail ana.silva@example.com\"}\n");

        int status = run(options(true, false), input.toString());

        assertThat(status).isZero();
        assertThat(outputLines()).containsExactly("{\"redacted\":\"\\uD83D mail <EMAIL_ADDRESS_1>\"}");
    }

    @Test
    void byteOrderMarkOnFirstLineIsIgnored() throws Exception {
        Path input = write("in.jsonl", "\uFEFF{\"text\":\"ana.silva@example.com\"}\n");

        int status = run(options(true, false), input.toString());

        assertThat(status).isZero();
        assertThat(outputLines()).containsExactly("{\"redacted\":\"<EMAIL_ADDRESS_1>\"}");
    }

    @Test
    void scanFailureSkipsLine() throws Exception {
        TextScanner failing = text -> {
            if (text.contains("boom")) {
                throw new IllegalStateException("detector failed");
            }
            return List.of();
        };
        Path input = write("in.jsonl", "{\"text\":\"boom\"}\n{\"text\":\"fine\"}\n");

        int status = run(failing, options(true, false), input.toString());

        assertThat(status).isEqualTo(1);
        assertThat(outputLines()).containsExactly("{\"redacted\":\"fine\"}");
        assertThat(errors()).contains(input + ":1: scan failed (java.lang.IllegalStateException)");
    }

    @Test
    void linesLongerThanReadBufferAreWhole() throws Exception {
        String padding = "word ".repeat(30_000);
        Path input = write("in.jsonl", "{\"text\":\"" + padding + "ana.silva@example.com\"}\n");

        run(options(true, false), input.toString());

        assertThat(JSON.readTree(outputLines().get(0)).get("redacted").asText())
                .isEqualTo(padding + "<EMAIL_ADDRESS_1>");
    }

    private static ScanOptions options(boolean jsonl, boolean findings) {
        return new ScanOptions(jsonl, findings);
    }

    private int run(ScanOptions options, String... inputs) throws IOException {
        return run(ENGINE::scan, options, new ByteArrayInputStream(new byte[0]), inputs);
    }

    private int run(TextScanner scanner, ScanOptions options, String... inputs) throws IOException {
        return run(scanner, options, new ByteArrayInputStream(new byte[0]), inputs);
    }

    private int run(TextScanner scanner, ScanOptions options, InputStream stdin, String... inputs)
            throws IOException {
        PrintStream err = new PrintStream(stderr, true, StandardCharsets.UTF_8);
        return new ScanRunner(scanner, options, stdin, stdout, err).run(List.of(inputs));
    }

    private Path write(String name, String content) throws IOException {
        return Files.writeString(dir.resolve(name), content, StandardCharsets.UTF_8);
    }

    private String output() {
        return stdout.toString(StandardCharsets.UTF_8);
    }

    private List<String> outputLines() {
        return output().lines().toList();
    }

    private String errors() {
        return stderr.toString(StandardCharsets.UTF_8);
    }

    private static String codePointSlice(String text, JsonNode finding) {
        int start = finding.get("start").asInt();
        int end = finding.get("end").asInt();
        return text.codePoints().skip(start).limit(end - start)
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
    }

    private static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream joined = new ByteArrayOutputStream();
        for (byte[] part : parts) {
            joined.writeBytes(part);
        }
        return joined.toByteArray();
    }
}
