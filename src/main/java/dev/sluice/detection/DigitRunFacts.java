package dev.sluice.detection;

import java.util.Arrays;

/**
 * Facts about the digit runs of one {@link ScanContext} that several detectors need, computed once per text from
 * the run offsets alone. The detectors of long numbers start at a digit run only when enough digits follow it
 * closely, and prose contains thousands of short numbers ("2024", "3,4", "19 %") that never qualify. These
 * lists let all of those detectors skip the short numbers at once, instead of each testing every run.
 *
 * <p>Immutable, so one instance may be read on several threads.
 */
final class DigitRunFacts {

    /** Width of the window, from a run's start, in which {@link #runsWithDigitsWithin} counts digits. */
    static final int NUMBER_WINDOW_CHARS = 21;

    /** Minimum number of digits in that window for a run to be listed by {@link #runsWithDigitsWithin}. */
    static final int NUMBER_MIN_DIGITS = 8;

    /** Minimum number of digits within {@value #NUMBER_WINDOW_CHARS} chars of a run in the long-number list. */
    static final int LONG_NUMBER_MIN_DIGITS = 13;

    /** Width of the window of the compact-number list, which serves the identifiers of at most that many chars. */
    static final int COMPACT_WINDOW_CHARS = 14;

    /** Minimum number of digits within {@value #COMPACT_WINDOW_CHARS} chars of a run in the compact-number list. */
    static final int COMPACT_MIN_DIGITS = 9;

    /** Minimum length of a run listed by {@link #runsOfAtLeast}. */
    static final int LONG_RUN_DIGITS = 7;

    /** Minimum number of digits of a chain of runs whose first run {@link #longChainRuns} lists. */
    static final int CHAIN_MIN_DIGITS = 12;

    /** Number of digits of a UK National Insurance number, written as one run or as three pairs. */
    static final int NINO_DIGITS = 6;

    // Indices of the lists while one loop fills them.
    private static final int NUMBER = 0;
    private static final int LONG = 1;
    private static final int DOTTED_QUAD = 2;
    private static final int THREE_GROUPS = 3;
    private static final int NINO = 4;
    private static final int LONG_CHAIN = 5;
    private static final int LONG_NUMBER = 6;
    private static final int COMPACT_NUMBER = 7;
    private static final int LISTS = 8;

    private static final int[] NO_RUNS = new int[0];

    private final ScanContext context;
    private final int[] numberRuns;
    private final int[] longRuns;
    private final int[] dottedQuadRuns;
    private final int[] threeGroupRuns;
    private final int[] ninoRuns;
    private final int[] longChainRuns;
    private final int[] longNumberRuns;
    private final int[] compactNumberRuns;

    private DigitRunFacts(ScanContext context, int[][] lists) {
        this.context = context;
        this.numberRuns = lists[NUMBER];
        this.longRuns = lists[LONG];
        this.dottedQuadRuns = lists[DOTTED_QUAD];
        this.threeGroupRuns = lists[THREE_GROUPS];
        this.ninoRuns = lists[NINO];
        this.longChainRuns = lists[LONG_CHAIN];
        this.longNumberRuns = lists[LONG_NUMBER];
        this.compactNumberRuns = lists[COMPACT_NUMBER];
    }

    /** Computes the facts for the digit runs of {@code context} in one loop, reading only their offsets. */
    static DigitRunFacts of(ScanContext context) {
        int runs = context.digitRunCount();
        Lists lists = new Lists(runs);

        // A sliding window over the runs: [run, next) are the runs that start before the window's limit, and
        // fullDigits counts all their digits. Only the last of them can reach past the limit, because runs are
        // disjoint and ascending.
        int next = 0;
        int fullDigits = 0;
        int chainStart = 0;
        int chainDigits = 0;
        for (int run = 0; run < runs; run++) {
            int length = length(context, run);
            int limit = context.digitRunStart(run) + NUMBER_WINDOW_CHARS;
            while (next < runs && context.digitRunStart(next) < limit) {
                fullDigits += length(context, next);
                next++;
            }
            int digits = fullDigits - Math.max(0, context.digitRunEnd(next - 1) - limit);
            fullDigits -= length;
            if (digits >= NUMBER_MIN_DIGITS) {
                addNumberRun(lists, context, run, digits);
            }
            if (length >= LONG_RUN_DIGITS) {
                lists.add(LONG, run);
            }
            if (length == NINO_DIGITS) {
                lists.add(NINO, run);
            }

            // A chain of runs one char apart ends at the first run not followed directly.
            chainDigits += length;
            if (!followedDirectly(context, run)) {
                if (chainDigits >= CHAIN_MIN_DIGITS) {
                    lists.add(LONG_CHAIN, chainStart);
                }
                chainStart = run + 1;
                chainDigits = 0;
                continue;
            }

            // The shapes of three or four runs one char apart.
            if (!followedDirectly(context, run + 1)) {
                continue;
            }
            int secondLength = length(context, run + 1);
            int thirdLength = length(context, run + 2);
            if (followedDirectly(context, run + 2)) {
                lists.add(DOTTED_QUAD, run);
            }
            if (length >= 3 && secondLength == 2 && thirdLength >= 4) {
                lists.add(THREE_GROUPS, run);
            }
            if (length == 2 && secondLength == 2 && thirdLength == 2) {
                lists.add(NINO, run);
            }
        }
        return new DigitRunFacts(context, lists.trimmed());
    }

