package dev.sluice.detection;

import java.util.Arrays;

/**
 * Facts about the digit runs of one {@link ScanContext} that several detectors need, computed once per text from
 * the run offsets and the char on either side of each run. The detectors of long numbers start at a digit run
 * only when enough digits follow it closely, and prose contains thousands of short numbers ("2024", "3,4",
 * "19 %") that never qualify. Identifiers that mix letters and digits touch a letter, which a number in prose
 * rarely does. These lists let all of those detectors skip the short numbers at once, instead of each testing
 * every run.
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
    private static final int AFTER_CAPITAL = 8;
    private static final int BEFORE_LETTER = 9;
    private static final int LISTS = 10;

    private static final int[] NO_RUNS = new int[0];
    private static final ThreadLocal<Scratch> SCRATCH = ThreadLocal.withInitial(Scratch::new);

    private final ScanContext context;
    private final int[] numberRuns;
    private final int[] longRuns;
    private final int[] dottedQuadRuns;
    private final int[] threeGroupRuns;
    private final int[] ninoRuns;
    private final int[] longChainRuns;
    private final int[] longNumberRuns;
    private final int[] compactNumberRuns;
    private final int[] afterCapitalRuns;
    private final int[] beforeLetterRuns;

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
        this.afterCapitalRuns = lists[AFTER_CAPITAL];
        this.beforeLetterRuns = lists[BEFORE_LETTER];
    }

    /** Computes the facts for the digit runs of {@code context} in one loop over the runs. */
    static DigitRunFacts of(ScanContext context) {
        String text = context.text();
        int runs = context.digitRunCount();
        Scratch scratch = SCRATCH.get();
        scratch.prepare(context);
        int[] starts = scratch.currentStarts;
        int[] ends = scratch.currentEnds;
        int[] listed = scratch.currentListed;
        int[] counts = new int[LISTS];

        // A sliding window over the runs: [run, next) are the runs that start before the window's limit, and
        // fullDigits counts all their digits. Only the last of them can reach past the limit, because runs are
        // disjoint and ascending. The end markers after the last run stop the window and every chain.
        int next = 0;
        int fullDigits = 0;
        int chainStart = 0;
        int chainDigits = 0;
        for (int run = 0; run < runs; run++) {
            int start = starts[run];
            int end = ends[run];
            int length = end - start;
            int limit = start + NUMBER_WINDOW_CHARS;
            while (starts[next] < limit) {
                fullDigits += ends[next] - starts[next];
                next++;
            }
            int digits = fullDigits - Math.max(0, ends[next - 1] - limit);
            fullDigits -= length;

            // Each list's slot for this run is written every time and kept only when the run qualifies. That
            // avoids a branch per list, whose outcome on prose follows no pattern.
            listed[NUMBER * runs + counts[NUMBER]] = run;
            counts[NUMBER] += digits >= NUMBER_MIN_DIGITS ? 1 : 0;
            listed[LONG_NUMBER * runs + counts[LONG_NUMBER]] = run;
            counts[LONG_NUMBER] += digits >= LONG_NUMBER_MIN_DIGITS ? 1 : 0;
            listed[LONG * runs + counts[LONG]] = run;
            counts[LONG] += length >= LONG_RUN_DIGITS ? 1 : 0;
            char before = start > 0 ? text.charAt(start - 1) : ' ';
            listed[AFTER_CAPITAL * runs + counts[AFTER_CAPITAL]] = run;
            counts[AFTER_CAPITAL] += before >= 'A' && before <= 'Z' ? 1 : 0;
            char after = end < text.length() ? text.charAt(end) : ' ';
            listed[BEFORE_LETTER * runs + counts[BEFORE_LETTER]] = run;
            counts[BEFORE_LETTER] += TextChars.isAsciiLetter(after) ? 1 : 0;
            if (digits >= COMPACT_MIN_DIGITS
                    && digitsWithin(starts, ends, run, start + COMPACT_WINDOW_CHARS) >= COMPACT_MIN_DIGITS) {
                listed[COMPACT_NUMBER * runs + counts[COMPACT_NUMBER]++] = run;
            }

            // A chain of runs one char apart ends at the first run not followed directly.
            chainDigits += length;
            if (starts[run + 1] != end + 1) {
                if (chainDigits >= CHAIN_MIN_DIGITS) {
                    listed[LONG_CHAIN * runs + counts[LONG_CHAIN]++] = chainStart;
                }
                chainStart = run + 1;
                chainDigits = 0;
                if (length == NINO_DIGITS) {
                    listed[NINO * runs + counts[NINO]++] = run;
                }
                continue;
            }
            addGroupShapes(starts, ends, run, listed, counts, runs);
        }
        return new DigitRunFacts(context, trimmed(listed, counts, runs));
    }

    /**
     * Lists {@code run}, which the next run follows one char after its end, in the lists of the shapes of
     * three or four runs one char apart, and in the NINO list.
     */
    private static void addGroupShapes(int[] starts, int[] ends, int run, int[] listed, int[] counts, int runs) {
        int length = ends[run] - starts[run];
        boolean ninoRun = length == NINO_DIGITS;
        if (starts[run + 2] == ends[run + 1] + 1) {
            int secondLength = ends[run + 1] - starts[run + 1];
            int thirdLength = ends[run + 2] - starts[run + 2];
            if (starts[run + 3] == ends[run + 2] + 1) {
                listed[DOTTED_QUAD * runs + counts[DOTTED_QUAD]++] = run;
            }
            if (length >= 3 && secondLength == 2 && thirdLength >= 4) {
                listed[THREE_GROUPS * runs + counts[THREE_GROUPS]++] = run;
            }
            ninoRun |= length == 2 && secondLength == 2 && thirdLength == 2;
        }
        if (ninoRun) {
            listed[NINO * runs + counts[NINO]++] = run;
        }
    }

    /** Returns the number of digits of the runs from {@code run} on that lie before {@code limit}. */
    private static int digitsWithin(int[] starts, int[] ends, int run, int limit) {
        int digits = 0;
        for (int next = run; starts[next] < limit; next++) {
            digits += Math.min(ends[next], limit) - starts[next];
        }
        return digits;
    }

    /** Copies each list out of the scratch buffer into an array of its exact size. */
    private static int[][] trimmed(int[] listed, int[] counts, int runs) {
        int[][] lists = new int[LISTS][];
        for (int list = 0; list < LISTS; list++) {
            int from = list * runs;
            lists[list] = counts[list] == 0 ? NO_RUNS : Arrays.copyOfRange(listed, from, from + counts[list]);
        }
        return lists;
    }

    /**
     * Buffers of one thread that every computation on it reuses: the run offsets with end markers after the
     * last run, and one slot per run for each list. Buffers grown for more than {@link #MAX_KEPT_RUNS} runs
     * are used once and dropped, so one huge value does not pin its size in memory.
     */
    private static final class Scratch {

        private static final int MAX_KEPT_RUNS = 1 << 13;
        // Three markers, because the shape tests read up to three runs past the current one.
        private static final int MARKERS = 3;

        private int[] starts = new int[256];
        private int[] ends = new int[256];
        private int[] listed = new int[256 * LISTS];

        // The buffers of the current computation: the kept ones, or larger ones for this text only.
        private int[] currentStarts;
        private int[] currentEnds;
        private int[] currentListed;

        /** Copies the run offsets of {@code context}, with the end markers, and makes room for its lists. */
        void prepare(ScanContext context) {
            int runs = context.digitRunCount();
            if (starts.length < runs + MARKERS) {
                int[] grownStarts = new int[runs + MARKERS];
                int[] grownEnds = new int[runs + MARKERS];
                int[] grownListed = new int[runs * LISTS];
                if (runs <= MAX_KEPT_RUNS) {
                    starts = grownStarts;
                    ends = grownEnds;
                    listed = grownListed;
                }
                currentStarts = grownStarts;
                currentEnds = grownEnds;
                currentListed = grownListed;
            } else {
                currentStarts = starts;
                currentEnds = ends;
                currentListed = listed;
            }
            for (int run = 0; run < runs; run++) {
                currentStarts[run] = context.digitRunStart(run);
                currentEnds[run] = context.digitRunEnd(run);
            }
            // A marker starts past every window and is never one char after a run's end.
            for (int marker = runs; marker < runs + MARKERS; marker++) {
                currentStarts[marker] = Integer.MAX_VALUE;
                currentEnds[marker] = Integer.MAX_VALUE;
            }
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

    /**
     * Returns, ascending, the indices of the runs whose preceding char is an ASCII capital letter, as in
     * "ABCPE1234F" and "GB82WEST...". The caller must not modify the array.
     */
    int[] runsAfterCapital() {
        return afterCapitalRuns;
    }

    /**
     * Returns, ascending, the indices of the runs directly followed by an ASCII letter, as in "1BoatSL..." and
     * "12345678Z". The caller must not modify the array.
     */
    int[] runsBeforeLetter() {
        return beforeLetterRuns;
    }

    /** Returns, ascending and without duplicates, the runs of two ascending lists of runs. */
    static int[] union(int[] first, int[] second) {
        if (second.length == 0) {
            return first;
        }
        if (first.length == 0) {
            return second;
        }
        int[] union = new int[first.length + second.length];
        int size = 0;
        int i = 0;
        int j = 0;
        while (i < first.length || j < second.length) {
            int next;
            if (j == second.length || (i < first.length && first[i] <= second[j])) {
                next = first[i++];
            } else {
                next = second[j++];
            }
            if (size == 0 || union[size - 1] != next) {
                union[size++] = next;
            }
        }
        return Arrays.copyOf(union, size);
    }

    private int[] allRuns() {
        int[] all = new int[context.digitRunCount()];
        Arrays.setAll(all, run -> run);
        return all;
    }
}
