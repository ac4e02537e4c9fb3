package dev.sluice.policy.vendor;

import java.util.Objects;

/**
 * One line of a policy's {@code fields} section: a path pattern and what happens to the fields it matches.
 */
public record FieldRule(FieldPath path, FieldAction action) {

    public FieldRule {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(action, "action");
    }
}
