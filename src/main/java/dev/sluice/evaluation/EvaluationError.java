package dev.sluice.evaluation;

/**
 * One disagreement between the engine and the gold spans, for the list of known misses.
 *
 * @param exampleId id of the corpus example
 * @param kind      MISSED for a gold span without an exact finding, SPURIOUS for a finding without an exact
 *                  gold span
 * @param type      entity type of the gold span (MISSED) or of the finding (SPURIOUS)
 * @param start     start of that span in UTF-16 chars
 * @param end       end of that span in UTF-16 chars
 * @param text      the span's text
 * @param detail    what the other side had at that place, for example "found as PASSWORD [12, 52)"
 */
public record EvaluationError(String exampleId, Kind kind, String type, int start, int end, String text,
        String detail) {

    public enum Kind { MISSED, SPURIOUS }
}
