package dev.sluice.demo;

/**
 * An events file the demo cannot use. The message names the file and line.
 */
public class InputFileException extends RuntimeException {

    public InputFileException(String message) {
        super(message);
    }

    public InputFileException(String message, Throwable cause) {
        super(message, cause);
    }
}
