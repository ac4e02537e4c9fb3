package dev.sluice.detection;

import com.google.re2j.Matcher;
import com.google.re2j.Pattern;

/**
 * Runs a detector's RE2/J pattern only inside windows that a hand-written char scan found, instead of an
 * unanchored search over the whole text. RE2/J simulates an NFA and starts a match attempt at almost every
 * position of an unanchored search, so searching only the few windows that can contain a match is much faster.
 *
 * <p>Each window must contain every match that the unanchored search would report in it. A maximal run of the
 * chars a pattern can match is such a window, because no match crosses a char outside the pattern's char set. So
 * is a window that starts where a match may start and is at least as long as the longest possible match. Both
 * arguments fail for patterns with anchors or word boundaries, and none of the windowed patterns have them.
 */
final class CandidateSpans {

    /** Receives the span {@code [start, end)} of one pattern match, in offsets of the whole text. */
    @FunctionalInterface
    interface Consumer {
        void accept(int start, int end);
    }

    /** Reports every match of a detector's candidate pattern in {@code text}, left to right. */
    @FunctionalInterface
    interface Source {
        void forEach(String text, Consumer consumer);
    }

    private CandidateSpans() {
    }

    /**
     * Reports each match of a {@code find()} loop over {@code text[start, end)}, which must be a window that
     * contains every match that overlaps it.
     */
    static void findAll(Pattern pattern, String text, int start, int end, Consumer consumer) {
        Matcher matcher = pattern.matcher(new TextWindow(text, start, end));
        while (matcher.find()) {
            consumer.accept(start + matcher.start(), start + matcher.end());
        }
    }

    /**
     * Returns the end offset of the match of {@code pattern} anchored at {@code start}, or -1 when none starts
     * there. The match never extends beyond {@code start + maxLength}, which must be at least the longest match
     * the pattern allows.
     */
    static int matchEndAt(Pattern pattern, String text, int start, int maxLength) {
        Matcher matcher = pattern.matcher(new TextWindow(text, start, Math.min(text.length(), start + maxLength)));
        return matcher.lookingAt() ? start + matcher.end() : -1;
    }
}
