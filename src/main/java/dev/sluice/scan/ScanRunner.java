package dev.sluice.scan;

import java.io.BufferedWriter;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.sluice.detection.Finding;
import dev.sluice.redaction.PlaceholderAllocator;
import dev.sluice.redaction.StrictUtf8;
import dev.sluice.redaction.TextRedactor;
import dev.sluice.redaction.TextScanner;
import dev.sluice.scan.ByteLineReader.Line;
import dev.sluice.scan.ScanJson.ScannedText;

/**
 * Masks text files or standard input for {@code sluice scan} and writes the result to standard output.
 *
 * <p>Plain mode scans each input as one text, because a finding such as a private key block spans lines. With
 * {@link ScanOptions#jsonl()} each line is read, scanned and written before the next one is read. Placeholders are
 * numbered per input in plain mode and per line in JSON-lines mode.
 *
 * <p>Exit status of {@link #run}: {@value #OK} when every input was scanned, {@value #SOME_FAILED} when a line or an
 * input failed (invalid UTF-8, invalid JSON, no string {@code text} field, a scan error) and nothing was written for
 * it, {@value #INPUT_ERROR} when a file is missing or cannot be read.
 */
public final class ScanRunner {

    public static final String STDIN = "-";
    public static final int OK = 0;
    public static final int SOME_FAILED = 1;
    public static final int INPUT_ERROR = 2;

    static final String PREFIX = "sluice scan: ";
    private static final String STDIN_NAME = "<stdin>";
    private static final char BYTE_ORDER_MARK = '\uFEFF';

    private final TextScanner scanner;
    private final ScanOptions options;
    private final InputStream stdin;
    private final OutputStream stdout;
    private final Writer out;
    private final PrintStream err;
    private final ScanJson json = new ScanJson();

    public ScanRunner(TextScanner scanner, ScanOptions options, InputStream stdin, OutputStream stdout,
            PrintStream err) {
        this.scanner = scanner;
        this.options = options;
        this.stdin = stdin;
        this.stdout = stdout;
        this.out = new BufferedWriter(new OutputStreamWriter(stdout, StandardCharsets.UTF_8));
        this.err = err;
    }

    /**
     * Scans every input in order. An input is a file path or {@value #STDIN} for standard input, and an empty list
     * reads standard input. Checks that every file exists before it writes anything.
     *
     * @return the exit status, see the class documentation
     * @throws IOException if writing to standard output fails
     */
    public int run(List<String> inputs) throws IOException {
        List<String> names = inputs.isEmpty() ? List.of(STDIN) : inputs;
        if (!allFilesReadable(names)) {
            return INPUT_ERROR;
        }
        int status = OK;
        for (String name : names) {
            status = Math.max(status, scanInput(name));
            out.flush();
            if (stdout instanceof PrintStream printStream && printStream.checkError()) {
                throw new IOException("writing to standard output failed");
            }
        }
        return status;
    }

    private boolean allFilesReadable(List<String> names) {
        boolean readable = true;
        for (String name : names) {
            if (name.equals(STDIN)) {
                continue;
            }
            Path path = Path.of(name);
            String problem = !Files.exists(path) ? "file not found"
                    : Files.isDirectory(path) ? "is a directory; give a file"
                    : !Files.isReadable(path) ? "file is not readable"
                    : null;
            if (problem != null) {
                err.println(PREFIX + name + ": " + problem);
                readable = false;
            }
        }
        return readable;
    }

    private int scanInput(String name) throws IOException {
        String displayName = name.equals(STDIN) ? STDIN_NAME : name;
        ErrorLog errors = new ErrorLog(err, displayName);
        // Standard input stays open so that a later "-" or the caller can still use it.
        try (InputStream in = open(name)) {
            ReadFailureInput guarded = new ReadFailureInput(in);
            int status = options.jsonl() ? scanLines(guarded, errors) : scanWhole(displayName, guarded, errors);
            errors.finish();
            return status;
        } catch (ReadFailure e) {
            errors.finish();
            err.println(PREFIX + displayName + ": read failed: " + e.getCause());
            return INPUT_ERROR;
        }
    }

    private InputStream open(String name) throws ReadFailure {
        if (name.equals(STDIN)) {
            return new UnclosedInput(stdin);
        }
        try {
            return Files.newInputStream(Path.of(name));
        } catch (IOException e) {
            throw new ReadFailure(e);
        }
    }

