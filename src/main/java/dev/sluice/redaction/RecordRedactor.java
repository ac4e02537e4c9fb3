package dev.sluice.redaction;


/**
 * Starts a {@link RecordRedaction} per record over a shared, thread-safe scanner.
 */
public final class RecordRedactor {

    private final TextScanner scanner;

    public RecordRedactor(TextScanner scanner) {
        this.scanner = scanner;
    }

    public RecordRedaction begin() {
        return new RecordRedaction(scanner);
    }
}
