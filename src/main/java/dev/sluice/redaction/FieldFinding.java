package dev.sluice.redaction;

import dev.sluice.detection.Finding;

/**
 * A finding together with the path of the field it was found in, for example {@code messages[2].content}.
 */
public record FieldFinding(String fieldPath, Finding finding) {
}
