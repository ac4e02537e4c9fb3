package dev.sluice.detection;

import com.google.re2j.Pattern;

/**
 * Finds Italian fiscal codes (codice fiscale) of persons: six letters for the surname and name, two for the
 * year, a month letter, two for the day, a letter and three for the municipality, and a check letter, all upper
 * case. Digits may be replaced by the letters L-V (omocodia) where two people would share a code. The check
 * letter is the sum of the odd-position values (table {@link #ODD_VALUES}) and the even-position values
 * (A-Z and 0-9 as 0-25 and 0-9) mod 26.
 */
final class ItFiscalCodeDetector extends ChecksumIdDetector {

    private static final String DIGIT_OR_OMOCODE = "[0-9LMNPQRSTUV]";
    private static final Pattern FISCAL_CODE = Pattern.compile("[A-Z]{6}" + DIGIT_OR_OMOCODE + "{2}[ABCDEHLMPRST]"
            + DIGIT_OR_OMOCODE + "{2}[A-Z]" + DIGIT_OR_OMOCODE + "{3}[A-Z]");
    private static final int CODE_CHARS = 16;
    private static final int NAME_LETTERS = 6;
    private static final int MIN_LETTERS = 9;
    private static final String OMOCODE_OR_DIGIT = "0123456789LMNPQRSTUV";

    /** Values of the chars at odd positions (first, third...), for 0-9 and then A-Z. */
    private static final int[] ODD_VALUES = {
        1, 0, 5, 7, 9, 13, 15, 17, 19, 21,
        1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12, 14, 16, 10, 22, 25, 24, 23};

    ItFiscalCodeDetector() {
        super("it-fiscal-code", EntityTypes.IT_FISCAL_CODE, FISCAL_CODE, CODE_CHARS, CODE_CHARS, "mod26", null,
                ContextRule.NEVER, "ABCDEFGHIJKLMNOPQRSTUVWXYZ");
    }

    /** Returns false for text with fewer than nine capital letters: six name letters, month, municipality and check. */
    @Override
    public boolean mayMatch(TextProfile profile) {
        return profile.upperCaseLetters() >= MIN_LETTERS;
    }

    /** Returns false for text without six capital letters in a row, which every code starts with. */
    @Override
    public boolean mayMatch(ScanContext context) {
        return context.longestCapitalRun() >= NAME_LETTERS && mayMatch(context.profile());
    }

    @Override
    int minDigits() {
        return 0;
    }

    /** Tests the six name letters and the first char of the year, which is a digit or an omocodia letter. */
    @Override
    boolean mayStartAt(String text, int start) {
        for (int i = start; i < start + NAME_LETTERS; i++) {
            char c = text.charAt(i);
            if (c < 'A' || c > 'Z') {
                return false;
            }
        }
        return OMOCODE_OR_DIGIT.indexOf(text.charAt(start + NAME_LETTERS)) >= 0;
    }

    /**
     * Returns the first offset from {@code from} where six capital letters start and 16 capitals and digits
     * may follow. Every char of a code is a capital letter or a digit. So where the text has neither, the walk
     * reads one char in sixteen and skips each start up to 15 chars before a char that is neither. Elsewhere
     * it reads one char in six, because a start needs a capital letter five chars after it.
     */
    @Override
    int nextPossibleStart(String text, int from, int last) {
        int i = from;
        while (i <= last) {
            if (!isCapitalOrDigit(text.charAt(i + CODE_CHARS - 1))) {
                i += CODE_CHARS;
                continue;
            }
            if (!isCapital(text.charAt(i + NAME_LETTERS - 1))) {
                i += NAME_LETTERS;
                continue;
            }
            // The capitals that end at i + 5 start at runStart; no start before runStart can have six of them.
            int runStart = i + NAME_LETTERS - 1;
            while (runStart > i && isCapital(text.charAt(runStart - 1))) {
                runStart--;
            }
            if (runStart > last) {
                return -1;
            }
            int runEnd = i + NAME_LETTERS;
            while (runEnd < runStart + NAME_LETTERS && isCapital(text.charAt(runEnd))) {
                runEnd++;
            }
            if (runEnd == runStart + NAME_LETTERS) {
                return runStart;
            }
            // The char at runEnd is no capital, and every start up to it would include it.
            i = runEnd + 1;
        }
        return -1;
    }

    private static boolean isCapital(char c) {
        return c >= 'A' && c <= 'Z';
    }

    private static boolean isCapitalOrDigit(char c) {
        return isCapital(c) || TextChars.isAsciiDigit(c);
    }

    @Override
    boolean isValid(String matched) {
        return matched.charAt(CODE_CHARS - 1) == checkLetter(matched);
    }

    /** Returns the check letter of the first 15 chars of {@code code}. */
    static char checkLetter(String code) {
        int sum = 0;
        for (int i = 0; i < CODE_CHARS - 1; i++) {
            char c = code.charAt(i);
            int index = c <= '9' ? c - '0' : 10 + c - 'A';
            boolean oddPosition = i % 2 == 0;
            sum += oddPosition ? ODD_VALUES[index] : (c <= '9' ? c - '0' : c - 'A');
        }
        return (char) ('A' + sum % 26);
    }
}
