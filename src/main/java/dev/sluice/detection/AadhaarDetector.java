package dev.sluice.detection;

import com.google.re2j.Matcher;
import com.google.re2j.Pattern;
import java.util.List;
import java.util.Locale;

/**
 * Finds Indian Aadhaar numbers: 12 digits whose first digit is 2-9 and whose last digit is the Verhoeff check
 * digit of the first 11. The digits are grouped 4-4-4 with one separator, space or dash, or written without
 * separators. An unseparated number also needs the word Aadhaar (or Aadhar, UIDAI, आधार) in the
 * {@value #CONTEXT_CHARS} chars before it, because one in ten 12-digit order numbers passes the check digit.
 */
final class AadhaarDetector implements Detector {

    private static final Pattern AADHAAR = Pattern.compile("[2-9][0-9]{3}([ \\-]?)[0-9]{4}([ \\-]?)[0-9]{4}");

    private static final int MIN_CHARS = 12;
    private static final int MIN_DIGITS = 12;
    private static final int GROUP_DIGITS = 4;
    private static final int MAX_CHARS = 14;
    private static final int CONTEXT_CHARS = 40;
    private static final String[] CONTEXT_WORDS = {"aadhaar", "aadhar", "uidai", "आधार"};

    // Verhoeff's multiplication table of the dihedral group D5, and his position permutation table.
    private static final int[][] MULTIPLICATION = {
        {0, 1, 2, 3, 4, 5, 6, 7, 8, 9}, {1, 2, 3, 4, 0, 6, 7, 8, 9, 5}, {2, 3, 4, 0, 1, 7, 8, 9, 5, 6},
        {3, 4, 0, 1, 2, 8, 9, 5, 6, 7}, {4, 0, 1, 2, 3, 9, 5, 6, 7, 8}, {5, 9, 8, 7, 6, 0, 4, 3, 2, 1},
        {6, 5, 9, 8, 7, 1, 0, 4, 3, 2}, {7, 6, 5, 9, 8, 2, 1, 0, 4, 3}, {8, 7, 6, 5, 9, 3, 2, 1, 0, 4},
        {9, 8, 7, 6, 5, 4, 3, 2, 1, 0}};
    private static final int[][] PERMUTATION = {
        {0, 1, 2, 3, 4, 5, 6, 7, 8, 9}, {1, 5, 7, 6, 2, 8, 3, 0, 9, 4}, {5, 8, 0, 3, 7, 9, 6, 1, 4, 2},
        {8, 9, 1, 6, 0, 4, 3, 5, 2, 7}, {9, 4, 5, 3, 1, 2, 6, 8, 7, 0}, {4, 2, 8, 6, 5, 7, 3, 9, 0, 1},
        {2, 7, 9, 3, 8, 0, 6, 4, 1, 5}, {7, 0, 4, 6, 9, 1, 3, 2, 5, 8}};

    @Override
    public String id() {
        return "in-aadhaar";
    }

    @Override
    public boolean mayMatch(TextProfile profile) {
        return profile.digits() >= 12;
    }

    /**
     * Runs the pattern anchored at each run of four digits that starts with 2-9 and does not continue a word,
     * because an unanchored search would start a match at every digit of the text.
     */
    @Override
    public void detect(String text, List<Finding> findings) {
        int last = text.length() - MIN_CHARS;
        int resumeAt = 0;
        for (int start = 0; start <= last; start++) {
            if (start >= resumeAt) {
                resumeAt = Math.max(resumeAt, tryAt(text, start, findings));
            }
        }
    }

    /**
     * Finds the same numbers as {@link #detect(String, List)}. A number starts at a digit that no word char
     * precedes, so only the starts of the context's digit runs are tried, and only those with the number's 12
     * digits within {@value #MAX_CHARS} chars.
     */
    @Override
    public void detect(ScanContext context, List<Finding> findings) {
        String text = context.text();
        int last = text.length() - MIN_CHARS;
        int resumeAt = 0;
        for (int run : context.digitRunFacts().runsWithDigitsWithin(MAX_CHARS, MIN_DIGITS)) {
            int start = context.digitRunStart(run);
            if (start > last) {
                break;
            }
            if (start >= resumeAt) {
                resumeAt = Math.max(resumeAt, tryAt(text, start, findings));
            }
        }
    }

