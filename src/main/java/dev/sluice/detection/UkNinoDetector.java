package dev.sluice.detection;

import com.google.re2j.Matcher;
import com.google.re2j.Pattern;
import java.util.List;
import java.util.Set;

/**
 * Finds UK National Insurance numbers: two prefix letters, six digits and a suffix letter A-D, written without
 * spaces or with a space between every pair ("AB 12 34 56 C"). HMRC never issues D, F, I, Q, U or V as either
 * prefix letter, nor O as the second, nor the prefixes BG, GB, KN, NK, NT, TN and ZZ. Letters must be upper
 * case, so lower-case product codes are not reported.
 */
final class UkNinoDetector implements Detector {

    static final Pattern NINO = Pattern.compile(
            "[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z]( ?)[0-9]{2}( ?)[0-9]{2}( ?)[0-9]{2}( ?)[A-D]");

    private static final int MIN_CHARS = 9;
    private static final int MAX_CHARS = 13;

    private static final Set<String> UNUSED_PREFIXES = Set.of("BG", "GB", "KN", "NK", "NT", "TN", "ZZ");

    @Override
    public String id() {
        return "uk-nino";
    }

    @Override
    public boolean mayMatch(TextProfile profile) {
        return profile.upperCaseLetters() >= 3 && profile.digits() >= 6;
    }

    /**
     * Runs the pattern anchored at each start of a word made of two capital letters and a digit (after an
     * optional space), because an unanchored search would start a match at every capital letter of the text.
     */
    @Override
    public void detect(String text, List<Finding> findings) {
        AnchoredScan.run(text, NINO, MIN_CHARS, MAX_CHARS, UkNinoDetector::isCandidateStart,
                (matcher, start, end) -> accept(text, matcher, start, end, findings));
    }

    /**
     * Finds the same numbers as {@link #detect(String, List)}. Two capitals start a number right before a digit
     * run or before a space and a digit run, so only those two offsets per run are tried, and only at the runs
     * that {@link DigitRunFacts#ninoRuns} lists: six digits, or the first of three two-digit pairs.
     */
    @Override
    public void detect(ScanContext context, List<Finding> findings) {
        String text = context.text();
        int[] ninoRuns = context.digitRunFacts().ninoRuns();
        int[] starts = new int[ninoRuns.length];
        int count = 0;
        for (int run : ninoRuns) {
            int digit = context.digitRunStart(run);
            int start = digit >= 1 && text.charAt(digit - 1) == ' ' ? digit - 3 : digit - 2;
            if (start >= 0) {
                starts[count++] = start;
            }
        }
        AnchoredScan.runAt(text, starts, count, NINO, MIN_CHARS, MAX_CHARS, UkNinoDetector::isCandidateStart,
                (matcher, start, end) -> accept(text, matcher, start, end, findings));
    }

    private boolean accept(String text, Matcher matcher, int start, int end, List<Finding> findings) {
        if (TextChars.wordCharAt(text, end) || !hasUniformSpacing(matcher)
                || UNUSED_PREFIXES.contains(text.substring(start, start + 2))) {
            return false;
        }
        findings.add(new Finding(start, end, EntityTypes.UK_NINO, FindingCategory.PERSONAL_DATA, id(), 0.85,
                "hmrc-prefixes"));
        return true;
    }

    /**
     * Returns whether a number that {@link #accept} keeps may start at {@code start}: two capitals, then three
     * digit pairs and a letter A-D, either all joined directly or each after one space. The caller guarantees
     * {@code start + MIN_CHARS <= text.length()}.
     */
    static boolean isCandidateStart(String text, int start) {
        if (!isCapital(text.charAt(start)) || !isCapital(text.charAt(start + 1))) {
            return false;
        }
        char third = text.charAt(start + 2);
        boolean digitNext = TextChars.isAsciiDigit(third) || (third == ' ' && TextChars.digitAt(text, start + 3));
        return digitNext && hasUniformBody(text, start + 2, third == ' ')
                && !TextChars.wordCharBefore(text, start);
    }

    /** Returns whether three digit pairs and a letter A-D follow at {@code at}, each after a space if spaced. */
    private static boolean hasUniformBody(String text, int at, boolean spaced) {
        int step = spaced ? 3 : 2;
        int suffix = at + 3 * step + (spaced ? 1 : 0);
        if (suffix >= text.length()) {
            return false;
        }
        for (int pair = 0; pair < 3; pair++) {
            int digits = at + pair * step + (spaced ? 1 : 0);
            if ((spaced && text.charAt(digits - 1) != ' ') || !TextChars.isAsciiDigit(text.charAt(digits))
                    || !TextChars.isAsciiDigit(text.charAt(digits + 1))) {
                return false;
            }
        }
        char letter = text.charAt(suffix);
        return (!spaced || text.charAt(suffix - 1) == ' ') && letter >= 'A' && letter <= 'D';
    }

    private static boolean isCapital(char c) {
        return c >= 'A' && c <= 'Z';
    }

    private static boolean hasUniformSpacing(Matcher matcher) {
        String first = matcher.group(1);
        for (int group = 2; group <= 4; group++) {
            if (!matcher.group(group).equals(first)) {
                return false;
            }
        }
        return true;
    }
}
