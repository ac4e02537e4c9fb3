package dev.sluice.evaluation;

import java.util.List;
import java.util.Objects;

/**
 * One line of the evaluation corpus: a text and every span in it that the engine should report. An example
 * without spans is a hard negative, on which every finding is a false positive.
 *
 * @param id       stable id, "language-template-variant"
 * @param language ISO 639-1 code of the prose around the spans
 * @param text     the scanned text
 * @param spans    gold spans in UTF-16 offsets, sorted by start and not overlapping
 */
public record LabeledExample(String id, String language, String text, List<LabeledSpan> spans) {

    public LabeledExample {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(text, "text");
        spans = List.copyOf(spans);
        for (LabeledSpan span : spans) {
            if (span.end() > text.length()) {
                throw new IllegalArgumentException("span [" + span.start() + ", " + span.end()
                        + ") runs past the end of example " + id + " (" + text.length() + " chars)");
            }
        }
    }

    public String textOf(LabeledSpan span) {
        return text.substring(span.start(), span.end());
    }
}