    /** Tries a number at {@code start}; returns its end if one was found there, else 0. */
    private int tryAt(String text, int start, List<Finding> findings) {
        if (!isCandidateStart(text, start) || !mayPass(text, start)) {
            return 0;
        }
        return confirmAt(text, start, findings);
    }

    /**
     * Returns whether a digit 2-9 that no word char precedes starts four digits and a next group at
     * {@code start}. The caller guarantees {@code start + 12 <= text.length()}.
     */
    static boolean isCandidateStart(String text, int start) {
        char first = text.charAt(start);
        return first >= '2' && first <= '9' && startsGroups(text, start) && !TextChars.wordCharBefore(text, start);
    }

    /** Adds the number at {@code start} after the pattern and every check accept it; returns its end, else 0. */
    int confirmAt(String text, int start, List<Finding> findings) {
        Matcher matcher = AADHAAR.matcher(new TextWindow(text, start, Math.min(text.length(), start + MAX_CHARS)));
        if (!matcher.lookingAt()) {
            return 0;
        }
        int end = start + matcher.end();
        String separator = matcher.group(1);
        if (!separator.equals(matcher.group(2)) || NumberBounds.continuesNumber(text, start, end)) {
            return 0;
        }
        if (separator.isEmpty() && !hasContextWord(text, start)) {
            return 0;
        }
        if (passesVerhoeff(TextChars.digitsOf(text, start, end))) {
            findings.add(new Finding(start, end, EntityTypes.IN_AADHAAR, FindingCategory.PERSONAL_DATA, id(), 0.9,
                    "verhoeff"));
            return end;
        }
        return 0;
    }

    /**
     * Returns false only when no number can start at {@code start}, checking by hand what the pattern, the
     * separators, the number bounds and the check digit demand. It skips the pattern on most digit groups of
     * card numbers and digit soup, and the pattern still confirms each start that passes.
     */
    static boolean mayPass(String text, int start) {
        int firstEnd = start + GROUP_DIGITS;
        int secondStart = groupStartAfter(text, firstEnd);
        if (secondStart < 0) {
            return false;
        }
        int secondEnd = secondStart + GROUP_DIGITS;
        int thirdStart = groupStartAfter(text, secondEnd);
        if (thirdStart < 0 || secondStart - firstEnd != thirdStart - secondEnd) {
            return false;
        }
        boolean separated = secondStart > firstEnd;
        if (separated && text.charAt(firstEnd) != text.charAt(secondEnd)) {
            return false;
        }
        int end = thirdStart + GROUP_DIGITS;
        return !NumberBounds.continuesNumber(text, start, end) && passesVerhoeff(TextChars.digitsOf(text, start, end));
    }

    /**
     * Returns where the next group of four digits starts when it follows {@code groupEnd} directly or after
     * one space or dash, the separator being taken first as the pattern's greedy {@code [ \-]?} takes it, or -1.
     */
    private static int groupStartAfter(String text, int groupEnd) {
        if (groupEnd >= text.length()) {
            return -1;
        }
        char c = text.charAt(groupEnd);
        int groupStart = c == ' ' || c == '-' ? groupEnd + 1 : groupEnd;
        return ChecksumIdDetector.digitsAt(text, groupStart, GROUP_DIGITS) ? groupStart : -1;
    }

    /** Returns whether four digits at {@code start} are followed by a digit, or by a space or dash and a digit. */
    private static boolean startsGroups(String text, int start) {
        for (int i = start + 1; i < start + 4; i++) {
            if (!TextChars.isAsciiDigit(text.charAt(i))) {
                return false;
            }
        }
        char fifth = text.charAt(start + 4);
        return TextChars.isAsciiDigit(fifth) || ((fifth == ' ' || fifth == '-') && TextChars.digitAt(text, start + 5));
    }

    private static boolean hasContextWord(String text, int start) {
        String before = text.substring(Math.max(0, start - CONTEXT_CHARS), start).toLowerCase(Locale.ROOT);
        for (String word : CONTEXT_WORDS) {
            if (before.contains(word)) {
                return true;
            }
        }
        return false;
    }

    /** Returns whether the last digit of {@code digits} is the Verhoeff check digit of the digits before it. */
    static boolean passesVerhoeff(String digits) {
        int check = 0;
        for (int i = 0; i < digits.length(); i++) {
            int digit = digits.charAt(digits.length() - 1 - i) - '0';
            check = MULTIPLICATION[check][PERMUTATION[i % 8][digit]];
        }
        return check == 0;
    }
}
