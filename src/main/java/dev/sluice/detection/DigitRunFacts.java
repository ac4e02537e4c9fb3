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

    /** Fewest digits of a chain of runs whose first run {@link #longChainRuns} lists. */
    static final int CHAIN_MIN_DIGITS = 12;

    // Indices of the lists while one loop fills them.
    private static final int NUMBER = 0;
    private static final int LONG = 1;
    private static final int DOTTED_QUAD = 2;
    private static final int THREE_GROUPS = 3;
    private static final int NINO = 4;
    private static final int LONG_CHAIN = 5;
    private static final int LISTS = 6;

    private final ScanContext context;
    private final int[] numberRuns;
    private final int[] longRuns;
    private final int[] dottedQuadRuns;
    private final int[] threeGroupRuns;
    private final int[] ninoRuns;
    private final int[] longChainRuns;

    private DigitRunFacts(ScanContext context, int[][] lists) {
        this.context = context;
        this.numberRuns = lists[NUMBER];
        this.longRuns = lists[LONG];
        this.dottedQuadRuns = lists[DOTTED_QUAD];
        this.threeGroupRuns = lists[THREE_GROUPS];
        this.ninoRuns = lists[NINO];
        this.longChainRuns = lists[LONG_CHAIN];
    }

    /** Computes the facts for the digit runs of {@code context} in one loop, reading only their offsets. */
    static DigitRunFacts of(ScanContext context) {
        int runs = context.digitRunCount();
        int[] starts = new int[runs + 1];
        int[] ends = new int[runs + 1];
        for (int run = 0; run < runs; run++) {
            starts[run] = context.digitRunStart(run);
            ends[run] = context.digitRunEnd(run);
        }
        // A sentinel run that no run is followed by directly and that no window reaches.
        starts[runs] = Integer.MAX_VALUE;
        ends[runs] = Integer.MAX_VALUE;

        int[][] lists = new int[LISTS][runs];
        int[] counts = new int[LISTS];

        // A sliding window over the runs: [run, next) are the runs that start before the window's limit, and
        // fullDigits counts all their digits. Only the last of them can reach past the limit, because runs are
        // disjoint and ascending.
        int next = 0;
        int fullDigits = 0;
        int chainStart = 0;
        int chainDigits = 0;
        for (int run = 0; run < runs; run++) {
            int length = ends[run] - starts[run];

            // A chain of runs one char apart ends at the first run not followed directly.
            chainDigits += length;
            if (starts[run + 1] != ends[run] + 1) {
                if (chainDigits >= CHAIN_MIN_DIGITS) {
                    lists[LONG_CHAIN][counts[LONG_CHAIN]++] = chainStart;
                }
                chainStart = run + 1;
                chainDigits = 0;
            }

            int limit = starts[run] + NUMBER_WINDOW_CHARS;
            while (starts[next] < limit) {
                fullDigits += ends[next] - starts[next];
                next++;
            }
            int digits = fullDigits - Math.max(0, ends[next - 1] - limit);
            fullDigits -= length;
            if (digits >= NUMBER_MIN_DIGITS) {
                lists[NUMBER][counts[NUMBER]++] = run;
            }
            if (length >= LONG_RUN_DIGITS) {
                lists[LONG][counts[LONG]++] = run;
            }
            if (length == 6) {
                lists[NINO][counts[NINO]++] = run;
            }

            // The shapes of runs one char apart. A run followed directly is never the last, so run + 2 exists,
            // and the sentinel is never followed directly.
            if (starts[run + 1] != ends[run] + 1 || starts[run + 2] != ends[run + 1] + 1) {
                continue;
            }
            int secondLength = ends[run + 1] - starts[run + 1];
            int thirdLength = ends[run + 2] - starts[run + 2];
            if (run + 3 < runs && starts[run + 3] == ends[run + 2] + 1) {
                lists[DOTTED_QUAD][counts[DOTTED_QUAD]++] = run;
            }
            if (length >= 3 && secondLength == 2 && thirdLength >= 4) {
                lists[THREE_GROUPS][counts[THREE_GROUPS]++] = run;
            }
            if (length == 2 && secondLength == 2 && thirdLength == 2) {
                lists[NINO][counts[NINO]++] = run;
            }
        }
        for (int list = 0; list < LISTS; list++) {
            lists[list] = Arrays.copyOf(lists[list], counts[list]);
        }
        return new DigitRunFacts(context, lists);
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

    /**
     * Returns, ascending, the indices of the runs that start four runs, each one char after the one before, as
     * the four octets of a dotted IPv4 address do. The caller must not modify the array.
     */
    int[] dottedQuadRuns() {
        return dottedQuadRuns;
    }

    /**
     * Returns, ascending, the indices of the runs of at least three digits followed, one char apart, by a run of
     * exactly two digits and then a run of at least four: the groups of "078-05-1120" and "912 70 1234", where
     * the first group is the last three digits of its run. The caller must not modify the array.
     */
    int[] threeGroupRuns() {
        return threeGroupRuns;
    }

    /**
     * Returns, ascending, the indices of the runs that can hold the digits of a UK National Insurance number:
     * runs of exactly six digits ("QQ123456C"), and runs of exactly two digits followed, one char apart, by two
     * more runs of exactly two ("AB 12 34 56 C"). The caller must not modify the array.
     */
    int[] ninoRuns() {
        return ninoRuns;
    }

    /**
     * Returns, ascending, the first runs of the chains of runs one char apart ("4111 1111 1111 1111",
     * "123456789012") that hold at least {@value #CHAIN_MIN_DIGITS} digits together. The caller must not modify
     * the array.
     */
    int[] longChainRuns() {
        return longChainRuns;
    }

    private int[] allRuns() {
        int[] all = new int[context.digitRunCount()];
        Arrays.setAll(all, run -> run);
        return all;
    }
}