    /**
     * Lists {@code run}, which has {@code digits} digits within {@value #NUMBER_WINDOW_CHARS} chars, as a number
     * run, and in the stricter number lists that it qualifies for.
     */
    private static void addNumberRun(Lists lists, ScanContext context, int run, int digits) {
        lists.add(NUMBER, run);
        if (digits >= LONG_NUMBER_MIN_DIGITS) {
            lists.add(LONG_NUMBER, run);
        }
        if (digitsWithin(context, run, context.digitRunStart(run) + COMPACT_WINDOW_CHARS) >= COMPACT_MIN_DIGITS) {
            lists.add(COMPACT_NUMBER, run);
        }
    }

    /** Returns the number of digits of the runs from {@code run} on that lie before {@code limit}. */
    private static int digitsWithin(ScanContext context, int run, int limit) {
        int digits = 0;
        for (int next = run; next < context.digitRunCount() && context.digitRunStart(next) < limit; next++) {
            digits += Math.min(context.digitRunEnd(next), limit) - context.digitRunStart(next);
        }
        return digits;
    }

    /** Returns whether run {@code run + 1} exists and starts one char after run {@code run} ends. */
    private static boolean followedDirectly(ScanContext context, int run) {
        return run + 1 < context.digitRunCount() && context.digitRunStart(run + 1) == context.digitRunEnd(run) + 1;
    }

    private static int length(ScanContext context, int run) {
        return context.digitRunEnd(run) - context.digitRunStart(run);
    }

    /** The lists while the loop fills them. A list gets its array at its first run, so most stay unallocated. */
    private static final class Lists {

        private final int runs;
        private final int[][] lists = new int[LISTS][];
        private final int[] counts = new int[LISTS];

        Lists(int runs) {
            this.runs = runs;
        }

        void add(int list, int run) {
            if (lists[list] == null) {
                lists[list] = new int[runs];
            }
            lists[list][counts[list]++] = run;
        }

        int[][] trimmed() {
            int[][] trimmed = new int[LISTS][];
            for (int list = 0; list < LISTS; list++) {
                trimmed[list] = counts[list] == 0 ? NO_RUNS : Arrays.copyOf(lists[list], counts[list]);
            }
            return trimmed;
        }
    }

    /**
     * Returns, ascending, the indices of the digit runs that have at least {@code minDigits} digits in the runs
     * that start within {@code windowChars} chars from the run's start, counted up to that window's end. The
     * list may hold more runs than that, but never fewer. It is the first shared list that the request is at
     * least as strict as: {@value #COMPACT_MIN_DIGITS} digits within {@value #COMPACT_WINDOW_CHARS} chars,
     * {@value #LONG_NUMBER_MIN_DIGITS} or {@value #NUMBER_MIN_DIGITS} digits within
     * {@value #NUMBER_WINDOW_CHARS} chars, and every run when none fits. The caller must not modify the array.
     */
    int[] runsWithDigitsWithin(int windowChars, int minDigits) {
        if (windowChars <= COMPACT_WINDOW_CHARS && minDigits >= COMPACT_MIN_DIGITS) {
            return compactNumberRuns;
        }
        if (windowChars <= NUMBER_WINDOW_CHARS && minDigits >= LONG_NUMBER_MIN_DIGITS) {
            return longNumberRuns;
        }
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
     * exactly two digits and then a run of at least four. Those are the groups of "078-05-1120" and
     * "912 70 1234", where the first group is the last three digits of its run. The caller must not modify the
     * array.
     */
    int[] threeGroupRuns() {
        return threeGroupRuns;
    }

    /**
     * Returns, ascending, the indices of the runs that can start the digits of a UK National Insurance number.
     * Those are the runs of exactly six digits ("QQ123456C") and the runs of exactly two digits followed, one
     * char apart, by two more runs of exactly two ("AB 12 34 56 C"). The caller must not modify the array.
     */
    int[] ninoRuns() {
        return ninoRuns;
    }

    /**
     * Returns, ascending, the first runs of the chains of runs one char apart ("4111 1111 1111 1111",
     * "123456789012") that have at least {@value #CHAIN_MIN_DIGITS} digits together. The caller must not modify
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
