package dev.sluice.detection;

/**
 * Finds email candidates in a run of ASCII chars with a char scan, reporting exactly the matches that a
 * {@code find()} loop of the email detector's pattern reports there. On ASCII text the pattern reads:
 * a local part of atoms of {@code [A-Za-z0-9#$%&*+?^_~-]} joined by single dots and starting with a letter,
 * digit or '_'; '@'; one or more labels of letters, digits and inner '-', each followed by a dot; and a
 * top-level label of two or more letters. (Its punycode alternative {@code xn--…} is never reached on ASCII
 * text, because "xn" already matches the letters alternative, which comes first.) The greedy label repetition
 * takes as many labels as leave a top-level label behind. Runs with other chars go to RE2/J, because the
 * Unicode classes of the pattern are RE2/J's. {@code CandidateScanDifferentialTest} compares the spans with
 * the pattern's.
 */
final class AsciiEmailCandidates {

    private static final int MIN_TOP_LEVEL_LETTERS = 2;

    private AsciiEmailCandidates() {
    }

    /** Reports every match in {@code text[start, end)}, a run of ASCII chars that no match crosses. */
    static void findAll(String text, int start, int end, CandidateSpans.Consumer consumer) {
        int from = start;
        while (from < end) {
            int at = text.indexOf('@', from);
            if (at < 0 || at >= end) {
                return;
            }
            int localStart = localPartStart(text, from, at);
            int matchEnd = localStart < 0 ? -1 : domainEnd(text, at + 1, end);
            if (matchEnd < 0) {
                // No start before the '@' can reach another one, because the local part has no '@'.
                from = at + 1;
                continue;
            }
            consumer.accept(localStart, matchEnd);
            from = matchEnd;
        }
    }

    /**
     * Returns the leftmost start from {@code from} of a local part that ends at {@code at}, or -1. The chars
     * between are all local-part chars or dots, so the local part must start with a letter, digit or '_', hold
     * no two dots in a row and not end with a dot.
     */
    private static int localPartStart(String text, int from, int at) {
        if (at == from || text.charAt(at - 1) == '.') {
            return -1;
        }
        int earliest = from;
        for (int i = at - 1; i > from; i--) {
            if (text.charAt(i) == '.' && text.charAt(i - 1) == '.') {
                earliest = i + 1;
                break;
            }
        }
        for (int i = earliest; i < at; i++) {
            char c = text.charAt(i);
            if (TextChars.isAsciiAlphanumeric(c) || c == '_') {
                return i;
            }
        }
        return -1;
    }

    /**
     * Returns the end of the domain that starts at {@code domainStart}: the top-level label after the most
     * labels that leave one, or -1 when no label is followed by two letters.
     */
    private static int domainEnd(String text, int domainStart, int end) {
        int best = -1;
        int labelStart = domainStart;
        while (true) {
            int labelEnd = labelStart;
            while (labelEnd < end && isLabelChar(text.charAt(labelEnd))) {
                labelEnd++;
            }
            boolean label = labelEnd > labelStart && labelEnd < end && text.charAt(labelEnd) == '.'
                    && text.charAt(labelStart) != '-' && text.charAt(labelEnd - 1) != '-';
            if (!label) {
                return best;
            }
            labelStart = labelEnd + 1;
            int letters = 0;
            while (labelStart + letters < end && TextChars.isAsciiLetter(text.charAt(labelStart + letters))) {
                letters++;
            }
            if (letters >= MIN_TOP_LEVEL_LETTERS) {
                best = labelStart + letters;
            }
        }
    }

    private static boolean isLabelChar(char c) {
        return TextChars.isAsciiAlphanumeric(c) || c == '-';
    }
}
