package dev.sluice.detection;

import com.google.re2j.Matcher;
import com.google.re2j.Pattern;
import java.util.List;

/**
 * Finds US Social Security numbers written as NNN-NN-NNNN, NNN NN NNNN or NNN.NN.NNNN with one consistent
 * separator. Area 000, 666 and 900-999, group 00 and serial 0000 are never issued and are rejected. A bare
 * 9-digit run is not reported because it is far more often an id or an amount.
 */
final class UsSsnDetector implements Detector {

    private static final Pattern SSN = Pattern.compile(
            "\\d{3}-\\d{2}-\\d{4}|\\d{3} \\d{2} \\d{4}|\\d{3}\\.\\d{2}\\.\\d{4}");

    @Override
    public String id() {
        return "us-ssn";
    }

    @Override
    public boolean mayMatch(TextProfile profile) {
        // An SSN has nine digits.
        return profile.digits() >= 9;
    }

    @Override
    public void detect(String text, List<Finding> findings) {
        Matcher matcher = SSN.matcher(text);
        while (matcher.find()) {
            int start = matcher.start();
            int end = matcher.end();
            if (isPartOfLongerNumber(text, start, end)) {
                continue;
            }
            String digits = TextChars.digitsOf(text, start, end);
            if (isIssuable(digits)) {
                findings.add(new Finding(start, end, EntityTypes.US_SSN, FindingCategory.PERSONAL_DATA, id(), 0.85));
            }
        }
    }

    /** Returns whether the match touches more digits, directly or across one separator char. */
    private static boolean isPartOfLongerNumber(String text, int start, int end) {
        if (TextChars.digitAt(text, start - 1) || TextChars.digitAt(text, end)) {
            return true;
        }
        boolean separatedBefore = start >= 2 && isSeparator(text.charAt(start - 1)) && TextChars.digitAt(text, start - 2);
        boolean separatedAfter = end + 1 < text.length() && isSeparator(text.charAt(end)) && TextChars.digitAt(text, end + 1);
        return separatedBefore || separatedAfter;
    }

    private static boolean isSeparator(char c) {
        return c == '-' || c == '.' || c == '/';
    }

    static boolean isIssuable(String digits) {
        int area = Integer.parseInt(digits.substring(0, 3));
        int group = Integer.parseInt(digits.substring(3, 5));
        int serial = Integer.parseInt(digits.substring(5, 9));
        return area != 0 && area != 666 && area < 900 && group != 0 && serial != 0;
    }
}
