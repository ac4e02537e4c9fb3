package dev.sluice.detection;

/**
 * Finds the phone candidates of one run of digits and separators with a char scan, reporting exactly the matches
 * that a {@code find()} loop of the detector's candidate pattern reports:
 * {@code (?:\+|\(\+?|\()?\d+(?:SEP\d+)*}, where SEP is one of ' ', NBSP, '.', '-', '/', or ')' with an optional
 * ' ', NBSP, '.', '-' after it, or '(' with an optional one of those four before it.
 *
 * <p>Leftmost-first matching makes each match start at the first position where an optional prefix and a digit
 * follow, take every digit of the group, and add one more separator and group for as long as one follows.
 * {@code CandidateScanDifferentialTest} compares the spans with the pattern's.
 */
final class PhoneCandidates {

    private static final char NO_BREAK_SPACE = '\u00A0';

    private PhoneCandidates() {
    }

    /** Reports every match in {@code text[start, end)}, a window that no match crosses. */
    static void findAll(String text, int start, int end, CandidateSpans.Consumer consumer) {
        int i = start;
        while (i < end) {
            int digitsStart = firstDigitAfterPrefix(text, i, end);
            if (digitsStart < 0) {
                i++;
                continue;
            }
            int matchEnd = extendGroups(text, skipDigits(text, digitsStart, end), end);
            consumer.accept(i, matchEnd);
            i = matchEnd;
        }
    }

    /**
     * Returns the offset of the first digit of a match starting at {@code i}, past a '+', '(' or "(+" prefix, or
     * -1 when no match starts there.
     */
    private static int firstDigitAfterPrefix(String text, int i, int end) {
        char c = text.charAt(i);
        if (TextChars.isAsciiDigit(c)) {
            return i;
        }
        if (c == '+') {
            return digitAt(text, i + 1, end) ? i + 1 : -1;
        }
        if (c != '(') {
            return -1;
        }
        if (digitAt(text, i + 1, end)) {
            return i + 1;
        }
        boolean plusThenDigit = i + 1 < end && text.charAt(i + 1) == '+' && digitAt(text, i + 2, end);
        return plusThenDigit ? i + 2 : -1;
    }

    /** Extends a match over each further separator and digit group after {@code groupEnd} and returns its end. */
    private static int extendGroups(String text, int groupEnd, int end) {
        int i = groupEnd;
        while (i < end) {
            int nextGroup = nextGroupStart(text, i, end);
            if (nextGroup < 0) {
                return i;
            }
            i = skipDigits(text, nextGroup, end);
        }
        return i;
    }

    /**
     * Returns the first digit of the group that a separator at {@code i} leads to, or -1 when no separator and
     * digit follow. It tries the separator alternatives in the pattern's order.
     */
    private static int nextGroupStart(String text, int i, int end) {
        char c = text.charAt(i);
        if (isSeparatorChar(c) || c == '/') {
            if (digitAt(text, i + 1, end)) {
                return i + 1;
            }
        }
        if (c == ')') {
            if (i + 1 < end && isSeparatorChar(text.charAt(i + 1)) && digitAt(text, i + 2, end)) {
                return i + 2;
            }
            return digitAt(text, i + 1, end) ? i + 1 : -1;
        }
        if (c == '(') {
            return digitAt(text, i + 1, end) ? i + 1 : -1;
        }
        if (isSeparatorChar(c) && i + 1 < end && text.charAt(i + 1) == '(' && digitAt(text, i + 2, end)) {
            return i + 2;
        }
        return -1;
    }

    /** Returns whether {@code c} is a separator that may stand next to a parenthesis: ' ', NBSP, '.' or '-'. */
    private static boolean isSeparatorChar(char c) {
        return c == ' ' || c == NO_BREAK_SPACE || c == '.' || c == '-';
    }

    private static boolean digitAt(String text, int index, int end) {
        return index < end && TextChars.isAsciiDigit(text.charAt(index));
    }

    private static int skipDigits(String text, int i, int end) {
        while (i < end && TextChars.isAsciiDigit(text.charAt(i))) {
            i++;
        }
        return i;
    }
}
