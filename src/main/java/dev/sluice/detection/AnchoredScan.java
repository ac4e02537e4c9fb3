package dev.sluice.detection;

import com.google.re2j.Matcher;
import com.google.re2j.Pattern;

/**
 * Runs a pattern anchored at chosen start positions instead of searching the whole text. It serves patterns that
 * begin with a class matching most chars (hex digits, capital letters), because an unanchored RE2/J search would
 * start a match attempt at nearly every position.
 */
final class AnchoredScan {

    /** Cheap test of whether a match may start at {@code start}; it may read up to the minimum match length. */
    interface StartTest {
        boolean mayStartAt(String text, int start);
    }

    /** Receives one anchored match; returns true if it became a finding, so the scan resumes after it. */
    interface MatchHandler {
        boolean accept(Matcher matcher, int start, int end);
    }

    private AnchoredScan() {
    }

    /**
     * Tries {@code pattern} with {@code lookingAt()} at every start that passes {@code startTest}, on a window of at
     * most {@code maxChars} chars, and hands each match to {@code handler}.
     */
    static void run(String text, Pattern pattern, int minChars, int maxChars, StartTest startTest,
            MatchHandler handler) {
        int last = text.length() - minChars;
        for (int start = 0; start <= last; start++) {
            if (!startTest.mayStartAt(text, start)) {
                continue;
            }
            Matcher matcher = pattern.matcher(new TextWindow(text, start, Math.min(text.length(), start + maxChars)));
            if (!matcher.lookingAt()) {
                continue;
            }
            int end = start + matcher.end();
            if (handler.accept(matcher, start, end)) {
                start = end - 1;
            }
        }
    }

    /**
     * Does what {@link #run} does, trying only the ascending offsets {@code starts}, which must include every
     * offset that passes {@code startTest}.
     */
    static void runAt(String text, int[] starts, int startCount, Pattern pattern, int minChars, int maxChars,
            StartTest startTest, MatchHandler handler) {
        int last = text.length() - minChars;
        int resumeAt = 0;
        for (int i = 0; i < startCount; i++) {
            int start = starts[i];
            if (start < resumeAt || start > last || !startTest.mayStartAt(text, start)) {
                continue;
            }
            Matcher matcher = pattern.matcher(new TextWindow(text, start, Math.min(text.length(), start + maxChars)));
            if (!matcher.lookingAt()) {
                continue;
            }
            int end = start + matcher.end();
            if (handler.accept(matcher, start, end)) {
                resumeAt = end;
            }
        }
    }

    /**
     * Reports the matches that a {@code find()} loop of {@code pattern} over the whole text reports, given
     * {@code starts}: ascending offsets that include every offset where a match can start, such as the
     * occurrences of the literal that begins every match. The pattern runs with {@code lookingAt()} at each start
     * after the end of the previous match, on a window of at most {@code maxChars} chars, which must be at least
     * the longest match. The pattern must not need anything before its start (no {@code ^}, no {@code \b}).
     * Each match goes to {@code handler}, whose result is ignored: like the {@code find()} loop, the scan always
     * resumes after the match.
     */
    static void findAtStarts(String text, int[] starts, Pattern pattern, int maxChars, MatchHandler handler) {
        int searchFrom = 0;
        for (int start : starts) {
            if (start < searchFrom) {
                continue;
            }
            int windowEnd = start + Math.min(maxChars, text.length() - start);
            Matcher matcher = pattern.matcher(new TextWindow(text, start, windowEnd));
            if (!matcher.lookingAt()) {
                continue;
            }
            int end = start + matcher.end();
            handler.accept(matcher, start, end);
            searchFrom = Math.max(end, start + 1);
        }
    }
}
