package dev.sluice.detection;

import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.Phonenumber.PhoneNumber;
import com.google.re2j.Pattern;
import java.util.ArrayList;
import java.util.List;

/**
 * Finds phone numbers in two steps. An RE2/J pattern finds candidate runs of digit groups in linear time, then
 * libphonenumber validates bounded sub-spans of each run. libphonenumber matches with java.util.regex
 * internally, so it only ever receives a candidate of at most {@value #MAX_CANDIDATE_CHARS} chars, never the text.
 *
 * <p>A candidate starting with '+' or '00' is international. A candidate starting with '0' is a national
 * number of one of the non-NANP regions in the settings. Any other candidate is a NANP (US/CA) number and must
 * have the 3-3-4 shape with separators or parentheses. A digit run without any separator is a phone only after
 * '+'.
 *
 * <p>NOTE: extensions written with a word ("ext. 204", "x204") are left outside the span. Only extensions
 * that are one more digit group ("+49 6221 54-18230") are covered.
 */
final class PhoneNumberDetector implements Detector {

    static final int MAX_CANDIDATE_CHARS = 32;
    private static final int MIN_DIGITS = 7;
    private static final int MAX_DIGITS = 15;
    // Maximum length of a separator between two digit groups of a candidate: ')' or '(' with a space, '.' or '-'.
    private static final int MAX_SEPARATOR_CHARS = 2;

    private static final String SEPARATOR = "(?:[ \\x{00A0}.\\-/]|\\)[ \\x{00A0}.\\-]?|[ \\x{00A0}.\\-]?\\()";

    // A maximal run of digit groups joined by single separators. Runs are unbounded, so a digit soup is one
    // match, and the sub-spans tried in Java are at most MAX_CANDIDATE_CHARS long, so the work per group is
    // bounded. Counted repetitions are avoided because each copy adds RE2/J NFA states.
    private static final Pattern CANDIDATE = Pattern.compile(
            "(?:\\+|\\(\\+?|\\()?\\d+(?:" + SEPARATOR + "\\d+)*");

    private static final Pattern NANP_SHAPE = Pattern.compile(
            "(?:\\+?1[ .\\-]?)?(?:\\(\\d{3}\\)[ .\\-]?|\\d{3}[ .\\-])\\d{3}[ .\\-]\\d{4}");

    // The chars below 64 that isSeparatorRunChar accepts, as bits.
    private static final long SEPARATOR_RUN_CHARS = bits(" .-/()+");

    private static final PhoneNumberUtil PHONE_UTIL = PhoneNumberUtil.getInstance();

    private final List<String> nationalRegions;

    PhoneNumberDetector(List<String> phoneRegions) {
        List<String> regions = new ArrayList<>();
        for (String region : phoneRegions) {
            int countryCode = PHONE_UTIL.getCountryCodeForRegion(region);
            if (countryCode != 0 && countryCode != 1) {
                regions.add(region);
            }
        }
        this.nationalRegions = List.copyOf(regions);
        phoneRegions.forEach(PhoneNumberReader::prepare);
        PhoneNumberReader.prepare("US");
    }

    @Override
    public String id() {
        return "phone";
    }

    @Override
    public boolean mayMatch(TextProfile profile) {
        // A phone number has at least MIN_DIGITS digits.
        return profile.digits() >= MIN_DIGITS;
    }

    @Override
    public void detect(String text, List<Finding> findings) {
        detect(text, findings, PhoneNumberDetector::forEachCandidate);
    }

    /** Finds the same numbers as {@link #detect(String, List)}, starting only at the context's digit runs. */
    @Override
    public void detect(ScanContext context, List<Finding> findings) {
        detect(context.text(), findings, (text, consumer) -> forEachCandidate(context, consumer));
    }

    /** Finds phone numbers in the pattern matches that {@code candidates} reports. */
    void detect(String text, List<Finding> findings, CandidateSpans.Source candidates) {
        candidates.forEach(text, (start, end) -> {
            // The left boundary is "not preceded by a digit" rather than \b, so "office630-555-0142" counts.
            if (!TextChars.digitAt(text, start - 1) && mayHoldNumber(text, start, end)) {
                findInCandidate(text, start, end, findings);
            }
        });
    }

