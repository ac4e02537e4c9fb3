package dev.sluice.detection;

/**
 * Finds the end of an IBAN candidate with a char scan, returning what an anchored match of the detector's
 * candidate pattern {@code [A-Z]{2}\d{2}(?: ?[A-Z0-9]{1,30}){1,9}} returns.
 *
 * <p>Nothing follows the repeated group in the pattern, so leftmost-first matching takes the greedy path: each
 * group takes a space when a capital or digit follows it, then up to 30 capitals and digits, and the groups stop
 * after nine or where no capital or digit follows. {@code CandidateScanDifferentialTest} compares the spans with
 * the pattern's.
 */
final class IbanCandidates {

    private static final int PREFIX_CHARS = 4;
    private static final int MAX_GROUP_CHARS = 30;
    private static final int MAX_GROUPS = 9;

    private IbanCandidates() {
    }

    /** Returns the end of the candidate that starts at {@code start}, or -1 when none starts there. */
    static int matchEndAt(String text, int start) {
        int length = text.length();
        if (start + PREFIX_CHARS > length || !isUpperCase(text.charAt(start)) || !isUpperCase(text.charAt(start + 1))
                || !TextChars.isAsciiDigit(text.charAt(start + 2))
                || !TextChars.isAsciiDigit(text.charAt(start + 3))) {
            return -1;
        }

        int end = start + PREFIX_CHARS;
        int groups = 0;
        while (groups < MAX_GROUPS) {
            int groupStart = end;
            if (groupStart + 1 < length && text.charAt(groupStart) == ' '
                    && isGroupChar(text.charAt(groupStart + 1))) {
                groupStart++;
            }
            if (groupStart >= length || !isGroupChar(text.charAt(groupStart))) {
                break;
            }

            int groupEnd = groupStart + 1;
            int groupLimit = Math.min(length, groupStart + MAX_GROUP_CHARS);
            while (groupEnd < groupLimit && isGroupChar(text.charAt(groupEnd))) {
                groupEnd++;
            }
            end = groupEnd;
            groups++;
        }
        return groups == 0 ? -1 : end;
    }

    private static boolean isUpperCase(char c) {
        return c >= 'A' && c <= 'Z';
    }

    private static boolean isGroupChar(char c) {
        return isUpperCase(c) || TextChars.isAsciiDigit(c);
    }
}
