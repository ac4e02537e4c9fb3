package dev.sluice.policy.vendor;

/**
 * A vendor policy that cannot be loaded. The message names the file and, where it can, the line, what is wrong and
 * what would be valid.
 */
public final class PolicyException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public PolicyException(String message) {
        super(message);
    }

    public PolicyException(String message, Throwable cause) {
        super(message, cause);
    }
}
