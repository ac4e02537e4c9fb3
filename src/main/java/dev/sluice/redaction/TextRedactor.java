package dev.sluice.redaction;

import java.util.List;

import dev.sluice.detection.Finding;

/**
 * Replaces the spans of findings in a string with placeholders, leaving every other character untouched.
 */
public final class TextRedactor {

    private TextRedactor() {
    }

    /**
     * Returns {@code text} with each finding replaced by its placeholder.
     *
     * @param findings non-overlapping findings sorted by start, as the detection engine returns them
     * @throws IllegalStateException if findings overlap or fall outside the text: masking then cannot be trusted,
     *                               so the caller must fail closed
     */
    public static String redact(String text, List<Finding> findings, PlaceholderAllocator placeholders) {
        return redact(text, findings, (finding, value) -> placeholders.placeholderFor(finding.entityType(), value));
    }

    /**
     * Returns {@code text} with each finding replaced by what {@code replacement} returns for it.
     *
     * @param findings non-overlapping findings sorted by start, as the detection engine returns them
     * @throws IllegalStateException if findings overlap or fall outside the text
     */
    public static String redact(String text, List<Finding> findings, Replacement replacement) {
        if (findings.isEmpty()) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length() + 16 * findings.size());
        int copiedUpTo = 0;
        for (Finding finding : findings) {
            if (finding.start() < copiedUpTo || finding.end() > text.length()) {
                throw new IllegalStateException("finding of " + finding.detectorId() + " at [" + finding.start() + ", "
                        + finding.end() + ") overlaps another or exceeds the text length " + text.length());
            }
            out.append(text, copiedUpTo, finding.start());
            String value = text.substring(finding.start(), finding.end());
            out.append(replacement.apply(finding, value));
            copiedUpTo = finding.end();
        }
        out.append(text, copiedUpTo, text.length());
        return out.toString();
    }

    /** Replacement text for one finding. */
    @FunctionalInterface
    public interface Replacement {

        /** Returns the text that replaces {@code value}, the span of {@code finding}. */
        String apply(Finding finding, String value);
    }
}