    private int scanWhole(String displayName, InputStream in, ErrorLog errors) throws IOException {
        ByteLineReader reader = new ByteLineReader(in);
        StringBuilder text = new StringBuilder();
        long lineNumber = 0;
        for (Line line = reader.next(); line != null; line = reader.next()) {
            lineNumber++;
            Optional<String> decoded = StrictUtf8.decode(line.bytes());
            if (decoded.isEmpty()) {
                errors.lineError(lineNumber, "not valid UTF-8");
            } else if (errors.count() == 0) {
                text.append(decoded.get());
                if (line.terminated()) {
                    text.append('\n');
                }
            }
        }
        if (errors.count() > 0) {
            err.println(PREFIX + displayName + ": not scanned because it is not valid UTF-8; nothing written for it");
            return SOME_FAILED;
        }

        ScannedText scanned;
        try {
            scanned = scan(text.toString());
        } catch (RuntimeException e) {
            err.println(PREFIX + displayName + ": scan failed (" + e.getClass().getName()
                    + "); nothing written for it");
            return SOME_FAILED;
        }
        if (options.findings()) {
            out.write(json.write(json.findingsRecord(scanned)));
            out.write('\n');
        } else {
            out.write(scanned.redacted());
        }
        return OK;
    }

    private int scanLines(InputStream in, ErrorLog errors) throws IOException {
        ByteLineReader reader = new ByteLineReader(in);
        long lineNumber = 0;
        for (Line line = reader.next(); line != null; line = reader.next()) {
            lineNumber++;
            Optional<String> decoded = StrictUtf8.decode(line.bytes());
            if (decoded.isEmpty()) {
                errors.lineError(lineNumber, "not valid UTF-8");
                continue;
            }
            String content = decoded.get();
            if (lineNumber == 1 && !content.isEmpty() && content.charAt(0) == BYTE_ORDER_MARK) {
                content = content.substring(1);
            }
            if (content.isBlank()) {
                continue;
            }
            String problem = scanJsonLine(content);
            if (problem != null) {
                errors.lineError(lineNumber, problem);
            }
        }
        return errors.count() > 0 ? SOME_FAILED : OK;
    }

    /** Scans one JSON line and writes its output. Returns null on success, or the error message without writing. */
    private String scanJsonLine(String line) throws IOException {
        JsonNode parsed;
        try {
            parsed = json.parse(line);
        } catch (StreamConstraintsException e) {
            return "exceeds a JSON parser limit: " + e.getOriginalMessage();
        } catch (JsonProcessingException e) {
            // The parser's message quotes the offending input, which may be sensitive, so only the column is shown.
            return "invalid JSON at column " + e.getLocation().getColumnNr() + "; expected one JSON object per line";
        }
        if (!(parsed instanceof ObjectNode record)) {
            return "expected a JSON object with a string field \"text\", found " + describe(parsed);
        }
        JsonNode textNode = record.get(ScanJson.TEXT);
        if (textNode == null) {
            return "missing the string field \"text\"";
        }
        if (!textNode.isTextual() && !textNode.isNull()) {
            return "field \"text\" is " + describe(textNode) + "; expected a string";
        }

        ScannedText scanned;
        try {
            scanned = scan(textNode.isNull() ? "" : textNode.textValue());
        } catch (RuntimeException e) {
            return "scan failed (" + e.getClass().getName() + "); nothing written for this line";
        }
        out.write(json.write(json.maskedRecord(record, scanned, options.findings())));
        out.write('\n');
        return null;
    }

    private ScannedText scan(String text) {
        List<Finding> findings = scanner.scan(text);
        String redacted = TextRedactor.redact(text, findings, new PlaceholderAllocator());
        return new ScannedText(text, findings, redacted);
    }

    private static String describe(JsonNode node) {
        return switch (node.getNodeType()) {
            case ARRAY -> "an array";
            case OBJECT -> "an object";
            case NUMBER -> "a number";
            case BOOLEAN -> "a boolean";
            case NULL -> "null";
            case STRING -> "a string";
            default -> node.getNodeType().name().toLowerCase(java.util.Locale.ROOT);
        };
    }

    /** An input that failed while being read, as opposed to a failed write to standard output. */
    private static final class ReadFailure extends IOException {
        ReadFailure(IOException cause) {
            super(cause);
        }
    }

    /** Marks every read failure of the wrapped input as a {@link ReadFailure}. */
    private static final class ReadFailureInput extends FilterInputStream {
        ReadFailureInput(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            try {
                return super.read();
            } catch (IOException e) {
                throw new ReadFailure(e);
            }
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            try {
                return super.read(buffer, offset, length);
            } catch (IOException e) {
                throw new ReadFailure(e);
            }
        }
    }

    /** Standard input that {@code close()} leaves open. */
    private static final class UnclosedInput extends FilterInputStream {
        UnclosedInput(InputStream in) {
            super(in);
        }

        @Override
        public void close() {
        }
    }
}
