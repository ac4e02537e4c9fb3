package dev.sluice.policy;

/**
 * A pipeline definition file that cannot be read or is invalid. The message names the file, the place and the fix.
 */
public class PipelineDefinitionException extends RuntimeException {

    public PipelineDefinitionException(String message) {
        super(message);
    }

    public PipelineDefinitionException(String message, Throwable cause) {
        super(message, cause);
    }
}
