package dev.sluice.detection;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.re2j.Pattern;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** Compares the shared digit-run lists with a naive count of the digits after each run. */
class DigitRunFactsTest {

    private static final String[] ATOMS = {
        "0", "1", "7", "9", "12", "345", "2024", "12345", "1234567", "12345678", "123456789012", " ", " ", "-", ".",
        "/", ",", "a", "Z", "é", "日", "\n", "  ", "AB", "x", "\u0130", "\u212A",
        "4111 1111 1111 1111", "2024-05-17", "+44 20 7946 0485"
    };

    @Test
    void numberRunsMatchNaiveCount() {
        Random random = new Random(91L);
        int listed = 0;
        for (int n = 0; n < 20000; n++) {
            ScanContext context = ScanContext.of(RandomAtoms.join(random, ATOMS, 30));
            int[] expected = naiveRuns(context, DigitRunFacts.NUMBER_WINDOW_CHARS, DigitRunFacts.NUMBER_MIN_DIGITS);
            int[] actual = context.digitRunFacts().runsWithDigitsWithin(DigitRunFacts.NUMBER_WINDOW_CHARS,
                    DigitRunFacts.NUMBER_MIN_DIGITS);
            assertThat(actual).as("number runs of \"%s\"", context.text()).isEqualTo(expected);
            listed += actual.length;
        }
        assertThat(listed).as("runs listed").isGreaterThan(10000);
    }

    @Test
    void stricterNumberListsMatchNaiveCount() {
        Random random = new Random(96L);
        int listed = 0;
        for (int n = 0; n < 20000; n++) {
            ScanContext context = ScanContext.of(RandomAtoms.join(random, ATOMS, 30));
            DigitRunFacts facts = context.digitRunFacts();
            int[] compact = facts.runsWithDigitsWithin(DigitRunFacts.COMPACT_WINDOW_CHARS,
                    DigitRunFacts.COMPACT_MIN_DIGITS);
            int[] longNumbers = facts.runsWithDigitsWithin(DigitRunFacts.NUMBER_WINDOW_CHARS,
                    DigitRunFacts.LONG_NUMBER_MIN_DIGITS);
            assertThat(compact).as("compact number runs of \"%s\"", context.text()).isEqualTo(
                    naiveRuns(context, DigitRunFacts.COMPACT_WINDOW_CHARS, DigitRunFacts.COMPACT_MIN_DIGITS));
            assertThat(longNumbers).as("long number runs of \"%s\"", context.text()).isEqualTo(
                    naiveRuns(context, DigitRunFacts.NUMBER_WINDOW_CHARS, DigitRunFacts.LONG_NUMBER_MIN_DIGITS));
            listed += compact.length + longNumbers.length;
        }
        assertThat(listed).as("runs listed").isGreaterThan(10000);
    }

    @Test
    void letterNeighboursMatchChars() {
        Random random = new Random(97L);
        int listed = 0;
        for (int n = 0; n < 20000; n++) {
            ScanContext context = ScanContext.of(RandomAtoms.join(random, ATOMS, 30));
            String text = context.text();
            int[] afterCapital = IntStream.range(0, context.digitRunCount())
                    .filter(run -> context.digitRunStart(run) > 0
                            && Character.isUpperCase(text.charAt(context.digitRunStart(run) - 1))
                            && text.charAt(context.digitRunStart(run) - 1) < 0x80)
                    .toArray();
            int[] beforeLetter = IntStream.range(0, context.digitRunCount())
                    .filter(run -> context.digitRunEnd(run) < text.length()
                            && Character.isLetter(text.charAt(context.digitRunEnd(run)))
                            && text.charAt(context.digitRunEnd(run)) < 0x80)
                    .toArray();
            assertThat(context.digitRunFacts().runsAfterCapital()).as("runs after a capital in \"%s\"", text)
                    .isEqualTo(afterCapital);
            assertThat(context.digitRunFacts().runsBeforeLetter()).as("runs before a letter in \"%s\"", text)
                    .isEqualTo(beforeLetter);
            listed += afterCapital.length + beforeLetter.length;
        }
        assertThat(listed).as("runs listed").isGreaterThan(5000);
    }

    @Test
    void unionMergesAscendingLists() {
        assertThat(DigitRunFacts.union(new int[] {1, 4, 9}, new int[] {2, 4, 10})).containsExactly(1, 2, 4, 9, 10);
        assertThat(DigitRunFacts.union(new int[] {}, new int[] {3})).containsExactly(3);
        assertThat(DigitRunFacts.union(new int[] {5}, new int[] {})).containsExactly(5);
        assertThat(DigitRunFacts.union(new int[] {7}, new int[] {7})).containsExactly(7);
    }

    @Test
    void stricterRequestsGetSupersets() {
        Random random = new Random(92L);
        int[][] requests = {{10, 8}, {11, 9}, {12, 10}, {14, 11}, {21, 13}, {11, 11}, {5, 20}, {14, 9}, {15, 9},
            {14, 8}, {21, 12}, {22, 13}};
        for (int n = 0; n < 5000; n++) {
            ScanContext context = ScanContext.of(RandomAtoms.join(random, ATOMS, 30));
            for (int[] request : requests) {
                int[] listed = context.digitRunFacts().runsWithDigitsWithin(request[0], request[1]);
                for (int run : naiveRuns(context, request[0], request[1])) {
                    assertThat(listed).as("run %d for %s in \"%s\"", run, Arrays.toString(request), context.text())
                            .contains(run);
                }
            }
        }
    }