    /**
     * Returns false for a candidate in which {@link #findInCandidate} finds no number, whatever libphonenumber
     * returns: one with fewer than {@value #MIN_DIGITS} digits, which every path requires, or one that is exactly a
     * date ({@link DateShapes}). In a date, the second and third groups follow '.', '-' or '/', so no number
     * starts there. A number from the first group needs {@value #MIN_DIGITS} digits, so all three groups, and the
     * date shape rules that span out on every path: the NANP shape needs a last group of four digits after one of
     * three, a leading "00" leaves at most six digits, and a leading '0' meets the date check of
     * {@link #isPhoneNumber}.
     */
    static boolean mayHoldNumber(String text, int start, int end) {
        return TextChars.countDigits(text, start, end) >= MIN_DIGITS && !DateShapes.isWholeDate(text, start, end);
    }

    /**
     * Reports the matches of {@link #CANDIDATE} that a {@code find()} loop over the whole text reports. A match
     * contains only digits, separators, '+', '(' and ')', so the pattern runs only on maximal runs of those
     * chars. Runs with fewer than {@value #MIN_DIGITS} digits are skipped, because no sub-span of them can be a
     * phone number.
     */
    static void forEachCandidate(String text, CandidateSpans.Consumer consumer) {
        int length = text.length();
        int i = 0;
        while (i < length) {
            if (!isRunChar(text.charAt(i))) {
                i++;
                continue;
            }
            int runStart = i;
            int digits = 0;
            while (i < length && isRunChar(text.charAt(i))) {
                if (TextChars.isAsciiDigit(text.charAt(i))) {
                    digits++;
                }
                i++;
            }
            if (digits >= MIN_DIGITS) {
                CandidateSpans.findAll(CANDIDATE, text, runStart, i, consumer);
            }
        }
    }

    /**
     * Reports what {@link #forEachCandidate(String, CandidateSpans.Consumer)} reports, except spans with fewer than
     * {@value #MIN_DIGITS} digits, reading only the offsets of most digit runs. The digit groups of one match are
     * whole digit runs one or two separator chars apart, so a match with {@value #MIN_DIGITS} digits lies in a
     * chain of runs whose gaps are at most {@value #MAX_SEPARATOR_CHARS} chars and that has at least as many
     * digits. Only the windows of digits and separators around the runs of such a chain are read, each found as
     * the other method finds it, except that it starts no earlier than the end of the run before it. Where that
     * cuts a window, a gap of three chars or more lies before the cut, which no match crosses, so the matches
     * from there on are the same.
     */
    static void forEachCandidate(ScanContext context, CandidateSpans.Consumer consumer) {
        int runCount = context.digitRunCount();
        int windowEnd = 0;
        int run = 0;
        while (run < runCount) {
            int chainStart = run;
            int digits = context.digitRunEnd(run) - context.digitRunStart(run);
            while (run + 1 < runCount
                    && context.digitRunStart(run + 1) - context.digitRunEnd(run) <= MAX_SEPARATOR_CHARS) {
                run++;
                digits += context.digitRunEnd(run) - context.digitRunStart(run);
            }
            run++;
            if (digits < MIN_DIGITS) {
                continue;
            }

            // A window may end inside the chain, at a char that is no separator, or reach past its end.
            for (int windowRun = chainStart; windowRun < run; windowRun++) {
                if (context.digitRunStart(windowRun) >= windowEnd) {
                    windowEnd = reportWindow(context, windowRun, consumer);
                }
            }
        }
    }

    /**
     * Reports the matches in the window of run chars around digit run {@code firstRun}, starting no earlier than the
     * end of the run before it, and returns the window's end. The walk to the right reads only the chars between
     * digit runs and jumps over each digit run it reaches.
     */
    private static int reportWindow(ScanContext context, int firstRun, CandidateSpans.Consumer consumer) {
        String text = context.text();
        int length = text.length();
        int runCount = context.digitRunCount();
        int i = context.digitRunEnd(firstRun);
        int run = firstRun + 1;
        while (i < length) {
            if (isSeparatorRunChar(text.charAt(i))) {
                i++;
            } else if (run < runCount && context.digitRunStart(run) == i) {
                // Digit runs are maximal, so a digit here starts the next one.
                i = context.digitRunEnd(run);
                run++;
            } else {
                break;
            }
        }

        // No digit lies between the previous run and this one, so the chars walked over add no digit.
        int previousRunEnd = firstRun > 0 ? context.digitRunEnd(firstRun - 1) : 0;
        int windowStart = context.digitRunStart(firstRun);
        while (windowStart > previousRunEnd && isRunChar(text.charAt(windowStart - 1))) {
            windowStart--;
        }
        PhoneCandidates.findAll(text, windowStart, i, consumer);
        return i;
    }

