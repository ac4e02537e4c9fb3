package dev.sluice.detection;

/**
 * Moves span edges in the original text so that a span never cuts a surrogate pair or a combining sequence. A start
 * moves back to its base char, and an end moves forward past the marks that belong to the char before it.
 */
final class GraphemeEdges {

    private GraphemeEdges() {
    }

    /** Returns {@code start}, or the earlier offset of the base char when {@code start} is inside its sequence. */
    static int startAtOrBefore(String text, int start) {
        int edge = start;
        if (edge > 0 && edge < text.length() && Character.isLowSurrogate(text.charAt(edge))
                && Character.isHighSurrogate(text.charAt(edge - 1))) {
            edge--;
        }
        while (edge > 0 && edge < text.length() && MatchingChars.extendsPrevious(text.codePointAt(edge))) {
            edge -= Character.charCount(text.codePointBefore(edge));
        }
        return edge;
    }

    /** Returns {@code end}, or the later offset past the rest of the pair or sequence that {@code end} cuts. */
    static int endAtOrAfter(String text, int end) {
        int edge = end;
        if (edge > 0 && edge < text.length() && Character.isLowSurrogate(text.charAt(edge))
                && Character.isHighSurrogate(text.charAt(edge - 1))) {
            edge++;
        }
        while (edge > 0 && edge < text.length() && MatchingChars.extendsPrevious(text.codePointAt(edge))) {
            edge += Character.charCount(text.codePointAt(edge));
        }
        return edge;
    }
}
