package dev.sluice.detection;

/**
 * Recognises a numeric date written as three digit groups: day-month-year or month-day-year
 * ("17.05.2024", "5/3/24") or year-month-day ("2024-05-17"). Phone detection rejects such candidates because
 * some national numbering plans would accept their digits. The check is the char scan equivalent of the RE2/J
 * pattern {@code \d{1,2}[./-]\d{1,2}[./-]\d{2,4}|\d{4}[./-]\d{1,2}[./-]\d{1,2}} matched against the whole span,
 * which {@code PhoneCandidateGatesTest} compares it with.
 */
final class DateShapes {

    private DateShapes() {
    }

    /** Returns whether {@code text[start, end)} is, as a whole, one of the date shapes of this class. */
    static boolean isWholeDate(CharSequence text, int start, int end) {
        int firstEnd = digitsEnd(text, start, end);
        if (firstEnd >= end || !isDateSeparator(text.charAt(firstEnd))) {
            return false;
        }
        int secondEnd = digitsEnd(text, firstEnd + 1, end);
        if (secondEnd >= end || !isDateSeparator(text.charAt(secondEnd))) {
            return false;
        }
        int thirdEnd = digitsEnd(text, secondEnd + 1, end);
        if (thirdEnd != end) {
            return false;
        }

        int first = firstEnd - start;
        int second = secondEnd - firstEnd - 1;
        int third = thirdEnd - secondEnd - 1;
        boolean dayFirst = isDayOrMonth(first) && isDayOrMonth(second) && third >= 2 && third <= 4;
        boolean yearFirst = first == 4 && isDayOrMonth(second) && isDayOrMonth(third);
        return dayFirst || yearFirst;
    }

    private static boolean isDayOrMonth(int digits) {
        return digits == 1 || digits == 2;
    }

    private static boolean isDateSeparator(char c) {
        return c == '.' || c == '/' || c == '-';
    }

    private static int digitsEnd(CharSequence text, int start, int end) {
        int i = start;
        while (i < end && TextChars.isAsciiDigit(text.charAt(i))) {
            i++;
        }
        return i;
    }
}
