package dev.sluice.detection;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.Phonenumber.PhoneNumber;
import com.google.re2j.Matcher;
import com.google.re2j.Pattern;
import java.util.ArrayList;
import java.util.List;

/**
 * Finds phone numbers in two steps. An RE2/J pattern finds candidate runs of digit groups in linear time, then
 * libphonenumber validates bounded sub-spans of each run. libphonenumber matches with java.util.regex
 * internally, so it only ever sees a candidate of at most {@value #MAX_CANDIDATE_CHARS} chars, never the text.
 *
 * <p>A candidate starting with '+' or '00' is international. A candidate starting with '0' is a national
 * number of one of the non-NANP regions in the settings. Any other candidate is a NANP (US/CA) number and must
 * have the 3-3-4 shape with separators or parentheses. A digit run without any separator is a phone only after
 * '+'.
 */
final class PhoneNumberDetector implements Detector {

    static final int MAX_CANDIDATE_CHARS = 32;
    private static final int MIN_DIGITS = 7;
    private static final int MAX_DIGITS = 15;
    private static final int MAX_GROUPS = 8;

    private static final String SEPARATOR = "(?:[ \\x{00A0}.\\-/]|\\)[ \\x{00A0}.\\-]?|[ \\x{00A0}.\\-]?\\()";

    // A run of up to MAX_GROUPS digit groups. The bound keeps every candidate short, so a long digit soup
    // becomes many short candidates instead of one huge one.
    private static final Pattern CANDIDATE = Pattern.compile(
            "(?:\\+|\\(\\+?|\\()?\\d{1,15}(?:" + SEPARATOR + "\\d{1,15}){0," + (MAX_GROUPS - 1) + "}");

    private static final Pattern NANP_SHAPE = Pattern.compile(
            "(?:\\+?1[ .\\-]?)?(?:\\(\\d{3}\\)[ .\\-]?|\\d{3}[ .\\-])\\d{3}[ .\\-]\\d{4}");

    // Day-month-year or year-month-day dates, which some national numbering plans would accept.
    private static final Pattern DATE_SHAPE = Pattern.compile(
            "\\d{1,2}[./\\-]\\d{1,2}[./\\-]\\d{2,4}|\\d{4}[./\\-]\\d{1,2}[./\\-]\\d{1,2}");

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
    }

    @Override
    public String id() {
        return "phone";
    }

    @Override
    public void detect(String text, List<Finding> findings) {
        Matcher matcher = CANDIDATE.matcher(text);
        while (matcher.find()) {
            int start = matcher.start();
            // The left boundary is "not preceded by a digit" rather than \b, so "office630-555-0142" counts.
            if (TextChars.digitAt(text, start - 1) || TextChars.digitAt(text, matcher.end())) {
                continue;
            }
            findInCandidate(text, start, matcher.end(), findings);
        }
    }

    /** Tries the sub-spans of one candidate run, longest first from the left, and keeps each valid number. */
    private void findInCandidate(String text, int start, int end, List<Finding> findings) {
        List<int[]> groups = digitGroups(text, start, end);
        int first = 0;
        while (first < groups.size()) {
            int matchedLast = -1;
            for (int last = groups.size() - 1; last >= first && matchedLast < 0; last--) {
                int spanStart = first == 0 ? start : openingPrefixStart(text, groups.get(first)[0], start);
                int spanEnd = closingParenthesisEnd(text, spanStart, groups.get(last)[1], end);
                if (isPhoneNumber(text.substring(spanStart, spanEnd))) {
                    findings.add(new Finding(spanStart, spanEnd, EntityTypes.PHONE_NUMBER,
                            FindingCategory.PERSONAL_DATA, id(), 0.85));
                    matchedLast = last;
                }
            }
            first = matchedLast >= 0 ? matchedLast + 1 : first + 1;
        }
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
                    && !DATE_SHAPE.matches(candidate)
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

    private static boolean isValid(String candidate, String region) {
        try {
            PhoneNumber number = PHONE_UTIL.parse(candidate, region);
            return PHONE_UTIL.isValidNumber(number) || isUkDramaNumber(number);
        } catch (NumberParseException e) {
            return false;
        }
    }

    /**
     * Returns whether the number is in an Ofcom range reserved for TV and radio drama. libphonenumber 9.0.21
     * reports 07700 900xxx and 01632 960xxx as invalid, yet they are the UK's documented fictional numbers and
     * appear in test data, so they are masked like real ones.
     */
    private static boolean isUkDramaNumber(PhoneNumber number) {
        if (number.getCountryCode() != 44) {
            return false;
        }
        String national = String.valueOf(number.getNationalNumber());
        return national.length() == 10 && (national.startsWith("7700900") || national.startsWith("1632960"));
    }
}