    @Test
    void looserRequestsGetEveryRun() {
        ScanContext context = ScanContext.of("1 22 333 4444 55555");
        int[] every = {0, 1, 2, 3, 4};

        assertThat(context.digitRunFacts().runsWithDigitsWithin(22, 8)).isEqualTo(every);
        assertThat(context.digitRunFacts().runsWithDigitsWithin(21, 7)).isEqualTo(every);
        assertThat(context.digitRunFacts().runsOfAtLeast(6)).isEqualTo(every);
    }

    @Test
    void longRunsMatchRunLengths() {
        Random random = new Random(93L);
        for (int n = 0; n < 20000; n++) {
            ScanContext context = ScanContext.of(RandomAtoms.join(random, ATOMS, 30));
            int[] expected = IntStream.range(0, context.digitRunCount())
                    .filter(run -> context.digitRunEnd(run) - context.digitRunStart(run) >= 7)
                    .toArray();
            assertThat(context.digitRunFacts().runsOfAtLeast(7)).as("long runs of \"%s\"", context.text())
                    .isEqualTo(expected);
            List<Integer> nineDigitRuns = IntStream.range(0, context.digitRunCount())
                    .filter(run -> context.digitRunEnd(run) - context.digitRunStart(run) >= 9)
                    .boxed().toList();
            assertThat(Arrays.stream(context.digitRunFacts().runsOfAtLeast(9)).boxed().toList())
                    .as("long runs of \"%s\"", context.text()).containsAll(nineDigitRuns);
        }
    }

    @Test
    void groupShapesMatchPatterns() {
        // Each list must contain every run that starts its digit groups, found here by a pattern on the text.
        Pattern dottedQuad = Pattern.compile("[0-9]+[^0-9][0-9]+[^0-9][0-9]+[^0-9][0-9]");
        Pattern threeGroups = Pattern.compile("[0-9]{3,}[^0-9][0-9]{2}[^0-9][0-9]{4}");
        Pattern ninoDigits = Pattern.compile("[0-9]{6}(?:[^0-9]|$)|[0-9]{2}[^0-9][0-9]{2}[^0-9][0-9]{2}(?:[^0-9]|$)");
        Random random = new Random(94L);
        int listed = 0;
        for (int n = 0; n < 20000; n++) {
            ScanContext context = ScanContext.of(RandomAtoms.join(random, ATOMS, 30));
            String text = context.text();
            DigitRunFacts facts = context.digitRunFacts();
            assertThat(facts.dottedQuadRuns()).as("dotted quads of \"%s\"", text)
                    .isEqualTo(runsStarting(context, dottedQuad));
            assertThat(facts.threeGroupRuns()).as("three groups of \"%s\"", text)
                    .isEqualTo(runsStarting(context, threeGroups));
            assertThat(facts.ninoRuns()).as("NINO digits of \"%s\"", text)
                    .isEqualTo(runsStarting(context, ninoDigits));
            listed += facts.dottedQuadRuns().length + facts.threeGroupRuns().length + facts.ninoRuns().length;
        }
        assertThat(listed).as("runs listed").isGreaterThan(10000);
    }

    @Test
    void longChainsMatchNaiveChains() {
        Random random = new Random(95L);
        int listed = 0;
        for (int n = 0; n < 20000; n++) {
            ScanContext context = ScanContext.of(RandomAtoms.join(random, ATOMS, 30));
            List<Integer> expected = new ArrayList<>();
            int run = 0;
            while (run < context.digitRunCount()) {
                int first = run;
                int digits = context.digitRunEnd(run) - context.digitRunStart(run);
                while (run + 1 < context.digitRunCount()
                        && context.digitRunStart(run + 1) == context.digitRunEnd(run) + 1) {
                    run++;
                    digits += context.digitRunEnd(run) - context.digitRunStart(run);
                }
                if (digits >= 12) {
                    expected.add(first);
                }
                run++;
            }
            assertThat(Arrays.stream(context.digitRunFacts().longChainRuns()).boxed().toList())
                    .as("long chains of \"%s\"", context.text()).isEqualTo(expected);
            listed += expected.size();
        }
        assertThat(listed).as("chains listed").isGreaterThan(5000);
    }

    /** Returns the runs at whose start {@code pattern} matches. */
    private static int[] runsStarting(ScanContext context, Pattern pattern) {
        return IntStream.range(0, context.digitRunCount())
                .filter(run -> pattern.matcher(context.text().substring(context.digitRunStart(run))).lookingAt())
                .toArray();
    }

    /** Returns the runs with at least {@code minDigits} ASCII digits in the {@code windowChars} chars from their start. */
    private static int[] naiveRuns(ScanContext context, int windowChars, int minDigits) {
        String text = context.text();
        return IntStream.range(0, context.digitRunCount())
                .filter(run -> {
                    int start = context.digitRunStart(run);
                    int end = Math.min(text.length(), start + windowChars);
                    return TextChars.countDigits(text, start, end) >= minDigits;
                })
                .toArray();
    }
}