    /** Returns whether {@code c} is a char of {@link #CANDIDATE} other than a digit. */
    private static boolean isSeparatorRunChar(char c) {
        return c < Long.SIZE ? (SEPARATOR_RUN_CHARS & (1L << c)) != 0 : c == '\u00A0';
    }

    /** Returns whether {@code c} may occur in a match of {@link #CANDIDATE}. */
    private static boolean isRunChar(char c) {
        return TextChars.isAsciiDigit(c) || c == ' ' || c == '\u00A0' || c == '.' || c == '-' || c == '/'
                || c == '(' || c == ')' || c == '+';
    }

    /**
     * Tries the sub-spans of one candidate run, longest first from the left, and keeps each valid number. Only
     * spans of at most {@value #MAX_CANDIDATE_CHARS} chars are tried, so each start group tries a bounded
     * number of ends. Package-private so that a test can check that {@link #mayHoldNumber} skips only candidates
     * in which this method finds nothing.
     */
    void findInCandidate(String text, int start, int end, List<Finding> findings) {
        List<int[]> groups = digitGroups(text, start, end);
        int[] digitsBefore = new int[groups.size() + 1];
        for (int i = 0; i < groups.size(); i++) {
            digitsBefore[i + 1] = digitsBefore[i] + length(groups.get(i));
        }
        int first = 0;
        while (first < groups.size()) {
            // Inside a run, a number may start only after whitespace: groups joined by '.', '-' or '/' are one
            // token, such as the build number "21.14.02.59.45.01", whose tail is no phone number.
            if (first > 0 && joinedToPreviousGroup(text, groups.get(first)[0])) {
                first++;
                continue;
            }
            int maxLast = first;
            while (maxLast + 1 < groups.size()
                    && groups.get(maxLast + 1)[1] - groups.get(first)[0] <= MAX_CANDIDATE_CHARS) {
                maxLast++;
            }
            int matchedLast = -1;
            for (int last = maxLast; last >= first && matchedLast < 0; last--) {
                int digits = digitsBefore[last + 1] - digitsBefore[first];
                if (!hasPlausibleGroups(text, groups, first, last, start, digits)) {
                    continue;
                }
                int spanStart = openingPrefixStart(text, groups.get(first)[0], start);
                int spanEnd = closingParenthesisEnd(text, spanStart, groups.get(last)[1], end);
                // A number may be glued to a word on its left ("office630-555-0142") but not on its right:
                // digits followed by letters are part of an identifier such as a UUID ("bc06-37424718a5a1").
                boolean gluedOnRight = TextChars.asciiAlphanumericAt(text, spanEnd);
                if (!gluedOnRight && isPhoneNumber(text.substring(spanStart, spanEnd))) {
                    findings.add(new Finding(spanStart, spanEnd, EntityTypes.PHONE_NUMBER,
                            FindingCategory.PERSONAL_DATA, id(), 0.85));
                    matchedLast = last;
                }
            }
            first = matchedLast >= 0 ? matchedLast + 1 : first + 1;
        }
    }

    /** Returns whether the group starting at {@code groupStart} follows the previous one across '.', '-' or '/'. */
    private static boolean joinedToPreviousGroup(String text, int groupStart) {
        int i = groupStart - 1;
        while (i >= 0 && text.charAt(i) == '(') {
            i--;
        }
        if (i < 0) {
            return false;
        }
        char separator = text.charAt(i);
        return separator == '.' || separator == '-' || separator == '/';
    }

    /**
     * Returns whether the groups {@code first..last} can be a phone number on the path their first char
     * selects, checking only group counts and lengths. Most sub-spans of a digit soup fail here, before any
     * substring or libphonenumber call.
     */
    private static boolean hasPlausibleGroups(String text, List<int[]> groups, int first, int last,
            int candidateStart, int digits) {
        int groupStart = groups.get(first)[0];
        boolean international = groupStart > candidateStart && text.charAt(groupStart - 1) == '+';
        if (international) {
            return digits >= MIN_DIGITS && digits <= MAX_DIGITS;
        }
        if (last == first || groups.get(last)[1] - groupStart > MAX_CANDIDATE_CHARS) {
            return false;
        }
        if (text.charAt(groupStart) == '0') {
            // A lone trunk '0' as the first group ("0.9.12.1234") is a version or decimal, not a number.
            return length(groups.get(first)) >= 2 && digits >= MIN_DIGITS && digits <= MAX_DIGITS + 2;
        }
        int groupCount = last - first + 1;
        return (groupCount == 3 || groupCount == 4) && (digits == 10 || digits == 11)
                && length(groups.get(last)) == 4 && length(groups.get(last - 1)) == 3;
    }

