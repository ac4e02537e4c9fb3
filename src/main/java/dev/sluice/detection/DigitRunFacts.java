package dev.sluice.detection;

import java.util.Arrays;

/**
 * Facts about the digit runs of one {@link ScanContext} that several detectors need, computed once per text from
 * the run offsets alone. The detectors of long numbers start at a digit run only when enough digits follow it
 * closely, and prose holds thousands of short numbers ("2024", "3,4", "19 %") that never qualify. Each such
 * detector used to test every run itself; these lists let all of them skip the short numbers at once.
 *
 * <p>Immutable, so one instance may be read on several threads.
 */
final class DigitRunFacts {

    /** Width of the window, from a run's start, in which {@link #runsWithDigitsWithin} counts digits. */
    static final int NUMBER_WINDOW_CHARS = 21;

    /** Fewest digits in that window for a run to be listed by {@link #runsWithDigitsWithin}. */
    static final int NUMBER_MIN_DIGITS = 8;

    /** Fewest digits of a run listed by {@link #runsOfAtLeast}. */
    static final int LONG_RUN_DIGITS = 7;

    private final ScanContext context;
    private final int[] numberRuns;
    private final int[] longRuns;

    private DigitRunFacts(ScanContext context, int[] numberRuns, int[] longRuns) {
        this.context = context;
        this.numberRuns = numberRuns;
        this.longRuns = longRuns;
    }

    /** Computes the facts for the digit runs of {@code context}, reading only their offsets. */
    static DigitRunFacts of(ScanContext context) {
        int runs = context.digitRunCount();
        int[] numberRuns = new int[runs];
        int numberCount = 0;
        int[] longRuns = new int[runs];
        int longCount = 0;

        // A sliding window over the runs: [run, next) are the runs that start before the window's limit, and
        // fullDigits counts all their digits. Only the last of them can reach past the limit, because runs are
        // disjoint and ascending.
        int next = 0;
        int fullDigits = 0;
        for (int run = 0; run < runs; run++) {
            int length = context.digitRunEnd(run) - context.digitRunStart(run);
            if (length >= LONG_RUN_DIGITS) {
                longRuns[longCount++] = run;
            }

            int limit = context.digitRunStart(run) + NUMBER_WINDOW_CHARS;
            while (next < runs && context.digitRunStart(next) < limit) {
                fullDigits += context.digitRunEnd(next) - context.digitRunStart(next);
                next++;
            }
            int digits = fullDigits - Math.max(0, context.digitRunEnd(next - 1) - limit);
            if (digits >= NUMBER_MIN_DIGITS) {
                numberRuns[numberCount++] = run;
            }
            fullDigits -= length;
        }
        return new DigitRunFacts(context, Arrays.copyOf(numberRuns, numberCount), Arrays.copyOf(longRuns, longCount));
    }

    /**
     * Returns, ascending, the indices of the digit runs that have at least {@code minDigits} digits in the runs
     * that start within {@code windowChars} chars from the run's start, counted up to that window's end. The
     * list may hold more runs than that, but never fewer: it is the shared list of runs with
     * {@value #NUMBER_MIN_DIGITS} digits within {@value #NUMBER_WINDOW_CHARS} chars when the request is at least
     * as strict, and every run otherwise. The caller must not modify the array.
     */
    int[] runsWithDigitsWithin(int windowChars, int minDigits) {
        if (windowChars <= NUMBER_WINDOW_CHARS && minDigits >= NUMBER_MIN_DIGITS) {
            return numberRuns;
        }
        return allRuns();
    }

    /**
     * Returns, ascending, the indices of the digit runs of at least {@code minDigits} digits. The list may hold
     * more runs than that, but never fewer: it is the shared list of runs of {@value #LONG_RUN_DIGITS} digits
     * when the request is at least as strict, and every run otherwise. The caller must not modify the array.
     */
    int[] runsOfAtLeast(int minDigits) {
        return minDigits >= LONG_RUN_DIGITS ? longRuns : allRuns();
    }

    private int[] allRuns() {
        int[] all = new int[context.digitRunCount()];
        Arrays.setAll(all, run -> run);
        return all;
    }
}
