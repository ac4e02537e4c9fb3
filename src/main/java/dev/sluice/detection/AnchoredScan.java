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
}
