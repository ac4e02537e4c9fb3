package dev.sluice.keys;

/**
 * A keyset that cannot be used: missing, unreadable, invalid, or of the wrong kind. Messages name the reference
 * and what to do, and never contain key material.
 */
public final class KeyLoadException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public KeyLoadException(String message) {
        super(message);
    }

    public KeyLoadException(String message, Throwable cause) {
        super(message, cause);
    }
}