    private static int length(int[] group) {
        return group[1] - group[0];
    }

    private static List<int[]> digitGroups(String text, int start, int end) {
        List<int[]> groups = new ArrayList<>();
        int i = start;
        while (i < end) {
            if (TextChars.isAsciiDigit(text.charAt(i))) {
                int groupStart = i;
                while (i < end && TextChars.isAsciiDigit(text.charAt(i))) {
                    i++;
                }
                groups.add(new int[] {groupStart, i});
            } else {
                i++;
            }
        }
        return groups;
    }

    /** Extends a group start left over a directly preceding '+', '(' or "(+" inside the candidate. */
    private static int openingPrefixStart(String text, int groupStart, int candidateStart) {
        int spanStart = groupStart;
        if (spanStart > candidateStart && text.charAt(spanStart - 1) == '+') {
            spanStart--;
        }
        if (spanStart > candidateStart && text.charAt(spanStart - 1) == '(') {
            spanStart--;
        }
        return spanStart;
    }

    /** Includes a ')' right after the last group when the span has an unclosed '('. */
    private static int closingParenthesisEnd(String text, int spanStart, int groupEnd, int candidateEnd) {
        int open = 0;
        for (int i = spanStart; i < groupEnd; i++) {
            char c = text.charAt(i);
            if (c == '(') {
                open++;
            } else if (c == ')') {
                open--;
            }
        }
        if (open > 0 && groupEnd < text.length() && text.charAt(groupEnd) == ')') {
            return groupEnd + 1;
        }
        return groupEnd;
    }

    private boolean isPhoneNumber(String candidate) {
        if (candidate.length() > MAX_CANDIDATE_CHARS) {
            return false;
        }
        int digits = TextChars.countDigits(candidate, 0, candidate.length());
        String withoutParenthesis = candidate.startsWith("(") ? candidate.substring(1) : candidate;
        boolean hasSeparator = digits != candidate.length() - (candidate.startsWith("+") ? 1 : 0);

        if (withoutParenthesis.startsWith("+")) {
            return digits >= MIN_DIGITS && digits <= MAX_DIGITS && isValidInternational(candidate);
        }
        if (!hasSeparator) {
            return false;
        }
        if (withoutParenthesis.startsWith("00")) {
            return digits - 2 >= MIN_DIGITS && digits - 2 <= MAX_DIGITS
                    && isValidInternational("+" + withoutParenthesis.substring(2));
        }
        if (withoutParenthesis.startsWith("0")) {
            return digits >= MIN_DIGITS && digits <= MAX_DIGITS
                    && !DateShapes.isWholeDate(candidate, 0, candidate.length())
                    && isValidNational(candidate);
        }
        return NANP_SHAPE.matches(candidate) && isValid(candidate, "US");
    }

    private static boolean isValidInternational(String candidate) {
        return isValid(candidate, "ZZ");
    }

    private boolean isValidNational(String candidate) {
        for (String region : nationalRegions) {
            if (isValid(candidate, region)) {
                return true;
            }
        }
        return false;
    }

    /** Returns whether libphonenumber parses {@code candidate} in {@code region} to a valid or drama number. */
    private static boolean isValid(String candidate, String region) {
        PhoneNumber number = PhoneNumberReader.parse(candidate, region);
        return number != null && (isUkDramaNumber(number) || PhoneNumberValidity.isValidNumber(number));
    }

    /**
     * Returns whether the number is in an Ofcom range reserved for TV and radio drama. libphonenumber 9.0.21
     * reports 07700 900xxx, 01632 960xxx and 0115 496 0xxx as invalid, yet they are the UK's documented fictional numbers and
     * appear in test data, so they are masked like real ones.
     */
    private static boolean isUkDramaNumber(PhoneNumber number) {
        if (number.getCountryCode() != 44) {
            return false;
        }
        String national = String.valueOf(number.getNationalNumber());
        return national.length() == 10 && (national.startsWith("7700900") || national.startsWith("1632960")
                || national.startsWith("1154960"));
    }

    private static long bits(String chars) {
        long bits = 0;
        for (int i = 0; i < chars.length(); i++) {
            bits |= 1L << chars.charAt(i);
        }
        return bits;
    }
}
