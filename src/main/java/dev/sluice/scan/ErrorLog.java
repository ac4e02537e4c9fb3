package dev.sluice.scan;

import java.io.PrintStream;

/**
 * Writes the errors of one input to standard error as {@code sluice scan: FILE:LINE: message}. After
 * {@value #MAX_LISTED} errors it only counts, so that a binary file passed by mistake does not flood the terminal.
 */
final class ErrorLog {

    static final int MAX_LISTED = 20;

    private final PrintStream err;
    private final String inputName;
    private int count;

    ErrorLog(PrintStream err, String inputName) {
        this.err = err;
        this.inputName = inputName;
    }

    void lineError(long lineNumber, String message) {
        count++;
        if (count <= MAX_LISTED) {
            err.println(ScanRunner.PREFIX + inputName + ":" + lineNumber + ": " + message);
        }
    }

    int count() {
        return count;
    }

    /** Writes how many errors were not listed, if any. */
    void finish() {
        if (count > MAX_LISTED) {
            err.println(ScanRunner.PREFIX + inputName + ": " + (count - MAX_LISTED) + " more failed lines not listed ("
                    + count + " in all)");
        }
    }
}
