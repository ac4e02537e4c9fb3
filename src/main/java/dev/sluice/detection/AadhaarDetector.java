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

    private static final int CONTEXT_CHARS = 40;
    private static final String[] CONTEXT_WORDS = {"aadhaar", "aadhar", "uidai", "आधार"};

    // Verhoeff's dihedral-group multiplication table, permutation table and inverse table.
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

    @Override
    public void detect(String text, List<Finding> findings) {
        Matcher matcher = AADHAAR.matcher(text);
        while (matcher.find()) {
            int start = matcher.start();
            int end = matcher.end();
            String separator = matcher.group(1);
            if (!separator.equals(matcher.group(2)) || NumberBounds.continuesNumber(text, start, end)) {
                continue;
            }
            if (separator.isEmpty() && !hasContextWord(text, start)) {
                continue;
            }
            if (passesVerhoeff(TextChars.digitsOf(text, start, end))) {
                findings.add(new Finding(start, end, EntityTypes.IN_AADHAAR, FindingCategory.PERSONAL_DATA, id(),
                        0.9));
            }
        }
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
