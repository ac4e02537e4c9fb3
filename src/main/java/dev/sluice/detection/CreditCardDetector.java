package dev.sluice.detection;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds payment card numbers: 12 to 19 digits that pass the Luhn check and match an issuer range with one of
 * that issuer's card lengths. The digits are either unseparated or in a printed card layout (see
 * {@link #hasCardGrouping}) with one separator, space or dash. The issuer check rejects Luhn-valid numbers such
 * as epoch-millisecond timestamps.
 */
final class CreditCardDetector implements Detector {

    private static final int MIN_DIGITS = 12;
    private static final int MAX_DIGITS = 19;

    /** Length of the shortest candidate, a run like {@code \d[\d \-]{10,}\d}. */
    private static final int MIN_CANDIDATE_CHARS = 12;

    @Override
    public String id() {
        return "credit-card";
    }

    @Override
    public boolean mayMatch(TextProfile profile) {
        // A card number has at least 12 digits.
        return profile.digits() >= 12;
    }

    @Override
    public void detect(String text, List<Finding> findings) {
        detect(text, findings, CreditCardDetector::forEachCandidate);
    }

    /** Finds card numbers in the pattern matches that {@code candidates} reports. */
    void detect(String text, List<Finding> findings, CandidateSpans.Source candidates) {
        candidates.forEach(text, (start, end) -> findInRun(text, start, end, findings));
    }

    /** Finds the same numbers as {@link #detect(String, List)}, starting only at the context's digit runs. */
    @Override
    public void detect(ScanContext context, List<Finding> findings) {
        detect(context.text(), findings, (text, consumer) -> forEachCandidate(context, consumer));
    }

    /**
     * Reports the candidates of {@link #forEachCandidate(String, CandidateSpans.Consumer)} that can hold a card
     * number, which are all that {@link #findInRun} finds numbers in. The digit groups of a card number are runs
     * one char apart with at least {@value #MIN_DIGITS} digits together, so they lie in a chain that
     * {@link DigitRunFacts#longChainRuns} lists. Only the runs of digits, spaces and dashes that contain a run
     * of such a chain are reported, each from its first digit as before.
     */
    static void forEachCandidate(ScanContext context, CandidateSpans.Consumer consumer) {
        String text = context.text();
        int coveredUntil = 0;
        for (int chain : context.digitRunFacts().longChainRuns()) {
            int run = chain;
            do {
                if (context.digitRunStart(run) >= coveredUntil) {
                    coveredUntil = reportRunAround(text, context.digitRunStart(run), consumer);
                }
                run++;
            } while (run < context.digitRunCount() && context.digitRunStart(run) == context.digitRunEnd(run - 1) + 1);
        }
    }

    /**
     * Reports the candidate in the run of digits, spaces and dashes around the digit at {@code digit}, from the
     * run's first digit to its last, when it is long enough, and returns the run's end.
     */
    private static int reportRunAround(String text, int digit, CandidateSpans.Consumer consumer) {
        int runStart = digit;
        while (runStart > 0 && isRunChar(text.charAt(runStart - 1))) {
            runStart--;
        }
        while (!TextChars.isAsciiDigit(text.charAt(runStart))) {
            runStart++;
        }
        return reportRunFrom(text, runStart, consumer);
    }

    /**
     * Reports the candidate in the run of digits, spaces and dashes whose first digit is at {@code runStart},
     * up to the run's last digit, when it is long enough, and returns the run's end.
     */
    private static int reportRunFrom(String text, int runStart, CandidateSpans.Consumer consumer) {
        int i = runStart;
        int lastDigit = runStart;
        int digits = 0;
        while (i < text.length() && isRunChar(text.charAt(i))) {
            if (TextChars.isAsciiDigit(text.charAt(i))) {
                lastDigit = i;
                digits++;
            }
            i++;
        }
        if (lastDigit + 1 - runStart >= MIN_CANDIDATE_CHARS && digits >= MIN_DIGITS) {
            consumer.accept(runStart, lastDigit + 1);
        }
        return i;
    }

    /**
     * Reports the matches of {@code \d[\d \-]{10,}\d} that a {@code find()} loop over the whole text reports:
     * the maximal runs of digits, spaces and dashes, from the first digit to the last, that are at least
     * {@value #MIN_CANDIDATE_CHARS} chars long. The pattern's greedy middle part takes such a run up to its
     * last digit, so the run is the match. Runs with fewer than {@value #MIN_DIGITS} digits are skipped,
     * because {@link #findInRun} finds nothing in them.
     */
    static void forEachCandidate(String text, CandidateSpans.Consumer consumer) {
        int i = 0;
        while (i < text.length()) {
            if (!TextChars.isAsciiDigit(text.charAt(i))) {
                i++;
                continue;
            }
            i = reportRunFrom(text, i, consumer);
        }
    }

    private static boolean isRunChar(char c) {
        return TextChars.isAsciiDigit(c) || c == ' ' || c == '-';
    }

    /** Splits a run at doubled separators ("12  34", "12 -34") into parts where every separator is single. */
    private void findInRun(String text, int start, int end, List<Finding> findings) {
        int partStart = start;
        for (int i = start + 1; i < end; i++) {
            if (!TextChars.isAsciiDigit(text.charAt(i)) && !TextChars.isAsciiDigit(text.charAt(i - 1))) {
                findInPart(text, partStart, i - 1, findings);
                partStart = i + 1;
            }
        }
        findInPart(text, partStart, end, findings);
    }

    /**
     * Tries the group-aligned sub-spans of one run part, longest first from the left. A sub-span never contains
     * more than {@value #MAX_DIGITS} digits, so each start group tries a bounded number of ends.
     */
    private void findInPart(String text, int start, int end, List<Finding> findings) {
        List<int[]> groups = new ArrayList<>();
        int i = start;
        while (i < end) {
            int groupStart = i;
            while (i < end && TextChars.isAsciiDigit(text.charAt(i))) {
                i++;
            }
            if (i > groupStart) {
                groups.add(new int[] {groupStart, i});
            }
            i++;
        }

        int first = 0;
        while (first < groups.size()) {
            int maxLast = first - 1;
            int digits = 0;
            while (maxLast + 1 < groups.size() && digits + length(groups.get(maxLast + 1)) <= MAX_DIGITS) {
                maxLast++;
                digits += length(groups.get(maxLast));
            }
            int matchedLast = -1;
            for (int last = maxLast; last >= first && matchedLast < 0; last--) {
                if (isCardNumber(text, groups.subList(first, last + 1))) {
                    findings.add(new Finding(groups.get(first)[0], groups.get(last)[1], EntityTypes.CREDIT_CARD,
                            FindingCategory.PERSONAL_DATA, id(), 1.0, "luhn"));
                    matchedLast = last;
                }
            }
            first = matchedLast >= 0 ? matchedLast + 1 : first + 1;
        }
    }

    private static int length(int[] group) {
        return group[1] - group[0];
    }

    private static boolean isCardNumber(String text, List<int[]> groups) {
        int digitCount = 0;
        for (int[] group : groups) {
            digitCount += length(group);
        }
        if (digitCount < MIN_DIGITS || digitCount > MAX_DIGITS) {
            return false;
        }
        if (groups.size() > 1 && !(length(groups.get(0)) == 4 && hasCardGrouping(groups)
                && hasOneSeparator(text, groups))) {
            return false;
        }
        String digits = TextChars.digitsOf(text, groups.get(0)[0], groups.get(groups.size() - 1)[1]);
        return passesLuhn(digits) && matchesIssuer(digits);
    }

    private static boolean hasOneSeparator(String text, List<int[]> groups) {
        char separator = text.charAt(groups.get(0)[1]);
        for (int i = 0; i < groups.size() - 1; i++) {
            if (text.charAt(groups.get(i)[1]) != separator) {
                return false;
            }
        }
        return true;
    }

    /**
     * Returns whether the groups follow a printed card layout: groups of 4 with a last group of 1 to 4 digits
     * (4-4-4-4, 4-4-4-4-3), or the 4-6-5 and 4-6-4 layouts of American Express and Diners Club.
     */
    private static boolean hasCardGrouping(List<int[]> groups) {
        int[] lengths = groups.stream().mapToInt(group -> group[1] - group[0]).toArray();
        int last = lengths[lengths.length - 1];
        if (lengths.length == 3 && lengths[0] == 4 && lengths[1] == 6 && (last == 4 || last == 5)) {
            return true;
        }
        for (int i = 0; i < lengths.length - 1; i++) {
            if (lengths[i] != 4) {
                return false;
            }
        }
        return last >= 1 && last <= 4;
    }

    static boolean passesLuhn(String digits) {
        int sum = 0;
        boolean doubleIt = false;
        for (int i = digits.length() - 1; i >= 0; i--) {
            int digit = digits.charAt(i) - '0';
            if (doubleIt) {
                digit *= 2;
                if (digit > 9) {
                    digit -= 9;
                }
            }
            sum += digit;
            doubleIt = !doubleIt;
        }
        return sum % 10 == 0;
    }

    /** Returns whether the number starts with a known issuer prefix and has one of that issuer's lengths. */
    static boolean matchesIssuer(String digits) {
        int length = digits.length();
        int prefix2 = Integer.parseInt(digits.substring(0, 2));
        int prefix3 = Integer.parseInt(digits.substring(0, 3));
        int prefix4 = Integer.parseInt(digits.substring(0, 4));

        boolean visa = digits.charAt(0) == '4' && (length == 13 || length == 16 || length == 19);
        boolean mastercard = ((prefix2 >= 51 && prefix2 <= 55) || (prefix4 >= 2221 && prefix4 <= 2720))
                && length == 16;
        boolean amex = (prefix2 == 34 || prefix2 == 37) && length == 15;
        boolean discover = (prefix4 == 6011 || (prefix3 >= 644 && prefix3 <= 649) || prefix2 == 65)
                && length >= 16 && length <= 19;
        boolean jcb = prefix4 >= 3528 && prefix4 <= 3589 && length >= 16 && length <= 19;
        boolean diners = ((prefix3 >= 300 && prefix3 <= 305) || prefix2 == 36 || prefix2 == 38 || prefix2 == 39)
                && length >= 14 && length <= 19;
        boolean unionPay = prefix2 == 62 && length >= 16 && length <= 19;
        boolean maestro = (prefix2 == 50 || (prefix2 >= 56 && prefix2 <= 69)) && length >= 12 && length <= 19;
        return visa || mastercard || amex || discover || jcb || diners || unionPay || maestro;
    }
}
